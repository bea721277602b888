// Numbers as people type them: digits ("2", "2.5", "2,5"), words ("three", "twelve"), and the
// vague quantities that still carry a count ("a couple", "a few", "several").

import type { Token } from './text';
import { COUNTED_WORDS, worldNumber, WORLD_TIMES_ADVERBS } from './world-numbers';
import { IBERIAN_KINDS_ALONE } from './session-kind-words';
import { heardNumber } from './numbers-heard';

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['twenty', 20],
  ['thirty', 30],
  ['dozen', 12],
]);

/**
 * Portuguese numbers, for answers like "duas vezes por semana". Read as numbers but kept out of the
 * spelling pass's vocabulary: "tmes" is a slip of "times", not of "tres".
 */
export const PORTUGUESE_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['uma', 1],
  ['duas', 2],
  ['dois', 2],
  ['tres', 3],
  ['quatro', 4],
  ['cinco', 5],
  ['seis', 6],
  ['sete', 7],
  ['oito', 8],
]);

/**
 * Spanish numbers, for answers like "dos veces por semana"; kept out of the spelling pass like the
 * Portuguese ones. "dos" is also Portuguese for "of the" ("a maioria dos dias") and "uno"/"una" a
 * pronoun or article ("uno nunca sabe"), so those are counts only right before what they count.
 */
export const SPANISH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['uno', 1],
  ['una', 1],
  ['dos', 2],
  ['tres', 3],
  ['cuatro', 4],
  ['cinco', 5],
  ['seis', 6],
  ['siete', 7],
  ['ocho', 8],
]);
/** Swahili and Afrikaans numbers, for "mara tatu kwa wiki", "vyf keer 'n week"; kept out of the spelling pass too. */
export const SWAHILI_AFRIKAANS_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['moja', 1],
  ['mbili', 2],
  ['tatu', 3],
  ['nne', 4],
  ['tano', 5],
  ['sita', 6],
  ['saba', 7],
  ['een', 1],
  ['twee', 2],
  ['drie', 3],
  ['vier', 4],
  ['vyf', 5],
  ['ses', 6],
  ['sewe', 7],
]);
/** Swahili puts "times" and "days" before the count: "mara tatu" is three times, "siku nne" four days. */
const COUNTED_AFTER: ReadonlySet<string> = new Set(['mara', 'siku']);
const COUNTED_ONLY: ReadonlySet<string> = new Set(['dos', 'uno', 'una']);
/** What a Spanish or Portuguese count is of: "dos veces", "dos clases", "dos dias". */
const FOREIGN_COUNTED: ReadonlySet<string> = new Set([
  'vez',
  'veces',
  'vezes',
  'dias',
  'clases',
  'clase',
  'sesiones',
  'entrenamientos',
  'entrenos',
  'noches',
  'aulas',
  'treinos',
]);
/** "dos de gi, una de nogi": a count of classes named by their kind; the "de" goes with the count. */
const ofKind = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === 'de' && KINDS.has(tokens[k + 1]?.text ?? '');
const KINDS: ReadonlySet<string> = new Set(['gi', 'nogi', 'bjj', 'jiu']);
/** "a maioria dos dias", "metade dos treinos": Portuguese "of the", not two. */
const OF_THE_LEADS: ReadonlySet<string> = new Set(['maioria', 'metade', 'parte', 'um', 'uma', 'cada', 'todos', 'fim']);

/** "… y dos más": more of what was counted before, added with "y". */
const moreAdded = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.text === 'y' && tokens[i + 1]?.text === 'mas';
/** "cada dos semanas": every two of a period. */
const everyTwo = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.text === 'cada' && EVERY_PERIODS.has(tokens[i + 1]?.text ?? '');
const EVERY_PERIODS: ReadonlySet<string> = new Set(['semanas', 'dias', 'meses']);

/** "entre dos y tres veces", "entre una y dos": the low end of a range counts what its high end does. */
const rangeLow = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.text === 'entre' && (tokens[i + 1]?.text === 'y' || tokens[i + 1]?.text === 'e');

/** "uno o dos por semana": the low end of a range said with "or" counts what its high end does. */
const orMore = (tokens: readonly Token[], i: number): boolean =>
  OR.has(tokens[i + 1]?.text ?? '') && SPANISH_NUMBERS.has(tokens[i + 2]?.text ?? '');
const OR: ReadonlySet<string> = new Set(['o', 'ou', 'or']);
/** "dos por semana", "dos a la semana": a count per week. */
const perWeek = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k]?.text === 'por' && tokens[k + 1]?.text === 'semana') ||
  (tokens[k]?.text === 'a' && tokens[k + 1]?.text === 'la' && tokens[k + 2]?.text === 'semana');

function spanishNumber(tokens: readonly Token[], i: number): number | undefined {
  const text = tokens[i]?.text ?? '';
  const value = SPANISH_NUMBERS.get(text);
  if (value === undefined || !COUNTED_ONLY.has(text)) return value;
  // "dos normales": a kind of class standing for the class
  const next = tokens[i + 1]?.text ?? '';
  const counts =
    (FOREIGN_COUNTED.has(next) ||
      ofKind(tokens, i + 1) ||
      IBERIAN_KINDS_ALONE.includes(next) ||
      rangeLow(tokens, i) ||
      orMore(tokens, i) ||
      perWeek(tokens, i + 1) ||
      moreAdded(tokens, i)) &&
    !OF_THE_LEADS.has(tokens[i - 1]?.text ?? '');
  return counts || everyTwo(tokens, i) ? value : undefined;
}

