// Converting between form inputs (local wall-clock strings) and Dates.

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as an `<input type="datetime-local">` value in local time: "2026-03-12T14:05". */
export function toDateTimeLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local or date value as a local Date; null when empty or not a real time. */
export function parseLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Reject roll-overs such as 2026-02-31.
  return date.getMonth() === Number(mo) - 1 && date.getDate() === Number(d) ? date : null;
}

export interface DayRange {
  from?: Date;
  to?: Date;
}

/**
 * The analytics range for two `<input type="date">` values, both days included: users signed up
 * from the start of `from` up to (not including) the start of the day after `to`.
 */
export function dayRange(from: string, to: string): DayRange {
  const start = parseLocal(from);
  const end = parseLocal(to);
  const range: DayRange = {};
  if (start) range.from = start;
  if (end) range.to = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1);
  return range;
}

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
