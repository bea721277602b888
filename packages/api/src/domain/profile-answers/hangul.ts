// Korean typed in Hangul, as word tokens. Korean writes its particles and endings onto the word
// ("일주일에", "호신용으로", "블루벨트예요") and may run a count into its counter ("다섯번"), so a
// word is cut into the word korean-words.ts knows, the count and counter, and the endings after them:
// "일주일" "에", "호신용" "으로", "다섯" "번". A word is cut only into parts all known, so an unknown
// word stays whole and "이번" (this time) is no "이" (two) "번".

import { KOREAN, KOREAN_COUNTED_NUMBERS, KOREAN_NUMBERS, SINO_KOREAN_NUMBERS } from './korean-words';
import type { TongueWords } from './tongue-words';

/** Hangul words: syllables, or letters typed alone ("ㅋㅋ", as NFKD leaves them), each a word of its own. */
export const HANGUL_WORD = '[\\uac00-\\ud7a3]+|[\\u1100-\\u11ff\\u3131-\\u318e]+';
const JAMO_RUN = /[\u1100-\u11ff]+/g;

/** The text with Hangul letters composed back into syllables, as typed; NFKD takes them apart. */
export const composeHangul = (text: string): string => text.replace(JAMO_RUN, (run) => run.normalize('NFC'));

// Particles, the copula and the polite endings, as they close a word: "에", "에서", "으로", "은",
// "이에요", "입니다", "요"; endings run on ("에서는") as several of them.
const ENDINGS: ReadonlySet<string> = new Set([
  ...['이', '가', '은', '는', '을', '를', '에', '에서', '에게', '한테', '으로', '로', '의', '도', '만'],
  ...['와', '과', '랑', '이랑', '하고', '까지', '부터', '마다', '씩', '쯤', '정도', '처럼', '보다', '밖에'],
  // the side of a place: "위쪽", "아래쪽"
  '쪽',
  ...['요', '이요', '에요', '예요', '이에요', '입니다', '이야', '야', '임', '이고', '고', '인데', '이지만', '지만'],
  ...['이라서', '라서'],
  ...['였어요', '였어', '였습니다', '였다', '였는데', '이었어요', '이었어', '이었습니다', '이었다', '이었는데'],
  // "하다" (to do) written onto a noun: "운동해요", "승급했어요"
  ...['해요', '해', '합니다', '했어요', '했어', '했습니다', '했다', '하는', '하기', '하려고', '해서', '하면'],
  ...['어요', '아요', '어', '아', '습니다', '다'],
]);
const MAX_ENDINGS = 3;

// what a count runs into: "다섯번", "세번씩", "삼회"; "번" after a native number only ("이번" is this time)
const COUNTERS = ['번', '회'];
const NATIVE: ReadonlySet<string> = new Set([...KOREAN_NUMBERS, ...KOREAN_COUNTED_NUMBERS].map(([word]) => word));
const SINO: ReadonlySet<string> = new Set(SINO_KOREAN_NUMBERS.map(([word]) => word));

const wordsOf = (tongue: TongueWords): string[] =>
  (Object.values(tongue) as (readonly unknown[])[]).flatMap((part) =>
    part.flatMap((entry) => {
      if (typeof entry === 'string') return [entry];
      const [head] = entry as readonly [unknown, unknown];
      if (typeof head === 'string') return head.split(/[\s|]+/);
      // a weekday entry: its days, then its names
      return (entry as readonly [unknown, readonly string[]])[1];
    }),
  );
const KNOWN: ReadonlySet<string> = new Set(wordsOf(KOREAN).filter((w) => !ENDINGS.has(w)));

/** The endings `tail` is made of, longest first, or null when it is not all endings. */
function endingsOf(tail: string, depth = 0): string[] | null {
  if (tail === '') return [];
  if (depth >= MAX_ENDINGS) return null;
  for (let cut = tail.length; cut > 0; cut--) {
    const head = tail.slice(0, cut);
    const rest = ENDINGS.has(head) ? endingsOf(tail.slice(cut), depth + 1) : null;
    if (rest) return [head, ...rest];
  }
  return null;
}

/** "다섯번" → "다섯" "번", "삼회" → "삼" "회": a number run into its counter. */
function countAndCounter(word: string): string[] | null {
  for (const counter of COUNTERS) {
    if (!word.endsWith(counter)) continue;
    const count = word.slice(0, -counter.length);
    if (NATIVE.has(count) || (counter === '회' && SINO.has(count))) return [count, counter];
  }
  return null;
}

/** `word` as a word the vocabulary knows, or a count and its counter; null when neither. */
function known(word: string): string[] | null {
  if (KNOWN.has(word)) return [word];
  return countAndCounter(word);
}

/**
 * A Hangul word cut into the word it is, its count and counter, and its endings; whole when not all
 * known, but for an ending that turns the clause ("나가는데", "좋아하지만": … but), cut off any word.
 */
export function hangulParts(word: string): string[] {
  const whole = known(word);
  if (whole) return whole;
  for (let cut = word.length - 1; cut > 0; cut--) {
    const head = known(word.slice(0, cut));
    const tail = head ? endingsOf(word.slice(cut)) : null;
    if (head && tail) return [...head, ...tail];
  }
  const turn = TURNING.find((ending) => word.length > ending.length && word.endsWith(ending));
  return turn ? [word.slice(0, -turn.length), turn] : [word];
}
/** Endings that say "but" or "and then" (korean-words.ts has them as "but"), longest first. */
const TURNING = ['였는데', '는데', '은데', '인데', '지만'];
