// Korean vocabulary for every field, in Hangul ("일주일에 세 번", "파란띠", "밑은 싫어요", "호신용으로").
// The tokens split the particles Korean writes onto a word off it (hangul.ts), so the entries are the
// bare words. Korean says what it negates before the negation ("탑은 안 해요"), so its negations
// follow what they negate. Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { NumberWords, TongueWords, WeekdayNames } from './tongue-words';

/** Native numbers said alone: "다섯", "셋". */
export const KOREAN_NUMBERS: NumberWords = [
  ['하나', 1],
  ['둘', 2],
  ['셋', 3],
  ['넷', 4],
  ['다섯', 5],
  ['여섯', 6],
  ['일곱', 7],
  ['여덟', 8],
  ['아홉', 9],
];
/**
 * The forms before a counter ("한 번", "세 번") and the Sino-Korean numbers ("주 삼 회"): one
 * syllable each, and everyday words too ("네" is yes, "이" this), so counts only before what they count.
 * "두세", "서너": two numbers run together are a range.
 */
export const KOREAN_COUNTED_NUMBERS: NumberWords = [
  ['한', 1],
  ['두', 2],
  ['세', 3],
  ['네', 4],
  ['열', 10],
  ['한두', 1.5],
  ['두세', 2.5],
  ['서너', 3.5],
  ['네다섯', 4.5],
  ['대여섯', 5.5],
];
export const SINO_KOREAN_NUMBERS: NumberWords = [
  ['일', 1],
  ['이', 2],
  ['삼', 3],
  ['사', 4],
  ['오', 5],
  ['육', 6],
  ['칠', 7],
  ['팔', 8],
  ['구', 9],
  ['십', 10],
];
/** What a count counts: native numbers count "번", both kinds "회", "3일" is three days. */
export const KOREAN_TIMES_WORDS = ['번', '회', '일', '번씩', '회씩'];

// "월수금": the days' first syllables run together, in week order, are those days
const DAY_INITIALS = ['월', '화', '수', '목', '금', '토', '일'];
const dayRuns = (from: number): number[][] =>
  DAY_INITIALS.slice(from).flatMap((_, k) => [[from + k], ...dayRuns(from + k + 1).map((rest) => [from + k, ...rest])]);
const KOREAN_WEEKDAYS: WeekdayNames = [
  ...DAY_INITIALS.map((initial, day): readonly [number[], string[]] => [[day], [`${initial}요일`]]),
  [[5, 6], ['주말']],
  [
    [0, 1, 2, 3, 4],
    ['평일', '주중'],
  ],
  ...dayRuns(0)
    .filter((days) => days.length >= 2)
    .map((days): readonly [number[], string[]] => [days, [days.map((d) => DAY_INITIALS[d]).join('')]]),
];

