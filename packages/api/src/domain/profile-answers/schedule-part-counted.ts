// A timetable part whose value is a count alone, read by a reading of its own ("3 at the other",
// "morning and night both days"): described, no rate stated, no days or kind of its own.
import type { PartValue } from './schedule-part-value';

export const countedPart = ({
  sessions = 0,
  perNamedDay = 0,
  onlyDays = false,
}: Partial<Pick<PartValue, 'sessions' | 'perNamedDay' | 'onlyDays'>>): PartValue => ({
  days: new Set(),
  sessions,
  perDay: false,
  described: true,
  statesRate: false,
  onlyDays,
  on: new Set(),
  namesKind: false,
  perNamedDay,
});
