import { sql, type SQL } from 'drizzle-orm';
import { DAY_MS } from '../../clock';
import type { Context } from '../../context';
import { ENHANCEMENTS, type Enhancement } from '../../domain/enhancements';
import { enhancementBit } from '../../domain/holdouts';
import { newcombeDifference, wilsonInterval, type Difference, type Interval } from '../../domain/intervals';
import { readHoldoutPercents } from '../../db/holdout-percents';
import { rowsOf } from '../../db/rows';
import { exampleResults, type ExampleResult } from './example-results';
import { milestoneGroups, type MilestoneGroup } from './milestone-groups';
import { createdIn, type DateRange } from './range';
import { readSuccessFacts, successMetrics, type SuccessMetrics } from './success-metrics';

/** Days from sign-up to first logged session, in these buckets (lower bound inclusive). */
export const DAYS_TO_FIRST_LOG_BUCKETS = [
  { label: '0-1', from: 0, to: 1 },
  { label: '1-3', from: 1, to: 3 },
  { label: '3-7', from: 3, to: 7 },
  { label: '7-14', from: 7, to: 14 },
  { label: '14-30', from: 14, to: 30 },
  { label: '30+', from: 30, to: null },
] as const;

const RETENTION_WINDOW_MS = 30 * DAY_MS;

export interface GroupConversion {
  users: number;
  converted: number;
  rate: number | null;
  interval: Interval | null;
}

export interface EnhancementResult {
  enhancement: Enhancement;
  holdoutPercent: number;
  /** Users who saw this enhancement at least once. */
  exposedUsers: number;
  /** First sessions with an exposure to it in the 14 days before (docs/rules.md §6). */
  creditedConversions: number;
  /** Users who made a video request, split by whether they are held out of it. */
  treatment: GroupConversion;
  holdout: GroupConversion;
  /** Treatment rate minus holdout rate, 95% Newcombe interval; null while a group is empty. */
  difference: Difference | null;
}

export interface Metrics {
  range: DateRange;
  users: number;
  convertedUsers: number;
  /** Converted users ÷ users, both counted in users (unlike the spec's formula). */
  conversionRate: number | null;
  conversionInterval: Interval | null;
  daysToFirstLog: { median: number | null; mean: number | null; distribution: { bucket: string; count: number }[] };
  powerUsers: {
    count: number;
    /** Became power users at least 30 days ago. */
    eligibleForRetention: number;
    /** Of those, logged a session in the last 30 days. */
    retained: number;
    retention: number | null;
    retentionInterval: Interval | null;
  };
  enhancements: EnhancementResult[];
  examples: ExampleResult[];
  /** The spec's success metrics against its baseline and target, overall and per sign-up week. */
  successMetrics: SuccessMetrics;
  intervalMethod: 'wilson score; difference by Newcombe hybrid score (method 10), 95%';
}

const rate = (part: number, whole: number) => (whole ? part / whole : null);
const group = (users: number, converted: number): GroupConversion => ({
  users,
  converted,
  rate: rate(converted, users),
  interval: wilsonInterval(converted, users),
});

/**
 * analytics.metrics for users created in the range: every count from the milestone counts (see
 * milestone-groups.ts), time to first log and retention from the converted users' rows only.
 */
export async function metrics(ctx: Context, range: DateRange): Promise<Metrics> {
  const now = ctx.clock.now();
  const retainedSince = new Date(now.getTime() - RETENTION_WINDOW_MS);
  const inRange = createdIn(sql`created_at`, range);
  const [groups, converted, percents, examples, facts] = await Promise.all([
    milestoneGroups(ctx, range, { bySignupWeek: true }),
    conversionFacts(ctx, inRange, retainedSince),
    readHoldoutPercents(ctx.db),
    exampleResults(ctx, range),
    readSuccessFacts(ctx, inRange, retainedSince),
  ]);
  const total = (where: (g: MilestoneGroup) => boolean) => groups.filter(where).reduce((sum, g) => sum + g.users, 0);
  const users = total(() => true);
  const convertedUsers = total((g) => g.converted);
  return {
    range,
    users,
    convertedUsers,
    conversionRate: rate(convertedUsers, users),
    conversionInterval: wilsonInterval(convertedUsers, users),
    daysToFirstLog: converted.daysToFirstLog,
    powerUsers: {
      ...converted.powerUsers,
      retention: rate(converted.powerUsers.retained, converted.powerUsers.eligibleForRetention),
      retentionInterval: wilsonInterval(converted.powerUsers.retained, converted.powerUsers.eligibleForRetention),
    },
    enhancements: ENHANCEMENTS.map((e) => {
      const bit = enhancementBit(e);
      const held = (g: MilestoneGroup) => (g.holdoutMask & bit) !== 0;
      const treatment = group(
        total((g) => g.requested && !held(g)),
        total((g) => g.requested && !held(g) && g.converted),
      );
      const holdout = group(
        total((g) => g.requested && held(g)),
        total((g) => g.requested && held(g) && g.converted),
      );
      return {
        enhancement: e,
        holdoutPercent: percents[e] ?? 0,
        exposedUsers: total((g) => (g.exposedMask & bit) !== 0),
        creditedConversions: total((g) => (g.creditedMask & bit) !== 0),
        treatment,
        holdout,
        difference: newcombeDifference(treatment, holdout),
      };
    }),
    examples,
    successMetrics: successMetrics(ctx.successTargets, groups, facts),
    intervalMethod: 'wilson score; difference by Newcombe hybrid score (method 10), 95%',
  };
}

/** Time to first log and power-user retention, from the converted users' narrow rows only. */
async function conversionFacts(ctx: Context, inRange: SQL, retainedSince: Date) {
  const [row = {}] = rowsOf<Record<string, number | null>>(
    await ctx.db.execute(sql`
    select percentile_cont(0.5) within group (order by days_to_first_log) as median, avg(days_to_first_log) as mean,
      ${sql.join(
        DAYS_TO_FIRST_LOG_BUCKETS.map(
          (b, i) =>
            sql`count(*) filter (where days_to_first_log >= ${b.from}${b.to === null ? sql`` : sql` and days_to_first_log < ${b.to}`})::int as ${sql.identifier(`days_${i}`)}`,
        ),
        sql`, `,
      )},
      count(fifth_session_at)::int as power_users,
      count(*) filter (where fifth_session_at <= ${retainedSince})::int as eligible,
      count(*) filter (where fifth_session_at <= ${retainedSince} and last_session_at >= ${retainedSince})::int as retained
    from user_conversions where ${inRange}`),
  );
  const maybe = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return {
    daysToFirstLog: {
      median: maybe(row.median),
      mean: maybe(row.mean),
      distribution: DAYS_TO_FIRST_LOG_BUCKETS.map((b, i) => ({
        bucket: b.label,
        count: Number(row[`days_${i}`] ?? 0),
      })),
    },
    powerUsers: {
      count: Number(row.power_users ?? 0),
      eligibleForRetention: Number(row.eligible ?? 0),
      retained: Number(row.retained ?? 0),
    },
  };
}