export const KOREAN: TongueWords = {
  numbers: KOREAN_NUMBERS,
  countedNumbers: [...KOREAN_COUNTED_NUMBERS, ...SINO_KOREAN_NUMBERS],
  // "3년" (three years), "6개월" (six months), "3시간" (hours), "35살" (an age)
  durations: [
    ['년', 1],
    ['년째', 1],
    ['개월', 1 / 12],
    ['달', 1 / 12],
    ['시간', 0],
    ['살', 0],
  ],
  timesWords: KOREAN_TIMES_WORDS,
  // "일주일에 세 번", "주 3회", "한 달에 열 번", "하루에 두 번": the period comes first
  unitBefore: [
    ['일주일|주일|한주|일주|주 에|에는|마다', 1],
    ['일주일|주일|한주|매주|주', 1],
    ['달|한달 에|에는|마다', PER_MONTH],
    ['매달|매월|월', PER_MONTH],
    ['하루 에', 7],
  ],
  perUnit: [['일주일|한주|주 에|마다', 1]],
  ratePhrases: [
    ['매일|날마다|매일매일', EVERY_DAY],
    ['거의 매일|날마다', 6],
    ['이틀 에 한 번', 3.5],
    ['격일', 3.5],
    ['가끔|때때로|종종|이따금', 'vague'],
  ],
  weekdays: KOREAN_WEEKDAYS,
  // "월요일이랑 수요일", "화요일하고 목요일", "월요일부터 금요일까지"
  weekdayJoiners: ['이랑', '랑', '하고', '와', '과', '그리고', '부터'],
  weekdayRange: ['부터'],
  // "일요일 빼고 매일": every day but sunday
  exceptAfter: ['빼고', '제외하고', '말고'],
  otherSports: ['러닝', '달리기', '수영', '요가', '크로스핏', '필라테스', '복싱'],
  otherActivities: ['헬스', '웨이트'],
  colours: [
    ['흰띠|흰|흰색|하얀|하얀색|하얀띠|화이트|화이트벨트', 'white'],
    ['파란띠|파란|파란색|파랑|파랑띠|청띠|블루|블루벨트', 'blue'],
    ['보라띠|보라|보라색|보라색띠|퍼플|퍼플벨트', 'purple'],
    ['갈색띠|갈색|밤색|밤색띠|브라운|브라운벨트', 'brown'],
    ['검은띠|검은|검은색|검정|검정색|검정띠|블랙|블랙벨트', 'black'],
    // romanised, "geomeun-tti" (검은띠): the colour words are only belts beside "tti" (띠, belt)
    ['huin|heuin|hayan tti|ddi', 'white'],
    ['paran|parang|cheong tti|ddi', 'blue'],
    ['bora tti|ddi', 'purple'],
    ['galsaek|bamsaek tti|ddi', 'brown'],
    ['geomeun|geomjeong|geomjung|gumeun tti|ddi', 'black'],
  ],
  levels: [
    ['초보|초보자|왕초보|입문|입문자|뉴비|초심자', 'novice'],
    ['막 시작', 'novice'],
    ['이제 막 시작', 'novice'],
    ['시작', 'started'],
    ['고수|상급자|중급자|경력자|베테랑', 'experienced'],
  ],
  beltTimes: [
    ['지금|현재|이제|요즘|받았|땄|승급|달았', 'now'],
    // "블루벨트였어요": the copula in the past
    ['예전|예전에는|전에는|원래|였어요|였어|였습니다|였다|였는데|이었어요|이었어|이었습니다|이었다|이었는데', 'past'],
    ['곧|거의', 'next'],
    ['싶어|싶어요|싶습니다|싶다|목표|꿈|언젠가|다음|내년|다음달', 'hope'],
  ],
  positions: [
    ['가드|하프가드|풀가드|가드플레이어|하위|밑|아래|바닥|바텀', 'guard'],
    ['탑|탑포지션|위|상위|패서|패싱|가드패스|마운트|압박', 'top'],
    // "패스" alone also passes on the question
    ['가드 패스', 'top'],
    // "살아남기 위해" (in order to survive) is no "위" (top)
    ['위해|위해서|위한', 'neutral'],
    ['둘 다', 'balanced'],
    ['둘다|반반|양쪽|골고루|상관없어|상관없음|상관없어요|아무거나|밸런스', 'balanced'],
    ['상관 없어|없음|없어요', 'balanced'],
  ],
  positionEmphasis: [
    ['주로|대부분|보통|대체로', 'summary'],
    ['좋아|좋아해|좋아하|좋아함|선호|더|항상|늘|자신', 'primary'],
    ['가끔|때때로|때로는|연습', 'secondary'],
  ],
  goals: [
    ['시합|대회|출전|메달|우승|입상|대회들', 'competition'],
    ['호신|호신술|호신용|자기방어|방어', 'self_defense'],
    ['자기 방어', 'self_defense'],
    ['운동|다이어트|체력|건강|감량|체중|몸매|살빼기|살빼려고', 'fitness'],
    ['살 빼|빼려고|빼기|빼고', 'fitness'],
    ['취미|재미|재밌어서|재미있어서|즐기|즐기려고|즐겁게|스트레스', 'recreational'],
    ['기술|실력|테크닉|성장', 'skill_development'],
  ],
  goalEmphasis: [
    ['주로|제일|가장|그냥|오직|단지|오로지', 'primary'],
    // the particle "도" is "too": "시합도 나가고"
    ['언젠가|아마|나중에|도', 'hedge'],
  ],
  // after what they negate: "밑은 싫어요", "시합은 안 나가요", "시합 말고"
  negations: [
    ['안|못|싫어|싫어해|싫다|싫음|싫습니다|아니|아님|아닌|아니라|아니고|별로|말고', 'post'],
    ['관심|흥미 없어|없음|없습니다|없다', 'post'],
    // "가드 안에서" is inside the guard, no denial
    ['안 에|에서|에는|으로', 'idiom'],
  ],
  now: ['지금', '현재', '이제', '요즘'],
  past: ['예전', '예전에는', '전에는', '처음'],
  // and the endings that say it: "형은 시합 나가는데 나는 취미로", "블루인데 곧 퍼플"
  but: ['근데', '그런데', '하지만', '그렇지만', '그치만', '는데', '은데', '인데', '였는데', '지만', '이지만'],
  // "나" only with its particle: alone it would cut "나가요" (go out) into "나" (I) "가요"
  i: ['저', '저는', '나는', '난', '제가', '내가'],
  possessives: ['제', '내', '우리'],
  relatives: [
    '형',
    '오빠',
    '누나',
    '언니',
    '동생',
    '아빠',
    '엄마',
    '남편',
    '아내',
    '와이프',
    '남친',
    '여친',
    '아들',
    '딸',
  ],
  others: ['친구', '코치', '코치님', '관장', '관장님', '사범님', '선배'],
  jokes: [['농담|장난', 'joke']],
};
