// Numbers as the dashboard and chat show them. Rates are fractions (0.125) and print as percentages.

export interface IntervalLike {
  low: number;
  high: number;
}
export interface DifferenceLike extends IntervalLike {
  estimate: number;
}

const DASH = '—';

/** Rounds to `digits` decimals, never printing "-0.0". */
function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** A signed number: "+9.1", "-2.0", "0.0". */
export function signed(value: number, digits = 1): string {
  const text = fixed(value, digits);
  return Number(text) > 0 ? `+${text}` : text;
}

/** 0.1234 → "12.3%"; null (no users yet) → "—". */
export function formatPercent(rate: number | null | undefined, digits = 1): string {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? DASH : `${fixed(rate * 100, digits)}%`;
}

/** A rate's 95% interval: "[10.1%, 14.8%]". */
export function formatInterval(interval: IntervalLike | null | undefined, digits = 1): string {
  return interval ? `[${formatPercent(interval.low, digits)}, ${formatPercent(interval.high, digits)}]` : '';
}

/** A difference of rates in percentage points with its interval: "+9.1 pts [+4.7, +13.5]". */
export function formatPoints(difference: DifferenceLike | null | undefined, digits = 1): string {
  if (!difference) return DASH;
  const pts = (v: number) => signed(v * 100, digits);
  return `${pts(difference.estimate)} pts [${pts(difference.low)}, ${pts(difference.high)}]`;
}

/** Whether an interval of a difference excludes zero: the effect is distinguishable from none. */
export function isSignificant(difference: IntervalLike | null | undefined): boolean {
  return !!difference && (difference.low > 0 || difference.high < 0);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** 2.456 → "2.5 days", 1 → "1.0 day", null → "—". */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return DASH;
  const text = fixed(days, 1);
  return `${text} ${text === '1.0' ? 'day' : 'days'}`;
}

/** "12 Mar 2026, 14:05" in the given time zone (the browser's by default). */
export function formatDateTime(date: Date | string | null | undefined, timeZone?: string): string {
  if (date === null || date === undefined) return DASH;
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return DASH;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    ...(timeZone ? { timeZone } : {}),
  }).format(d);
}

/** snake_case ids as words: "power_user_showcase" → "Power user showcase", "no-gi" stays "No-gi". */
export function humanize(id: string): string {
  const words = id.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
