// Japanese vocabulary for every field, in romaji as typed with long vowels doubled or dropped
// ("shuu ni yon kai", "murasaki obi", "shita wa kirai", "taikai ni detai"). Its number words are also
// particles and English words ("ni", "go"), so they count only right before "kai" (times). Its
// negations follow what they negate. Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords, WeekdayNames } from './tongue-words';

/** The days, whose "to" is "and": "getsuyoubi to mokuyoubi" is two days, not four. */
export const JAPANESE_WEEKDAYS: WeekdayNames = [
  [[0], ['getsuyoubi', 'getsuyobi']],
  [[1], ['kayoubi', 'kayobi']],
  [[2], ['suiyoubi', 'suiyobi']],
  [[3], ['mokuyoubi', 'mokuyobi']],
  [[4], ['kinyoubi', 'kinyobi']],
  [[5], ['doyoubi', 'doyobi']],
  [[6], ['nichiyoubi', 'nichiyobi']],
  [
    [5, 6],
    ['donichi', 'shuumatsu', 'shumatsu'],
  ],
];

export const JAPANESE: TongueWords = {
  countedNumbers: [
    ['ichi', 1],
    ['ni', 2],
    ['san', 3],
    ['yon', 4],
    ['shi', 4],
    ['go', 5],
    ['roku', 6],
    ['nana', 7],
    ['shichi', 7],
    ['hachi', 8],
  ],
  timesAdverbs: [
    ['ikkai', 1],
    ['nikai', 2],
    ['sankai', 3],
    ['yonkai', 4],
    ['gokai', 5],
    ['rokkai', 6],
    ['nanakai', 7],
    ['hakkai', 8],
  ],
  // "san nen" (three years), "ni shuukan" (two weeks), "san jikan" (three hours), "sanjuu sai" (age)
  durations: [
    ['nen', 1],
    ['nenkan', 1],
    ['kagetsu', 1 / 12],
    ['shuukan', 1 / 52],
    ['jikan', 0],
    ['sai', 0],
  ],
  timesWords: ['kai', 'nichi'],
  // "kintore" (weight training), "ranningu" (running), "suiei" (swimming)
  otherSports: ['kintore', 'ranningu', 'jogingu', 'suiei'],
  // "shuu ni yon kai" (four times a week), "tsuki ni hachi kai" (eight a month)
  unitBefore: [
    ['shuu|shu|isshuukan|isshukan|maishuu|maishu ni', 1],
    ['shuu|shu|isshuukan|isshukan|maishuu|maishu', 1],
    ['tsuki|ikkagetsu|maitsuki ni', PER_MONTH],
    ['tsuki|ikkagetsu|maitsuki', PER_MONTH],
    ['ichinichi ni', 7],
  ],
  ratePhrases: [
    ['mainichi|maiban|maiasa', EVERY_DAY],
    ['hobo|daitai mainichi', 6],
    ['heijitsu', 5],
    ['tokidoki|tamani', 'vague'],
    ['tama ni', 'vague'],
  ],
  weekdays: JAPANESE_WEEKDAYS,
  // "getsuyoubi kara kinyoubi made": from … to
  weekdayJoiners: ['kara'],
  weekdayRange: ['kara'],
  // "nichiyoubi igai mainichi": every day but sunday
  exceptAfter: ['igai', 'nozoite', 'nozoku'],
  skipFillers: ['wo', 'o'],
  colours: [
    ['shiro|shiroi obi', 'white'],
    ['shiroobi', 'white'],
    ['ao|aoi obi', 'blue'],
    ['aoobi', 'blue'],
    ['murasaki|murasakiobi', 'purple'],
    ['chairo|chairoi|chairoobi', 'brown'],
    ['kuro|kuroi obi', 'black'],
    ['kuroobi', 'black'],
  ],
  levels: [
    ['shoshinsha|shinjin', 'novice'],
    ['hajimeta bakari', 'novice'],
    ['hajimeta|hajimete', 'started'],
    ['joukyuu|jokyu|joukyusha|jokyusha|chuukyuu|chukyu|beteran', 'experienced'],
  ],
  beltTimes: [
    ['moratta|moraimashita|narimashita|natta|ima|genzai', 'now'],
    ['mukashi|datta|deshita', 'past'],
    ['mousugu|mosugu', 'next'],
    // "rainen kuro obi moraeru kamo": next year, maybe
    ['hoshii|mezashite|mezasu|naritai|rainen|raigetsu|raishuu|raishu|kamo|kamoshirenai|moraeru|moraitai', 'hope'],
    // "kuro obi wa yume desu": a dream, or a longing
    ['yume|akogare', 'hope'],
  ],
  positions: [
    ['ue', 'top'],
    ['shita', 'guard'],
    ['gaado|gado', 'guard'],
    ['hikikomi', 'guard'],
    ['pasu|osaekomi|maunto', 'top'],
    ['ryouhou|ryoho|ryouho|dochiramo|docchimo|dotchimo', 'balanced'],
    ['dochira|docchi mo', 'balanced'],
    ['hanbun hanbun', 'balanced'],
    ['baransu', 'balanced'],
    // "doko demo ii" (anywhere is fine), "docchi demo" (either one)
    ['dokodemo|dochirademo|docchidemo|dotchidemo', 'balanced'],
    ['doko|dochira|docchi|dotchi demo', 'balanced'],
  ],
  positionEmphasis: [
    ['suki|daisuki|itsumo', 'primary'],
    ['taitei|daitai|hotondo', 'summary'],
    ['omo ni', 'summary'],
    ['tokidoki', 'secondary'],
  ],
  goals: [
    ['taikai|shiai|kyougi|kyogi', 'competition'],
    ['yasetai|yaseru|daietto|kenkou|kenko|tairyoku', 'fitness'],
    ['goshin|goshinjutsu|mamoritai', 'self_defense'],
    ['jibun|mi wo|o mamoru', 'self_defense'],
    ['umaku|jouzu|jozu|gijutsu|waza', 'skill_development'],
    ['tsuyoku naritai', 'skill_development'],
    ['shumi|tanoshii|tanoshimi|tanoshimitai|tanoshiku|tanoshimu|kibarashi|sutoresu', 'recreational'],
  ],
  goalEmphasis: [
    ['tada|dake|ichiban', 'primary'],
    ['omo ni', 'primary'],
    ['itsuka|tabun', 'hedge'],
  ],
  // after what they negate: "shita wa kirai", "shiai wa kyoumi nai"
  negations: [
    ['kirai|daikirai|nigate|nai', 'post'],
    ['ja|jya|dewa nai', 'post'],
    ['janai|jyanai|dewanai', 'post'],
    ['kyoumi|kyomi ga nai|arimasen', 'post'],
    ['kyoumi|kyomi nai|arimasen', 'post'],
    // the particle "no" ("randori no hanbun", "ue no hou") is no English "no"
    ['no hanbun|hou|naka|toki|ue|shita|ato|mae|aida|waza|gaado|obi|ga|wa|ni|de|mo', 'idiom'],
  ],
  now: ['ima', 'genzai'],
  past: ['mukashi', 'izen', 'saisho'],
  but: ['kedo', 'dakedo', 'keredo'],
  i: ['watashi', 'boku', 'ore', 'atashi', 'jibun'],
  relatives: ['ani', 'aniki', 'ane', 'otouto', 'imouto', 'otousan', 'okaasan', 'tsuma', 'kanai', 'kareshi', 'kanojo'],
  others: ['tomodachi', 'senpai', 'sempai', 'musuko', 'musume'],
  // "kuro obi... uso uso, shiro obi desu": lies, lies, white belt
  jokes: [
    ['uso uso', 'joke'],
    ['uso desu|dayo', 'joke'],
  ],
};
