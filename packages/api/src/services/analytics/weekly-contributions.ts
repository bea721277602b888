import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { ENHANCEMENTS, type Enhancement } from '../../domain/enhancements';
import { enhancementBit } from '../../domain/holdouts';
import { SHOWN_METRIC, WEEK_BIT_COUNTS, WEEK_BITS } from '../../domain/weekly-counts';
import { shardOf } from '../milestone-counts';

// Each user's share of weekly_counts, read from their own maintained rows — user_weeks (distinct
// users per week), exposures (showings) and user_milestones (first session and its credits) — so
// it can be taken out again exactly (a deleted user) or summed from scratch (a rebuild).

/** The ISO week (its Monday, UTC) of a timestamp column, as weekly_counts keys it. */
export const weekOf = (column: SQL) => sql`date_trunc('week', ${column} at time zone 'UTC')::date`;

const text = (value: string | null) => (value === null ? sql`null::text` : sql`${value}::text`);

/** Rows (user_id, week, metric, key, n) for the users `userIs` (a condition on a user id) accepts. */
export function weeklyContributionsQuery(userIs: (column: SQL) => SQL): SQL {
  const bits = sql.join(
    WEEK_BIT_COUNTS.map((b) => sql`(${b.metric}::text, ${text(b.key)}, ${b.bit}::int)`),
    sql`, `,
  );
  const shownMetric = sql.join(
    Object.entries(SHOWN_METRIC).map(([kind, metric]) => sql`when ${kind} then ${metric}`),
    sql` `,
  );
  const credits = sql.join(
    ENHANCEMENTS.map((e) => sql`(${e}::text, ${enhancementBit(e)}::int)`),
    sql`, `,
  );
  return sql`
    select w.user_id, w.week, b.metric, coalesce(b.key, m.credited_example_id) as key, 1 as n
    from user_weeks w join (values ${bits}) b(metric, key, bit) on w.mask & b.bit <> 0
    left join user_milestones m on b.key is null and m.user_id = w.user_id
    where ${userIs(sql`w.user_id`)} and coalesce(b.key, m.credited_example_id) is not null
    union all
    select x.user_id, ${weekOf(sql`x.shown_at`)}, case x.kind ${shownMetric} end,
      case when x.kind = 'example' then x.example_id else x.type end, 1
    from exposures x where ${userIs(sql`x.user_id`)}
    union all
    select m.user_id, ${weekOf(sql`m.first_session_at`)}, 'first_sessions', '', 1
    from user_milestones m where ${userIs(sql`m.user_id`)} and m.first_session_at is not null
    union all
    select m.user_id, ${weekOf(sql`m.first_session_at`)}, 'credited', c.key, 1
    from user_milestones m join (values ${credits}) c(key, bit) on m.credited_mask & c.bit <> 0
    where ${userIs(sql`m.user_id`)}
    union all
    select m.user_id, ${weekOf(sql`m.first_session_at`)}, 'credited_example', m.credited_example_id, 1
    from user_milestones m where ${userIs(sql`m.user_id`)} and m.credited_example_id is not null`;
}

/**
 * Adds `sign` × the users' contributions to weekly_counts: rows in key order, as every writer locks
 * them, after the CTEs named in `after` (ones with RETURNING that update other count rows).
 */
function applyContributionsQuery(userIs: (column: SQL) => SQL, sign: 1 | -1, after: readonly string[] = []): SQL {
  const lockedFirst = after.map((name) => sql` and (select count(*) from ${sql.identifier(name)}) >= 0`);
  return sql`insert into weekly_counts (week, shard, metric, key, n)
    select c.week, ${shardOf(sql`c.user_id`)}, c.metric, c.key, ${sql.raw(String(sign))} * sum(c.n)
    from (${weeklyContributionsQuery(userIs)}) c where true${sql.join(lockedFirst, sql``)}
    group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict on constraint weekly_counts_pk do update set n = weekly_counts.n + excluded.n`;
}

/**
 * Takes one user's contribution out of the weekly counts: what a deletion of the user and their
 * rows runs first, in the same transaction, after any other count updates (weekly counts are the
 * last shared rows every writer updates). Their user_weeks rows go with the user (ON DELETE CASCADE).
 */
export async function subtractUserWeeklyCounts(tx: Db | Tx, userId: string): Promise<void> {
  await tx.execute(applyContributionsQuery((column) => sql`${column} = ${userId}`, -1));
}

/**
 * The same as one CTE step (`weekly_out`), for a deletion written as a single statement whose main
 * query deletes the user: every CTE reads the rows as they were before it. `after` names the
 * statement's CTEs (with RETURNING) that update other count rows, so weekly rows lock last.
 */
export function subtractUserWeeklyCountsStep(userId: string, after: readonly string[] = []): SQL {
  return sql`weekly_out as (${applyContributionsQuery((column) => sql`${column} = ${userId}`, -1, after)})`;
}

/**
 * Fills user_weeks for the users `userIs` accepts from their events and maintained milestones — the
 * bits the service would have set — for a bulk load (db:synth) or a backfill.
 */
export function rebuildUserWeeksQuery(userIs: (column: SQL) => SQL): SQL {
  const bitOf = (bit: (e: Enhancement) => number) =>
    sql`case x.enhancement ${sql.join(
      ENHANCEMENTS.map((e) => sql`when ${e} then ${bit(e)}::int`),
      sql` `,
    )} end`;
  return sql`insert into user_weeks (user_id, week, mask)
    select user_id, week, bit_or(bits)::int from (
      select r.user_id, ${weekOf(sql`r.created_at`)} as week, ${WEEK_BITS.requested}::int as bits
      from video_requests r where ${userIs(sql`r.user_id`)}
      union all
      select x.user_id, ${weekOf(sql`x.shown_at`)}, ${bitOf(WEEK_BITS.reached)}
        | case when m.first_session_at is null or x.shown_at <= m.first_session_at then ${bitOf(WEEK_BITS.reachedUnconverted)} else 0 end
        | case when x.shown_at <= m.first_session_at and x.shown_at >= m.first_session_at - interval '14 days'
            then ${bitOf(WEEK_BITS.convertedAfter)}
              | case when x.example_id = m.credited_example_id then ${WEEK_BITS.convertedAfterExample}::int else 0 end
            else 0 end
      from exposures x join user_milestones m on m.user_id = x.user_id where ${userIs(sql`x.user_id`)}
    ) b group by user_id, week
    on conflict on constraint user_weeks_pk do update set mask = user_weeks.mask | excluded.mask`;
}

/** Adds the users' contributions to weekly_counts, from their rows (user_weeks filled first). */
export function addWeeklyContributionsQuery(userIs: (column: SQL) => SQL): SQL {
  return applyContributionsQuery(userIs, 1);
}
