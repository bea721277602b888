// Days named instead of counted: "Mon, Wed and Fri" → 3, "mon-fri" → 5, "weekends only" → 2.

import type { Token } from './text';
import { DAY_SUFFIXES, WEEKDAY_JOINERS, WEEKDAY_RANGE, WEEKDAYS } from './frequency-words';

export interface WeekdayRun {
  readonly start: number;
  readonly end: number;
  /** Distinct days named in the run. */
  readonly days: number;
}

/** "Mon, Wed and Fri" → 3; "mon-fri" → 5; "weekends only" → 2. */
export function weekdayRuns(tokens: readonly Token[], skip: (i: number) => boolean): WeekdayRun[] {
  const runs: WeekdayRun[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (skip(i) || !WEEKDAYS.has(tokens[i]?.text ?? '')) continue;
    const days = new Set<number>();
    let end = i;
    let previousDay: number | null = null;
    let pendingRange = false;
    for (let k = i; k < tokens.length && !skip(k); k += 1) {
      const text = tokens[k]?.text ?? '';
      const named = WEEKDAYS.get(text);
      if (named) {
        const [firstDay] = named;
        if (pendingRange && previousDay !== null && firstDay !== undefined && firstDay > previousDay) {
          for (let d = previousDay; d <= firstDay; d += 1) days.add(d);
        }
        for (const d of named) days.add(d);
        previousDay = named[named.length - 1] ?? null;
        pendingRange = false;
        end = k + 1;
      } else if (DAY_SUFFIXES.has(text) && previousDay !== null) {
        pendingRange = false;
      } else if (WEEKDAY_JOINERS.has(text)) {
        pendingRange ||= WEEKDAY_RANGE.has(text);
      } else break;
    }
    runs.push({ start: i, end, days: days.size });
    i = end - 1;
  }
  return runs;
}
