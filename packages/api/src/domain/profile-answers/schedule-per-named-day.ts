// "tues and thurs, morning and night both days", "mon wed fri, doubles on those days": sessions a day
// told of the days another part named, so each of those days holds that many, not one.

import type { Token } from './text';
import { PER_DAY_WORDS } from './schedule-words';
import { timesOfDayJoined } from './schedule-parts';
import type { PartValue } from './schedule-part-value';
import { refersToNamedDays } from './schedule-part-marks';
import { countedPart } from './schedule-part-counted';

/** The value of a part that gives sessions per day on the days named elsewhere, else null. */
export function perDayOnNamedDays(tokens: readonly Token[]): PartValue | null {
  if (!refersToNamedDays(tokens)) return null;
  const perDay = timesOfDayJoined(tokens) ?? Math.max(0, ...tokens.map((t) => PER_DAY_WORDS.get(t.text) ?? 0));
  if (perDay < 2) return null;
  // each named day already counts its one session; this adds the rest
  return countedPart({ onlyDays: true, perNamedDay: perDay - 1 });
}
