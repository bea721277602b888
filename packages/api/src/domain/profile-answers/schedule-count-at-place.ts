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

/** The value of a part that is a count at a place ("3 at the other", "2 at ribeiro jj by my house"), else null. */
export function countAtPlace(tokens: readonly Token[]): PartValue | null {
  const number = readNumber(tokens, 0);
  if (!number || !AT.has(tokens[number.end]?.text ?? '')) return null;
  const place = tokens.slice(number.end + 1, number.end + 1 + MAX_PLACE_WORDS);
  if (!place.some((t) => PLACES.has(t.text)) && !namesAPlace(tokens, number.end)) return null;
  return countedPart({ sessions: number.value });
}

/**
 * "twice at tri-force shinjuku", "2 at the one by the office": "at" before a name is where the count
 * is trained, whatever the gym is called; not a time ("at 6pm", "at night", "at lunch") nor a measure
 * ("at most", "at a time", "at least").
 */
export function namesAPlace(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'at') return false;
  const next = tokens[at + 1];
  if (!next || next.kind !== 'word' || NOT_A_PLACE.has(next.text)) return false;
  return !(next.text === 'the' && NOT_A_PLACE.has(tokens[at + 2]?.text ?? ''));
}
const NOT_A_PLACE: ReadonlySet<string> = new Set([
  ...['a', 'an', 'most', 'least', 'best', 'worst', 'max', 'minimum', 'maximum', 'times', 'first', 'once', 'all'],
  ...['night', 'nights', 'noon', 'lunch', 'lunchtime', 'midday', 'dawn', 'weekends', 'weekend', 'home'],
  ...['moment', 'end', 'start', 'beginning', 'same', 'latest', 'earliest', 'week', 'time', 'minute'],
]);

/** "at the other", "at my other one": "other" as the second place trained at, not a hedge. */
export const atTheOther = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'other' && OWNERS.has(tokens[i - 1]?.text ?? '') && AT.has(tokens[i - 2]?.text ?? '');
const OWNERS: ReadonlySet<string> = new Set(['the', 'my', 'our']);