/** Adverbs that already mean "N times". */
export const TIMES_ADVERBS: ReadonlyMap<string, number> = new Map([
  ['once', 1],
  // too short for the spelling pass to mend: "onse a week rn"
  ['onse', 1],
  ['onc', 1],
  ['wunce', 1],
  ['twice', 2],
  ['thrice', 3],
]);

// "a couple" is two, "a few" and "several" three: the values people mean when they say them.
const QUANTITY_PHRASES: readonly (readonly [words: readonly string[], value: number])[] = [
  [['a', 'couple', 'of'], 2],
  [['a', 'couple'], 2],
  [['couple', 'of'], 2],
  [['couple'], 2],
  [['a', 'few'], 3],
  [['few'], 3],
  [['several'], 3],
  [['a', 'handful', 'of'], 3],
  [['a', 'handful'], 3],
  [['half', 'a', 'dozen'], 6],
  [['a', 'dozen'], 12],
];

export interface NumberRead {
  readonly value: number;
  readonly end: number;
  /** true for "once", "twice", "thrice": the times-word is built in. */
  readonly isTimes: boolean;
}

export function readNumber(
  tokens: readonly Token[],
  i: number,
  options: { article?: boolean } = {},
): NumberRead | null {
  const token = tokens[i];
  if (!token || clockMinutes(tokens, i) || workingHours(tokens, i)) return null;
  // "2 de gi y 1 de nogi": the "de" goes with a count in digits as with one in words
  if (token.kind === 'number')
    return { value: token.value, end: ofKind(tokens, i + 1) ? i + 2 : i + 1, isTimes: false };
  const times = TIMES_ADVERBS.get(token.text) ?? WORLD_TIMES_ADVERBS.get(token.text);
  if (times !== undefined) return { value: times, end: i + 1, isTimes: true };
  for (const [words, value] of QUANTITY_PHRASES) {
    if (words.every((w, k) => tokens[i + k]?.text === w)) return { value, end: i + words.length, isTimes: false };
  }
  const swahili = COUNTED_AFTER.has(token.text) ? SWAHILI_AFRIKAANS_NUMBERS.get(tokens[i + 1]?.text ?? '') : undefined;
  if (swahili !== undefined) return { value: swahili, end: i + 2, isTimes: true };
  const heard = heardNumber(tokens, i);
  if (heard) return heard;
  const word = wordNumber(tokens, i);
  if (word !== undefined)
    return wordRange(tokens, i, word) ?? { value: word, end: ofKind(tokens, i + 1) ? i + 2 : i + 1, isTimes: false };
  if (options.article && (token.text === 'a' || token.text === 'an')) return { value: 1, end: i + 1, isTimes: false };
  return null;
}

/**
 * "before my 9-5", "a 9-5 job": office hours, a clock span whose start is the larger number, owned or
 * named as work; neither number counts anything.
 */
export const workingHours = (tokens: readonly Token[], i: number): boolean => {
  const start = tokens[i - 1]?.text === '-' && !tokens[i]?.spaceBefore ? i - 2 : i;
  const [from, dash, to] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (from?.kind !== 'number' || to?.kind !== 'number' || dash?.text !== '-') return false;
  if (dash.spaceBefore || to.spaceBefore || from.value <= to.value) return false;
  return OWNED.has(tokens[start - 1]?.text ?? '') || AS_WORK.has(tokens[start + 3]?.text ?? '');
};
const OWNED: ReadonlySet<string> = new Set(['my', 'a', 'the', 'his', 'her', 'our', 'their']);
const AS_WORK: ReadonlySet<string> = new Set(['job', 'work', 'shift', 'gig']);

/** "the 6:30 class": the minutes of a clock (two digits right after "6:") count nothing. */
const clockMinutes = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.kind === 'number' &&
  tokens[i]?.text.length === 2 &&
  !tokens[i]?.spaceBefore &&
  tokens[i - 1]?.text === ':' &&
  tokens[i - 2]?.kind === 'number';

const wordNumber = (tokens: readonly Token[], i: number): number | undefined => {
  const text = tokens[i]?.text ?? '';
  return (
    NUMBER_WORDS.get(text) ??
    PORTUGUESE_NUMBERS.get(text) ??
    SWAHILI_AFRIKAANS_NUMBERS.get(text) ??
    spanishNumber(tokens, i) ??
    worldNumber(tokens, i)
  );
};

/**
 * "dwa trzy razy", "two three times", "ni san kai": two number words in a row, the second one more,
 * right before what they count, are a range said without its dash: 2.5.
 */
function wordRange(tokens: readonly Token[], i: number, low: number): NumberRead | null {
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || !RANGE_COUNTED.has(tokens[i + 2]?.text ?? '')) return null;
  return wordNumber(tokens, i + 1) === low + 1 ? { value: low + 0.5, end: i + 2, isTimes: false } : null;
}
const RANGE_COUNTED: ReadonlySet<string> = new Set([
  ...['times', 'time', 'x'],
  ...FOREIGN_COUNTED,
  ...COUNTED_WORDS,
  'days',
  'sessions',
]);
