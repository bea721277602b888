import { sql, type SQL } from 'drizzle-orm';
import { DAY_MS } from '../../clock';
import type { Context } from '../../context';
import { ENHANCEMENTS, type Enhancement } from '../../domain/enhancements';
import { enhancementBit } from '../../domain/holdouts';
import { newcombeDifference, wilsonInterval, type Difference, type Interval } from '../../domain/intervals';
import { rowsOf } from '../../db/rows';
import { exampleResults, type ExampleResult } from './example-results';
import { createdIn, type DateRange } from './range';

/** Days from sign-up to first logged session, in these buckets (lower bound inclusive). */
export const DAYS_TO_FIRST_LOG_BUCKETS = [
  { label: '0-1', from: 0, to: 1 }, { label: '1-3', from: 1, to: 3 }, { label: '3-7', from: 3, to: 7 },
  { label: '7-14', from: 7, to: 14 }, { label: '14-30', from: 14, to: 30 }, { label: '30+', from: 30, to: null },
] as const;

const RETENTION_WINDOW_MS = 30 * DAY_MS;

export interface GroupConversion { users: number; converted: number; rate: number | null; interval: Interval | null }

export interface EnhancementResult {
  enhancement: Enhancement;
  holdoutPercent: number;
  /** Users who saw this enhancement at least once. */
  exposedUsers: number;
  /** First sessions with an exposure to it in the 14 days before (RULES §6). */
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
  daysToFirstLog: { median: number | null; mean: number | null; distribution: { bucket: string; count: number }[] };
  powerUsers: {
    count: number;
    /** Became power users at least 30 days ago. */
    eligibleForRetention: number;
    /** Of those, logged a session in the last 30 days. */
    retained: number;
    retention: number | null;
  };
  enhancements: EnhancementResult[];
  examples: ExampleResult[];
  intervalMethod: 'wilson score; difference by Newcombe hybrid score (method 10), 95%';
}

const rate = (part: number, whole: number) => (whole ? part / whole : null);
const group = (users: number, converted: number): GroupConversion => ({ users, converted, rate: rate(converted, users), interval: wilsonInterval(converted, users) });

/** analytics.metrics: one pass over the per-user milestones of users created in the range. */
export async function metrics(ctx: Context, range: DateRange): Promise<Metrics> {
  const now = ctx.clock.now();
  const retainedSince = new Date(now.getTime() - RETENTION_WINDOW_MS);
  const days = sql`extract(epoch from (first_session_at - created_at)) / 86400`;
  const columns: SQL[] = [
    sql`count(*)::int as users`,
    sql`count(first_session_at)::int as converted`,
    sql`percentile_cont(0.5) within group (order by ${days}) filter (where first_session_at is not null) as median_days`,
    sql`avg(${days}) filter (where first_session_at is not null) as mean_days`,
    ...DAYS_TO_FIRST_LOG_BUCKETS.map((b, i) => sql`count(*) filter (where ${days} >= ${b.from}${b.to === null ? sql`` : sql` and ${days} < ${b.to}`})::int as ${sql.identifier(`days_${i}`)}`),
    sql`count(fifth_session_at)::int as power_users`,
    sql`count(*) filter (where fifth_session_at <= ${retainedSince})::int as retention_eligible`,
    sql`count(*) filter (where fifth_session_at <= ${retainedSince} and last_session_at >= ${retainedSince})::int as retained`,
    ...ENHANCEMENTS.flatMap((e) => {
      const bit = enhancementBit(e);
      const held = sql`(holdout_mask & ${bit}) <> 0`;
      return [
        sql`count(${sql.identifier(`first_${e}_at`)})::int as ${sql.identifier(`${e}_exposed`)}`,
        sql`count(*) filter (where (credited_mask & ${bit}) <> 0)::int as ${sql.identifier(`${e}_credited`)}`,
        sql`count(*) filter (where first_request_at is not null and not ${held})::int as ${sql.identifier(`${e}_treated`)}`,
        sql`count(*) filter (where first_request_at is not null and not ${held} and first_session_at is not null)::int as ${sql.identifier(`${e}_treated_converted`)}`,
        sql`count(*) filter (where first_request_at is not null and ${held})::int as ${sql.identifier(`${e}_held`)}`,
        sql`count(*) filter (where first_request_at is not null and ${held} and first_session_at is not null)::int as ${sql.identifier(`${e}_held_converted`)}`,
      ];
    }),
  ];
  const [row = {}] = rowsOf<Record<string, number | string | null>>(await ctx.db.execute(sql`
    select ${sql.join(columns, sql`, `)} from user_milestones where ${createdIn(sql`created_at`, range)}`));
  const n = (key: string) => Number(row[key] ?? 0);
  const maybe = (key: string) => (row[key] === null || row[key] === undefined ? null : Number(row[key]));
  const percents = await holdoutPercents(ctx);
  return {
    range,
    users: n('users'),
    convertedUsers: n('converted'),
    conversionRate: rate(n('converted'), n('users')),
    daysToFirstLog: {
      median: maybe('median_days'),
      mean: maybe('mean_days'),
      distribution: DAYS_TO_FIRST_LOG_BUCKETS.map((b, i) => ({ bucket: b.label, count: n(`days_${i}`) })),
    },
    powerUsers: {
      count: n('power_users'),
      eligibleForRetention: n('retention_eligible'),
      retained: n('retained'),
      retention: rate(n('retained'), n('retention_eligible')),
    },
    enhancements: ENHANCEMENTS.map((e) => {
      const treatment = group(n(`${e}_treated`), n(`${e}_treated_converted`));
      const holdout = group(n(`${e}_held`), n(`${e}_held_converted`));
      return {
        enhancement: e,
        holdoutPercent: percents[e] ?? 0,
        exposedUsers: n(`${e}_exposed`),
        creditedConversions: n(`${e}_credited`),
        treatment,
        holdout,
        difference: newcombeDifference(treatment, holdout),
      };
    }),
    examples: await exampleResults(ctx, range),
    intervalMethod: 'wilson score; difference by Newcombe hybrid score (method 10), 95%',
  };
}

async function holdoutPercents(ctx: Context): Promise<Partial<Record<Enhancement, number>>> {
  const rows = rowsOf<{ enhancement: Enhancement; holdout_percent: number }>(await ctx.db.execute(sql`select enhancement, holdout_percent from experiments`));
  return Object.fromEntries(rows.map((r) => [r.enhancement, Number(r.holdout_percent)]));
}
