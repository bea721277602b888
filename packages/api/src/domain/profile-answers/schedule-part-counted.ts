// A timetable part whose value is a count alone, read by a reading of its own ("3 at the other",
// "morning and night both days"), or days alone with their count each ("tue thu i do 2"): described, no
// rate stated, no kind of its own.
import type { PartValue } from './schedule-part-value';

export const countedPart = ({
  days = new Set(),
  on = new Set(),
  sessions = 0,
  perDay = false,
  perNamedDay = 0,
  onlyDays = false,
}: Partial<Pick<PartValue, 'days' | 'on' | 'sessions' | 'perDay' | 'perNamedDay' | 'onlyDays'>>): PartValue => ({
  days,
  sessions,
  perDay,
  described: true,
  statesRate: false,
  onlyDays,
  on,
  namesKind: false,
  perNamedDay,
});
