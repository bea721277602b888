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

const ALL = 'all';

const rate = (count: number, users: number): SuccessMeasure => ({
  value: users ? count / users : null,
  interval: wilsonInterval(count, users),
  users,
  count,
});

export interface SuccessFacts {
  logs: { week: string; n: number; median: number | null; low: number | null; high: number | null }[];
  retention: { week: string; eligible: number; retained: number }[];
}

/** What the measures need beyond the milestone counts, from the converted users' rows selected by `inRange`. */
export async function readSuccessFacts(ctx: Context, inRange: SQL, retainedSince: Date): Promise<SuccessFacts> {
  const [logs, retention] = await Promise.all([
    ctx.db.execute(requestToLogQuery(inRange)),
    ctx.db.execute(retentionQuery(inRange, retainedSince)),
  ]);
  return { logs: rowsOf(logs), retention: rowsOf(retention) };
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

/**
 * Per sign-up week and overall: video-only users who logged, the median of their days from first
 * request to first log, and the order statistics bounding its 95% interval (domain/intervals.ts
 * medianRanks: ranks r = ⌊(n − z√n) / 2⌋ and n − r + 1).
 */
function requestToLogQuery(inRange: SQL): SQL {
  const lower = sql`floor((n - ${Z_95}::float8 * sqrt(n)) / 2)`;
  return sql`
    with d as (
      select date_trunc('week', created_at at time zone 'UTC')::date::text as week, request_to_first_log_days as days
      from user_conversions where request_to_first_log_days is not null and ${inRange}),
    g as (select week, days from d union all select ${ALL}, days from d),
    r as (select week, days, row_number() over (partition by week order by days) as rn, count(*) over (partition by week) as n from g)
    select week, n::int as n,
      (max(days) filter (where rn = floor((n + 1) / 2.0)) + max(days) filter (where rn = ceil((n + 1) / 2.0))) / 2 as median,
      max(days) filter (where rn = ${lower}) as low,
      max(days) filter (where rn = n + 1 - ${lower}) as high
    from r group by week, n`;
}

function retentionQuery(inRange: SQL, retainedSince: Date): SQL {
  return sql`
    select coalesce(date_trunc('week', created_at at time zone 'UTC')::date::text, ${ALL}) as week,
      count(*) filter (where fifth_session_at <= ${retainedSince})::int as eligible,
      count(*) filter (where fifth_session_at <= ${retainedSince} and last_session_at >= ${retainedSince})::int as retained
    from user_conversions where fifth_session_at is not null and ${inRange}
    group by grouping sets ((date_trunc('week', created_at at time zone 'UTC')), ())`;
}
