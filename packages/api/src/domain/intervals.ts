// 95% intervals for conversion rates and their differences. Wilson's score interval behaves at
// small counts and rates near 0 or 1, where the normal approximation fails; Newcombe's hybrid
// score method (his "method 10") combines two Wilson intervals into one for a difference.

export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface Difference extends Interval {
  estimate: number;
}

/** Treatment rate minus holdout rate, with Newcombe's 95% interval; null if either group is empty. */
export function newcombeDifference(
  treated: { converted: number; users: number },
  held: { converted: number; users: number },
): Difference | null {
  const a = wilsonInterval(treated.converted, treated.users);
  const b = wilsonInterval(held.converted, held.users);
  if (!a || !b) return null;
  const p1 = treated.converted / treated.users;
  const p2 = held.converted / held.users;
  const estimate = p1 - p2;
  return {
    estimate,
    low: estimate - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: estimate + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}

/**
 * The ranks (1-based, in ascending order) of the order statistics that bound a 95% confidence
 * interval for a median of n values, distribution-free: [x(r), x(n−r+1)] with r = ⌊(n − z√n) / 2⌋
 * (the normal approximation to the binomial ranks); null below 8 values, where it gives none.
 * analytics' SQL computes the same ranks (services/analytics/success-metrics.ts).
 */
export function medianRanks(n: number, z = Z_95): { lower: number; upper: number } | null {
  const lower = Math.floor((n - z * Math.sqrt(n)) / 2);
  return lower >= 1 ? { lower, upper: n - lower + 1 } : null;
}
