// "2 sessions at one and 3 at the other", "one class at uni, one at the academy in town": a bare
// count said with where it is trained is that many sessions there, a part of the timetable.

import { readNumber } from './numbers';
import type { Token } from './text';
import { TRAINING_PLACES } from './schedule-words';
import type { PartValue } from './schedule-part-value';
import { countedPart } from './schedule-part-counted';

const AT: ReadonlySet<string> = new Set(['at', 'in']);
const MAX_PLACE_WORDS = 4;
/** Where sessions are trained: a gym, or "the other (one)" of the places the answer trains at. */
const PLACES: ReadonlySet<string> = new Set([
  ...TRAINING_PLACES,
  ...['gyms', 'dojo', 'school', 'uni', 'university', 'college', 'campus', 'studio', 'other', 'another'],
]);

/** The value of a part that is a count at a place ("3 at the other"), else null. */
export function countAtPlace(tokens: readonly Token[]): PartValue | null {
  const number = readNumber(tokens, 0);
  if (!number || !AT.has(tokens[number.end]?.text ?? '')) return null;
  const place = tokens.slice(number.end + 1, number.end + 1 + MAX_PLACE_WORDS);
  if (!place.some((t) => PLACES.has(t.text))) return null;
  return countedPart({ sessions: number.value });
}

/** "at the other", "at my other one": "other" as the second place trained at, not a hedge. */
export const atTheOther = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'other' && OWNERS.has(tokens[i - 1]?.text ?? '') && AT.has(tokens[i - 2]?.text ?? '');
const OWNERS: ReadonlySet<string> = new Set(['the', 'my', 'our']);
