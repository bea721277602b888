// The spec's "CRITICAL SUCCESS METRICS": where each stood before Prof. OS's enhancements and where
// they should get to. Configurable per deployment (PROFOS_SUCCESS_TARGETS); these are the spec's.

export const SUCCESS_METRICS = ['videoOnlyConversion', 'daysToFirstLog', 'powerUserRetention'] as const;
export type SuccessMetric = (typeof SUCCESS_METRICS)[number];

export interface SuccessTarget {
  baseline: number;
  /** The target; with `targetHigh`, the low end of a target range ("40–50%"). */
  target: number;
  targetHigh?: number;
}
export type SuccessTargets = Record<SuccessMetric, SuccessTarget>;

/** Rates are fractions; time to first log is in days, where lower is better. */
export const SUCCESS_METRIC_INFO: Record<
  SuccessMetric,
  { label: string; unit: 'rate' | 'days'; better: 'higher' | 'lower' }
> = {
  videoOnlyConversion: { label: 'Video-only user conversion', unit: 'rate', better: 'higher' },
  daysToFirstLog: { label: 'Median days to first session log', unit: 'days', better: 'lower' },
  powerUserRetention: { label: 'Power-user retention', unit: 'rate', better: 'higher' },
};

export const SPEC_SUCCESS_TARGETS: SuccessTargets = {
  videoOnlyConversion: { baseline: 0.15, target: 0.4, targetHigh: 0.5 },
  daysToFirstLog: { baseline: 14, target: 7 },
  powerUserRetention: { baseline: 0.6, target: 0.85 },
};

/**
 * Where a measured value stands: the target reached, better than the baseline but short of the
 * target, or no better than the baseline. Judged on the estimate; its interval says how sure.
 */
export type TargetStatus = 'no_data' | 'target_met' | 'above_baseline' | 'not_above_baseline';

export function targetStatus(metric: SuccessMetric, value: number | null, target: SuccessTarget): TargetStatus {
  if (value === null) return 'no_data';
  const sign = SUCCESS_METRIC_INFO[metric].better === 'higher' ? 1 : -1;
  if (sign * (value - target.target) >= 0) return 'target_met';
  return sign * (value - target.baseline) > 0 ? 'above_baseline' : 'not_above_baseline';
}
