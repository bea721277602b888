// Step 1 of topic extraction: free text → tokens. Lower-case, strip accents/apostrophes, split
// hyphens, fold plurals and verb forms to a stem. Always tokens, never substrings, so "beginner" is
// not `gi` and "mountain" is not `mount`. (Typo correction is plugged in by the caller: see typos.ts.)
import { IRREGULAR_FORMS, NAMES_OF_NICKNAMES, UNSTEMMED_WORDS } from '../../data/topic-aliases';

export type Token = {
  /** as typed, lower-cased and cleaned: what the passive/opponent rules look at */
  raw: string;
  /** spelling fixed (irregular form, typo) */
  word: string;
  /** what phrases match on */
  stem: string;
  /** punctuation that ends a clause: , . ; : ? ! ( ) and dashes between words */
  isBreak: boolean;
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// letters that carry no combining mark to strip: "łokieć" → "lokiec", "Fußhebel" → "fusshebel"
const LETTER_FOLDS: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd' };
const FOLDED_LETTERS = /[łßøæœđ]/g;
const DOTTED_ACRONYM = /\b(?:[a-z]\.){2,}/g; // "r.n.c." → "rnc"
const DOTS = /\./g;
// a letter held for emphasis, "chokeeee", "sweeeep": two are left, for the typo reader to settle
const HELD_LETTER = /(\p{L})\1{2,}/gu;
// "chave d calcanhar", "llave d tobillo": "d" for "de" after the words that take it in a name
const DE_SHORTENED = /\b(chaves?|llaves?|raspagem|passagem|pase|saida|salida|defesa|defensa)\s+d\b(?=\s+[a-z])/g;
// chat shorthand with a slash: "w/o" is "without", "w/" "with", "b/c" "because"
const SHORTHAND = /\b(?:w\/o|w\/out|b\/c|w\/)(?![a-z0-9])/g;
// a lone "w" between words is "with" too ("rolling w the kid"); "took the w", "my first w" is a win,
// and in Polish (told by its letters or its commonest words) "w" is "in": "wchodzę w obalenie"
const LONE_WITH = /(?<!\b(?:the|a|an|big|easy|another|first|my|his|her|our|their)\s+)\bw(?=\s+[a-z])/g;
const POLISH_LETTERS = /[ąęłśźżćń]/i;
const POLISH_WORDS = /\b(?:jak|mnie|sie|nie|jest|czy|kiedy|gdy|zawsze|ciagle|wchodze)\b/;
// an emoji ends a clause, as a full stop would: "not regular dlr 😂 reverse dlr entries"
const EMOJI = /\p{Extended_Pictographic}+/gu;
const SHORTHAND_WORDS: Readonly<Record<string, string>> = {
  'w/o': ' without ',
  'w/out': ' without ',
  'b/c': ' because ',
  'w/': ' with ',
};
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00b4']);
const BREAK_CHARS = new Set([',', '.', ';', ':', '?', '!', '(', ')', '[', ']', '|', '\u2014', '\u2013', '\u2026']);
const isWordChar = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

/** A word proper, not a number or a symbol: only these are stemmed or typo-corrected ("50" stays "50"). */
export const startsWithLetter = (w: string): boolean => isWordChar(w[0] ?? '') && (w[0] ?? '') > '9';

let lastText: string | undefined;
let lastWords: readonly string[] = [];

/**
 * "D'Arce vs. no-gi 50/50!" → ["darce", "vs", ".", "no", "gi", "50", "/", "50", "!"]. The last text's
 * words are remembered: one message is read by several vocabularies in a row.
 */
export function splitWords(text: string): readonly string[] {
  if (text !== lastText) {
    lastWords = split(text);
    lastText = text;
  }
  return lastWords;
}

/** Lower case with accents stripped and the letters that carry no mark folded: "Łokieć" → "lokiec". */
export const plainLetters = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(FOLDED_LETTERS, (c) => LETTER_FOLDS[c] ?? c);

function split(text: string): string[] {
  const plain = plainLetters(text);
  // (the letters are gone from the plain text, and its words are lower case with their accents folded)
  const polish = POLISH_LETTERS.test(text) || POLISH_WORDS.test(plain);
  const s = (polish ? plain : plain.replace(LONE_WITH, 'with'))
    .replace(HELD_LETTER, '$1$1')
    .replace(DOTTED_ACRONYM, (acronym) => `${acronym.replace(DOTS, '')} `)
    .replace(SHORTHAND, (short) => SHORTHAND_WORDS[short] ?? short)
    .replace(DE_SHORTENED, '$1 de')
    .replace(EMOJI, ' . ');
  const out: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word) out.push(word);
    word = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (isWordChar(c)) word += c;
    else if (APOSTROPHES.has(c)) {
      // "d'arce" → "darce", "don't" → "dont"; "kimura'd" → "kimuraed", a participle like "armbarred";
      // a nickname made a verb is its name's ("tri'd" → "triangled", not "tried")
      if (word && s[i + 1] === 'd' && !isWordChar(s[i + 2] ?? '')) word = NAMES_OF_NICKNAMES[word] ?? `${word}e`;
      // elision after a bare "d" or "l": "pas d'omoplata" is "pas de omoplata" (the darce stays one
      // word); the article of "l'armbar", "tranne l'americana" goes ("dell'", "dall'" are left as words)
      else if (word === 'l') word = '';
      else if (word === 'd' && !/^arc/.test(s.slice(i + 1, i + 4))) {
        word = 'de';
        flush();
      }
    } else if (c === '-' || c === '_') {
      // a hyphen inside a word just splits it ("no-gi"); a free-standing dash ends a clause
      const joinsWords = word !== '' && isWordChar(s[i + 1] ?? '');
      flush();
      if (!joinsWords && c === '-') out.push(',');
    } else if (c === '/') {
      flush();
      out.push('/');
    } else if (c === '&' || c === '+') {
      flush();
      out.push('and');
    } else {
      flush();
      if (BREAK_CHARS.has(c)) out.push(c === '\u2014' || c === '\u2013' ? ',' : c);
    }
  }
  flush();
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** "armbarred" → "armbar" (but "passing" → "pass", "rolling" → "roll" keep their double letter) */
function undouble(w: string): string {
  const last = w[w.length - 1] ?? '';
  return w.length >= 4 && last === w[w.length - 2] && !VOWELS.has(last) && last !== 's' && last !== 'l'
    ? w.slice(0, -1)
    : w;
}

/**
 * A light suffix folder, applied alike to alias phrases and to queries, so only the agreement
 * matters: "triangle", "triangles", "triangled", "triangling" → "triangl"; "passes", "passed",
 * "passing" → "pass". Short words and numbers are left alone ("gi", "gis", "50").
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length < 4 || !startsWithLetter(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const unstemmed: ReadonlySet<string> = new Set(UNSTEMMED_WORDS);
const irregular: ReadonlyMap<string, string> = new Map(Object.entries(IRREGULAR_FORMS));

/** One split word as a token; `fix` corrects its spelling (queries pass the typo corrector, alias phrases don't). */
export function toToken(raw: string, fix: (word: string) => string = (w) => w): Token {
  if (BREAK_CHARS.has(raw) || raw === ',') return { raw, word: raw, stem: raw, isBreak: true };
  const word = fix(irregular.get(raw) ?? raw);
  return { raw, word, stem: unstemmed.has(word) ? word : stemWord(word), isBreak: false };
}
