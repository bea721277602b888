// training_frequency: a part of a timetable that is only "the <kind> class" is one session, as "a
// <kind> class" is: "one gi class, one no-gi class and the competition class" → 3, "two fundamentals
// and the open mat" → 3. Only a part that opens on "the" and names no day or time of day: "the
// tuesday class" and "the evening class" tell when sessions are, which the days' reading counts, and
// "the all levels class twice" counts itself.

import type { Token } from './text';
import { dayAt } from './schedule-days';
import { TIMES_OF_DAY } from './schedule-words';
import { readNumber } from './numbers';

/** Words that make one session of the session after them: "a private", "an open mat", "another class". */
export const ONE: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** A count of the part's own after its session: "twice", "3x". */
const COUNTED: ReadonlySet<string> = new Set(['once', 'twice', 'thrice', 'x', 'xs', 'times']);

/** "the" at `i` opens the part and leads a session of no day or time: one session. */
export function theSessionOpensPart(tokens: readonly Token[], i: number): boolean {
  if (i !== 0 || tokens[0]?.text !== 'the') return false;
  // "the all levels class twice": a count of its own is the part's
  return !tokens.some(
    (t, k) =>
      dayAt(tokens, k) !== undefined || TIMES_OF_DAY.has(t.text) || COUNTED.has(t.text) || readNumber(tokens, k),
  );
}
