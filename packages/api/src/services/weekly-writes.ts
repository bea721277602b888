import { sql, type SQL } from 'drizzle-orm';
import { WEEK_BIT_COUNTS, type WeeklyCount } from '../domain/weekly-counts';
import { shardOf } from './milestone-counts';

// How the weekly counts (weekly_counts, domain/weekly-counts.ts) move with the events they count.
// Every bump of a transaction is ONE insert with its rows in key order, and it comes after the
// transaction's other shared count rows (milestone_counts, the example's counters): every writer
// locks count rows in the same order, so concurrent writers never wait on each other in a cycle.

/** What a video reply adds to its week. */
export interface WeekWrite {
  /** The Monday (UTC) of the reply's ISO week, as YYYY-MM-DD. */
  week: string;
  /** user_weeks bits the reply sets that the user may not have this week yet: each one counts its user once. */
  bits: number;
  /** One per touchpoint shown. */
  shown: readonly WeeklyCount[];
}

interface Bump extends WeeklyCount {
  week: string;
  n: number;
  /** Counted only if the statement set this user_weeks bit for the first time this week (0: always). */
  bit: number;
}

/**
 * CTE steps for a video reply, in the reply's claimed write: set the user's bits for the week and
 * count, once per user, each bit that was not set yet — whatever the state the reply was decided
 * on believed — plus every touchpoint shown. `claimed` gates every write; `after` names CTEs
 * (with RETURNING) that update other shared count rows: this step reads them first, so it locks last.
 */
export function weekWriteSteps(userId: string, w: WeekWrite, claimed: SQL, after: readonly string[]): SQL[] {
  const steps: SQL[] = [];
  const bumps: Bump[] = w.shown.map((c) => ({ ...c, week: w.week, n: 1, bit: 0 }));
  let newBits = sql`0`;
  if (w.bits) {
    steps.push(
      sql`week_before as (select mask from user_weeks where user_id = ${userId} and week = ${w.week}::date)`,
      sql`week_after as (insert into user_weeks (user_id, week, mask) select ${userId}::text, ${w.week}::date, ${w.bits}::int where ${claimed}
        on conflict on constraint user_weeks_pk do update set mask = user_weeks.mask | excluded.mask
        where user_weeks.mask | excluded.mask <> user_weeks.mask returning mask)`,
    );
    newBits = sql`(coalesce((select mask from week_after), 0) & ~coalesce((select mask from week_before), 0))`;
    for (const { bit, metric, key } of WEEK_BIT_COUNTS)
      if (w.bits & bit && key !== null) bumps.push({ metric, key, week: w.week, n: 1, bit });
  }
  if (!bumps.length) return steps;
  const lockedFirst = after.map((name) => sql`(select count(*) from ${sql.identifier(name)}) >= 0`);
  steps.push(
    sql`weekly as (${countsInsert(userId, bumps, sql.join([claimed, ...lockedFirst, sql`(v.bit = 0 or (${newBits} & v.bit) <> 0)`], sql` and `))})`,
  );
  return steps;
}

/** The counts a first session adds (see firstSessionCounts), as one statement; none if `counts` is empty. */
export function firstSessionWeekQueries(
  userId: string,
  sessionWeek: string,
  counts: readonly WeeklyCount[],
  weekBits: ReadonlyMap<string, number>,
  creditedExampleId: string | null,
): SQL[] {
  const bumps: Bump[] = counts.map((c) => ({ ...c, week: sessionWeek, n: 1, bit: 0 }));
  for (const [week, bits] of weekBits)
    for (const { bit, metric, key } of WEEK_BIT_COUNTS)
      if (bits & bit && (key ?? creditedExampleId) !== null)
        bumps.push({ metric, key: key ?? creditedExampleId!, week, n: 1, bit: 0 });
  const queries: SQL[] = [];
  if (weekBits.size)
    queries.push(
      sql`insert into user_weeks (user_id, week, mask) values ${sql.join(
        [...weekBits].map(([week, bits]) => sql`(${userId}, ${week}::date, ${bits}::int)`),
        sql`, `,
      )} on conflict on constraint user_weeks_pk do update set mask = user_weeks.mask | excluded.mask`,
    );
  if (bumps.length) queries.push(countsInsert(userId, bumps, sql`true`));
  return queries;
}

/** Adds each bump's n to its count row (a key given twice is added up first), rows locked in key order. */
function countsInsert(userId: string, bumps: readonly Bump[], where: SQL): SQL {
  const rows = bumps.map((b) => sql`(${b.week}::date, ${b.metric}::text, ${b.key}::text, ${b.bit}::int, ${b.n}::int)`);
  return sql`insert into weekly_counts (week, shard, metric, key, n)
    select v.week, ${shardOf(sql`${userId}::text`)}, v.metric, v.key, sum(v.n) from (values ${sql.join(rows, sql`, `)}) v(week, metric, key, bit, n)
    where ${where} group by v.week, v.metric, v.key order by v.week, v.metric, v.key
    on conflict on constraint weekly_counts_pk do update set n = weekly_counts.n + excluded.n`;
}
