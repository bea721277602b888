// training_frequency: "6 days, doubles on 3 of them": a part that counts the days doubled is that many
// sessions more than the days' own.

import { readNumber } from './numbers';
import type { Token } from './text';
import type { PartValue } from './schedule-part-value';
import { countedPart } from './schedule-part-counted';

/** The value of "doubles on 3 of them", "i double up on 2 days", else null. */
export function doublesOnCount(tokens: readonly Token[]): PartValue | null {
  const words = tokens.map((t) => t.text);
  let at = words[0] === 'i' ? 1 : 0;
  if (words[at] === 'double' && words[at + 1] === 'up') at += 2;
  else if (DOUBLES.has(words[at] ?? '')) at += 1;
  else return null;
  if (words[at] !== 'on') return null;
  const number = readNumber(tokens, at + 1);
  if (!number || number.isTimes) return null;
  const rest = words.slice(number.end);
  return rest.length === 0 || DAYS_POINTED_AT.some((w) => w.join(' ') === rest.join(' '))
    ? countedPart({ sessions: number.value })
    : null;
}
const DOUBLES: ReadonlySet<string> = new Set(['doubles', 'double', 'dobro', 'dobrado']);
const DAYS_POINTED_AT: readonly (readonly string[])[] = [
  ['of', 'them'],
  ['of', 'those'],
  ['days'],
  ['of', 'those', 'days'],
];
