// Turns a chat answer into word tokens grouped in clauses, so every field parser can match whole
// words and phrases ("bluetooth" is not "blue", "topic" is not "top") and scope negation to a clause.

import { WORLD_BUT } from './world-words';
import { latinOfCyrillic } from './cyrillic';
import { HANGUL_WORD, composeHangul, hangulParts } from './hangul';

export type TokenKind = 'word' | 'number' | 'symbol' | 'emoji';

export interface Token {
  readonly text: string;
  readonly kind: TokenKind;
  /** Numeric value of a `number` token ("2,5" and "2.5" both read 2.5). */
  readonly value: number;
  /** Clause number: punctuation and contrast words ("but", "though") start a new clause. */
  readonly clause: number;
  /** Whitespace (or start of text) right before the token, to tell "-3" from "2-3". */
  readonly spaceBefore: boolean;
}

const CLAUSE_SYMBOLS = new Set(['.', '!', '?', ';', ',', ':', '(', ')', '…', '|']);
// Spanish and Tagalog "pero", Portuguese "porém" turn a clause too
const CLAUSE_WORDS = new Set([
  'but',
  'though',
  'tho',
  'although',
  'however',
  'except',
  'whereas',
  'otherwise',
  'pero',
  'porem',
  // "aber", "maar", "ama", "tapi", "kedo" (world-words.ts)
  ...WORLD_BUT,
]);

// Contractions that carry the negation stay whole ("don't", "isn't"); others split ("i'm" → "i", "m").
// Hangul words are words too, cut into the word and its particles (hangul.ts).
const TOKEN_PATTERN = new RegExp(
  String.raw`(\d+(?:[.,]\d+)?)|([a-z]+(?:'[a-z]+)*|${HANGUL_WORD})|(\p{Extended_Pictographic})|([^\s\p{L}\p{N}])`,
  'gu',
);

// Letters no accent-stripping reaches, as the keyboards of Polish, Turkish, German, Danish and
// Vietnamese type them: "dostałem" is "dostalem", "salı" "sali", "weiß" "weiss", "đai" "dai".
const FOLDED: Readonly<Record<string, string>> = {
  ...{ ł: 'l', Ł: 'L', ı: 'i', ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', œ: 'oe' },
  ...{ đ: 'd', Đ: 'D' },
};
const FOLDED_LETTER = /[łŁıßøØæœđĐ]/g;
/** The text with those letters folded to the Latin ones they are typed as without them, Cyrillic too. */
export const foldLetters = (text: string): string =>
  latinOfCyrillic(text.replace(FOLDED_LETTER, (letter) => FOLDED[letter] ?? letter));

// a word's closing apostrophe, not a quote closed ("'cousin'" stays quoted)
const DROPPED_G = /(?<!['a-z])([a-z]{2,}in)'(?![a-z])/g;
const PLURAL_APOSTROPHE = /(?<!['a-z])([a-z]+s)'(?![a-z])/g;
// "fourtimes a week", "twotimes": a count word typed onto "times" ("onetime" is a word of its own)
const GLUED_TIMES = /\b(two|three|four|five|six|seven|eight|nine|ten)times\b/g;
/** "fourish": a number word with "-ish" glued on, read as "four-ish". */
const GLUED_ISH = /\b(one|two|three|four|five|six|seven|eight|nine|ten)ish\b/g;

export function normalise(raw: string): string {
  // NFKD takes Hangul syllables apart too: they are put back together
  return foldLetters(composeHangul(raw.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase())
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/([a-z])\1{2,}/g, '$1') // "guarddd", "topppp" → one letter
    .replace(DROPPED_G, '$1g') // "movin'", "rollin'": the g the apostrophe stands for
    .replace(PLURAL_APOSTROPHE, '$1') // "beginners' class": a plural's apostrophe, no quote mark
    .replace(GLUED_TIMES, '$1 times')
    .replace(GLUED_ISH, '$1-ish')
    .replace(/\bno[\s-]?gi\b/g, 'nogi') // "no-gi" names the attire, it negates nothing
    .replace(/\bweek-end(s?)\b/g, 'weekend$1') // French "le week-end" is the English word
    .replace(/\b(one|two|three|[1-3])[\s-]+a[\s-]+days\b/g, '$1 a day') // "two-a-days": two sessions a day
    .replace(/\r?\n+/g, ' . ');
}

function splitWord(word: string): string[] {
  if (!/^[a-z]/.test(word)) return hangulParts(word);
  if (!word.includes("'")) return [word];
  if (/n't$/.test(word)) return [word];
  return word.split("'").filter((part) => part.length > 0);
}

export function tokenise(raw: string): Token[] {
  const text = normalise(raw);
  const tokens: Token[] = [];
  let clause = 0;
  let lastEnd = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const spaceBefore = start === 0 || /\s/.test(text.slice(lastEnd, start));
    lastEnd = start + match[0].length;
    const [, num, word, emoji, symbol] = match;
    if (num !== undefined) {
      tokens.push({ text: num, kind: 'number', value: Number(num.replace(',', '.')), clause, spaceBefore });
    } else if (word !== undefined) {
      for (const [i, part] of splitWord(word).entries()) {
        if (CLAUSE_WORDS.has(part)) clause += 1;
        tokens.push({ text: part, kind: 'word', value: NaN, clause, spaceBefore: spaceBefore || i > 0 });
      }
    } else if (emoji !== undefined) {
      tokens.push({ text: emoji, kind: 'emoji', value: NaN, clause, spaceBefore });
      // "every day 😅 wife is not thrilled": an emoji closes what it follows, as a full stop does
      clause += 1;
    } else if (symbol !== undefined) {
      tokens.push({ text: symbol, kind: 'symbol', value: NaN, clause, spaceBefore });
      if (CLAUSE_SYMBOLS.has(symbol)) clause += 1;
    }
  }
  return tokens;
}

/** Words only, for messages judged on their length. */
/** The last match of a global pattern in `text`, or null: where the last of several markers stands. */
export function lastMatch(text: string, pattern: RegExp): RegExpMatchArray | null {
  let last: RegExpMatchArray | null = null;
  for (const match of text.matchAll(pattern)) last = match;
  return last;
}

export function wordCount(tokens: readonly Token[]): number {
  return tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;
}
