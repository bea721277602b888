// training_frequency: a part of a timetable counted by the month ("…, and privates 2x a month", "twice
// a month privates, otherwise wed + fri") adds its sessions a week: 12/52 of them. Only beside parts
// that say their own week (days, "2x gi"): "4 gi classes a month and 4 nogi" counts the nogi by the
// month too, and "about 4 sessions a month, basically every saturday" says the same sessions twice.

import type { Token } from './text';
import type { Part } from './schedule-parts';
import type { PartValue } from './schedule-part-value';
import { PER_MONTH } from './frequency-rates';

/** The month word at `i` names a part's period: "a month", "per month", "each month", "monthly". */
export const monthAt = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'monthly' || (MONTH.has(tokens[i]?.text ?? '') && PER.has(tokens[i - 1]?.text ?? ''));
const MONTH: ReadonlySet<string> = new Set(['month', 'mo']);
const PER: ReadonlySet<string> = new Set(['a', 'per', 'each', 'every', '/']);

/**
 * The parts' values with each monthly part's sessions made a week's, when the other parts say their
 * own week; null when there is no such part (the month then hedges the timetable).
 */
export function monthlyAsWeekly(
  split: readonly Part[],
  read: readonly (PartValue | null)[],
): (PartValue | null)[] | null {
  const monthly = split.map((p, k) => read[k] !== null && p.tokens.some((_, i) => monthAt(p.tokens, i)));
  if (!monthly.some(Boolean)) return null;
  const weekly = (v: PartValue | null, k: number): boolean =>
    monthly[k] || v === null || v.days.size > 0 || v.statesRate;
  const days = read.reduce((n, v, k) => n + (monthly[k] ? 0 : (v?.days.size ?? 0)), 0);
  const restated = read.every((v, k) => monthly[k] || v === null || v.onlyDays);
  const sameSessions = restated && read.some((v, k) => monthly[k] && Math.round(v!.sessions * PER_MONTH) === days);
  if (!read.every(weekly) || sameSessions) return null;
  return read.map((v, k) => (monthly[k] && v ? { ...v, sessions: v.sessions * PER_MONTH } : v));
}
