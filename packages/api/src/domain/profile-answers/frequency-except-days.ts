// Days left out of an every-day or every-weekday rate: "every day except sunday", "every weekday but
// wednesday", and the orders where the days left out come first: "except sunday, every day", "außer
// Sonntag jeden Tag", "nichiyoubi igai mainichi", "pazar hariç her gün" (sunday excepted, every day).

import type { Token } from './text';
import type { WeekdayRun } from './weekdays';
import { EXCEPT, EXCEPT_AFTER, WORKWEEK_WORDS } from './weekday-words';
import { WORLD_SKIP_FILLERS } from './world-words';
import { everyDayEven } from './frequency-even-days';

interface DayRate {
  readonly start: number;
  readonly end: number;
  readonly countsDays: boolean;
  readonly perWeek: number;
}

/** The rate a run of days is left out of (or added to), and the days a week that leaves, or undefined. */
export function daysBesides<R extends DayRate>(
  tokens: readonly Token[],
  run: WeekdayRun,
  rates: readonly R[],
): { rate: R; perWeek: number } | undefined {
  // "every day, even sundays": the week whole, not less the day
  const even = everyDayEven(tokens, run, rates);
  if (even) return { rate: even, perWeek: 7 };
  // "every day but now it's weekends only": the days must follow the "but" closely to be left out
  const excepted = (r: R): boolean =>
    r.countsDays && r.end <= run.start && EXCEPT.has(tokens[r.end]?.text ?? '') && leftOutRight(tokens, r.end, run);
  // "every weekday but wednesday": weekdays less the weekdays named; a weekend day is no exception to them
  const weekdays = rates.find(
    (r) => excepted(r) && tokens.slice(r.start, r.end).some((t) => WORKWEEK_WORDS.has(t.text)),
  );
  if (weekdays && [...run.days].every((d) => d < WORKWEEK_DAYS))
    return { rate: weekdays, perWeek: WORKWEEK_DAYS - run.days.size };
  const everyDay = rates.find((r) => excepted(r) && r.perWeek >= 6) ?? everyDayBesides(tokens, run, rates);
  return everyDay && { rate: everyDay, perWeek: 7 - run.days.size };
}
const WORKWEEK_DAYS = 5;

/** Only fillers ("the", "on", "for", "not") between the except word at `at` and the days: "but not sundays". */
function leftOutRight(tokens: readonly Token[], at: number, run: WeekdayRun): boolean {
  for (let k = at + 1; k < run.start; k++) if (!BETWEEN.has(tokens[k]?.text ?? '')) return false;
  return run.start - at - 1 <= BETWEEN_REACH;
}
const BETWEEN_REACH = 3;
const BETWEEN: ReadonlySet<string> = new Set([
  ...['the', 'on', 'for', 'not', 'from', 'of', 'a', 'an', 'that', 'no', 'except', 'weekly'],
  ...WORLD_SKIP_FILLERS,
]);

/** The every-day rate right after a run of days said to be left out, or undefined. */
function everyDayBesides<R extends DayRate>(
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
