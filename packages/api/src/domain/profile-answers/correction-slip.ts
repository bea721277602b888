// A count taken back between two counts, with no "wait" to mark it: "5x— no, 4x", "3 times, nah 2",
// "5x sorry 4x", "three oops four". The later count is the answer, as after "no wait" (correction.ts).
// A bare "no" anywhere else corrects nothing: "no gi 2x", "3x a week, no exceptions", "no, 3".

import { readNumber } from './numbers';
import type { PhraseTable } from './lexicon';
import type { Token } from './text';

export const SLIP_MARKERS: PhraseTable<'slip'> = [
  // "oops", "sorry", "actually" restate already (correction.ts), here between counts too
  ['no|nah|nope|whoops|woops|err|erm', 'slip'],
  // Spanish and Portuguese "no, cuatro", "não, quatro"
  ['nao', 'slip'],
  // Swahili "hapana", Indonesian/Malay "bukan", "tidak", Hindi/Urdu "nahi": "mara tatu… hapana, mara nne"
  ['hapana|bukan|tidak|nahi|nahin', 'slip'],
];

/** The marker from `start` to `end` stands between a count said just before it and one right after. */
export function betweenCounts(tokens: readonly Token[], start: number, end: number): boolean {
  let after = end;
  while (tokens[after]?.kind === 'symbol') after++;
  if (!readNumber(tokens, after)) return false;
  // "5x— no", "3 times a week, no": the count may carry its unit and rate before the marker
  for (let j = start - 1; j >= Math.max(0, start - COUNT_REACH); j--) {
    const number = readNumber(tokens, j);
    if (number && tokens.slice(number.end, start).every((t) => t.kind === 'symbol' || COUNT_TAIL.has(t.text)))
      return true;
  }
  return false;
}
// "3 times a week, no": a count and its unit, then the marker
const COUNT_REACH = 6;
const COUNT_TAIL: ReadonlySet<string> = new Set([
  ...['x', 'times', 'time', 'a', 'per', 'week', 'wk', 'weekly', 'days', 'day', 'sessions', 'classes', 'w'],
  ...['vezes', 'veces', 'por', 'semana', 'dias'],
  // "mara tatu kwa wiki", "3 kali seminggu", "teen baar hafte mein"
  ...['kwa', 'wiki', 'kali', 'seminggu', 'minggu', 'baar', 'hafte', 'mein'],
]);
