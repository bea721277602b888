// "every day except sunday" is read where the days are (frequency-readings.ts); this reads the other
// orders, where the days left out come first: "except sunday, every day", "außer Sonntag jeden Tag",
// "nichiyoubi igai mainichi", "pazar hariç her gün" (sunday excepted, every day).

import type { Token } from './text';
import type { WeekdayRun } from './weekdays';
import { EXCEPT, EXCEPT_AFTER } from './weekday-words';
import { WORLD_SKIP_FILLERS } from './world-words';

interface DayRate {
  readonly start: number;
  readonly end: number;
  readonly countsDays: boolean;
  readonly perWeek: number;
}

/** The every-day rate right after a run of days said to be left out, or undefined. */
export function everyDayBesides<R extends DayRate>(
  tokens: readonly Token[],
  run: WeekdayRun,
  rates: readonly R[],
): R | undefined {
  const at = (k: number): string => tokens[k]?.text ?? '';
  const fillerBefore = FILLERS.has(at(run.start - 1)) ? 1 : 0;
  const before = EXCEPT.has(at(run.start - 1 - fillerBefore));
  const fillerAfter = FILLERS.has(at(run.end)) ? 1 : 0;
  const after = EXCEPT_AFTER.has(at(run.end + fillerAfter));
  if (!before && !after) return undefined;
  const from = after ? run.end + fillerAfter + 1 : run.end;
  return rates.find((r) => r.countsDays && r.perWeek >= 6 && r.start >= from && r.start - from <= REACH);
}
// "except sunday i train every day"
const REACH = 3;
// "sauf le dimanche", "nichiyoubi wo nozoite"
const FILLERS: ReadonlySet<string> = new Set(['the', 'on', ...WORLD_SKIP_FILLERS]);
