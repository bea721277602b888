// "every single day, even sundays", "every day including weekends": a day named after an every-day rate
// with "even" or "including" is no exception to it but the week made whole: 7, not "every day"'s 6.5.

import type { Token } from './text';
import type { WeekdayRun } from './weekdays';

interface DayRate {
  readonly end: number;
  readonly countsDays: boolean;
  readonly perWeek: number;
}

/** The every-day rate right before `run` that "even"/"including" extends to it, or undefined. */
export function everyDayEven<R extends DayRate>(
  tokens: readonly Token[],
  run: WeekdayRun,
  rates: readonly R[],
): R | undefined {
  let k = run.start - 1;
  while (FILLERS.has(tokens[k]?.text ?? '')) k -= 1;
  if (!EVEN.has(tokens[k]?.text ?? '')) return undefined;
  k -= 1;
  if (tokens[k]?.text === ',') k -= 1;
  return rates.find((r) => r.countsDays && r.perWeek >= 6 && r.end === k + 1);
}
const EVEN: ReadonlySet<string> = new Set(['even', 'including', 'incl', 'inc']);
const FILLERS: ReadonlySet<string> = new Set(['on', 'the']);
