// "two-a-days on monday, wednesday and friday", "doubles mon, wed, fri": a count of sessions a day
// before a list of days is each listed day's, so the commas inside that list split no parts.

import type { Token } from './text';
import { dayAt } from './schedule-days';
import { PER_DAY_WORDS } from './schedule-words';
import { ownClauseAfter } from './schedule-parts';
import { perDayPeriod } from './schedule-part-marks';

/** A comma between two days at `i`, inside a part (`current`) that has counted sessions per day. */
export function perDayListComma(tokens: readonly Token[], i: number, current: readonly Token[]): boolean {
  if (tokens[i]?.text !== ',' || !dayAt(tokens, i - 1) || !dayAt(tokens, i + 1)) return false;
  // "one a day mon-thu, fri off": a day rested after the comma is a part of its own
  if (ownClauseAfter(tokens, i)) return false;
  return current.some((t) => (PER_DAY_WORDS.get(t.text) ?? 0) > 1) || perDayPeriod(current);
}
