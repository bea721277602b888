import { sql, type SQL } from 'drizzle-orm';
import type { Context } from '../../context';
import { rowsOf } from '../../db/rows';
import { wilsonInterval, Z_95, type Interval } from '../../domain/intervals';
import { isoWeekOf } from '../../domain/iso-week';
import {
  SUCCESS_METRIC_INFO,
  SUCCESS_METRICS,
  targetStatus,
  type SuccessMetric,
  type SuccessTargets,
  type TargetStatus,
} from '../../domain/success-targets';
import type { MilestoneGroup } from './milestone-groups';

// The spec's three success metrics, each with its 95% interval, its baseline and target, and per
// sign-up week. All from maintained rows: the milestone counts, and the converted users' rows.

export interface SuccessMeasure {
  /** A rate (fraction) or, for time to first log, the median in days. */
  value: number | null;
  interval: Interval | null;
  /** The users measured: video-only users; those of them who logged; power users eligible for retention. */
  users: number;
  /** For a rate, how many of `users` converted (or stayed); null for the median. */
  count: number | null;
}

export interface SuccessMetricResult extends SuccessMeasure {
  metric: SuccessMetric;
  label: string;
  unit: 'rate' | 'days';
  better: 'higher' | 'lower';
  baseline: number;
  target: number;
  targetHigh: number | null;
  status: TargetStatus;
}

export interface SignupWeekMetrics {
  /** "2026-W48": the ISO week the users signed up in. */
  week: string;
  start: Date;
  measures: Record<SuccessMetric, SuccessMeasure>;
}

export interface SuccessMetrics {
  metrics: SuccessMetricResult[];
  /** Oldest first: the same measures for the users who signed up in each week. */
  bySignupWeek: SignupWeekMetrics[];
  definitions: Record<SuccessMetric, string>;
}

const DEFINITIONS: Record<SuccessMetric, string> = {
  videoOnlyConversion:
    'Of the users whose first activity was a video request (no session logged before it), the share who went on to log a session. Wilson interval.',
  daysToFirstLog:
    'Median days from the first video request to the first logged session, of those who did. Distribution-free interval from order statistics.',
  powerUserRetention:
    'Of the users who became power users (5+ sessions) at least 30 days ago, the share who logged a session in the last 30 days (RULES §6). Wilson interval.',
};

/** The key of the overall row among the per-week ones. */
export const ALL = 'all';

const rate = (count: number, users: number): SuccessMeasure => ({
  value: users ? count / users : null,
  interval: wilsonInterval(count, users),
  users,
  count,
});

/** Per sign-up week (its Monday, YYYY-MM-DD) and overall (ALL), from the converted users' rows. */
export interface SuccessFacts {
  /** Video-only users who logged, and the median of their days from first request to first log with its interval. */
  logs: { week: string; n: number; median: number | null; low: number | null; high: number | null }[];
  retention: { week: string; eligible: number; retained: number }[];
}

/**
 * What the measures need beyond the milestone counts, in ONE scan of the converted users' narrow
 * rows selected by `inRange`, grouped by sign-up week and overall: retention's counts, and for
 * video-only users their days from first request to first log sorted per group, the median and
 * its interval's order statistics picked by rank (domain/intervals.ts medianRanks: r = ⌊(n − z√n) / 2⌋
 * and n + 1 − r).
 */
export async function readSuccessFacts(ctx: Context, inRange: SQL, retainedSince: Date): Promise<SuccessFacts> {
  const rows = rowsOf<Record<string, number | string | null>>(
    await ctx.db.execute(sql`
    select coalesce(week::text, ${ALL}) as signup_week, logged, eligible, retained,
      case when logged > 0 then (a[(logged + 1) / 2] + a[(logged + 2) / 2]) / 2 end as median,
      case when lower_rank >= 1 then a[lower_rank] end as low,
      case when lower_rank >= 1 then a[logged + 1 - lower_rank] end as high
    from (
      select g.*, floor((logged - ${Z_95}::float8 * sqrt(logged)) / 2)::int as lower_rank from (
        select date_trunc('week', created_at at time zone 'UTC')::date as week,
          count(*) filter (where fifth_session_at <= ${retainedSince})::int as eligible,
          count(*) filter (where fifth_session_at <= ${retainedSince} and last_session_at >= ${retainedSince})::int as retained,
          count(request_to_first_log_days)::int as logged,
          array_agg(request_to_first_log_days order by request_to_first_log_days)
            filter (where request_to_first_log_days is not null) as a
        from user_conversions where ${inRange}
        group by grouping sets ((1), ())) g) g`),
  );
  const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return {
    logs: rows.map((r) => ({
      week: String(r.signup_week),
      n: Number(r.logged),
      median: num(r.median),
      low: num(r.low),
      high: num(r.high),
    })),
    retention: rows.map((r) => ({
      week: String(r.signup_week),
      eligible: Number(r.eligible),
      retained: Number(r.retained),
    })),
  };
}

/** The three measures, overall and per sign-up week, for the users `groups` (by sign-up week) and `facts` count. */
export function successMetrics(
  targets: SuccessTargets,
  groups: readonly MilestoneGroup[],
  { logs, retention }: SuccessFacts,
): SuccessMetrics {
  const logsBy = new Map(logs.map((r) => [r.week, r]));
  const retentionBy = new Map(retention.map((r) => [r.week, r]));
  const notConverted = new Map<string, number>();
  for (const g of groups)
    if (g.requested && !g.converted)
      for (const week of [ALL, g.signupWeek!]) notConverted.set(week, (notConverted.get(week) ?? 0) + g.users);

  const measures = (week: string): Record<SuccessMetric, SuccessMeasure> => {
    const log = logsBy.get(week);
    const logged = Number(log?.n ?? 0);
    const kept = retentionBy.get(week);
    const num = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v));
    const [low, high] = [num(log?.low), num(log?.high)];
    return {
      videoOnlyConversion: rate(logged, (notConverted.get(week) ?? 0) + logged),
      daysToFirstLog: {
        value: num(log?.median),
        interval: low !== null && high !== null ? { low, high } : null,
        users: logged,
        count: null,
      },
      powerUserRetention: rate(Number(kept?.retained ?? 0), Number(kept?.eligible ?? 0)),
    };
  };
  const overall = measures(ALL);
  const weeks = [...new Set(groups.map((g) => g.signupWeek!))].sort();
  return {
    metrics: SUCCESS_METRICS.map((metric) => ({
      metric,
      ...SUCCESS_METRIC_INFO[metric],
      ...overall[metric],
      baseline: targets[metric].baseline,
      target: targets[metric].target,
      targetHigh: targets[metric].targetHigh ?? null,
      status: targetStatus(metric, overall[metric].value, targets[metric]),
    })),
    bySignupWeek: weeks.map((week) => {
      const start = new Date(`${week}T00:00:00Z`);
      return { week: isoWeekOf(start).label, start, measures: measures(week) };
    }),
    definitions: DEFINITIONS,
  };
}
