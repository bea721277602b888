import { sql, type SQL } from 'drizzle-orm';

// milestone_counts keys, as computed from a user_milestones row `m` (db/schema.ts explains why).
// The shard masks the hash's sign bit: abs() would overflow on the one hash equal to INT_MIN.
export const COUNT_SHARDS = 16;
/** A user's shard of the count tables (milestone_counts, weekly_counts), from their id. */
export const shardOf = (userId: SQL) => sql`(hashtext(${userId}) & 2147483647) % ${sql.raw(String(COUNT_SHARDS))}`;
const keyOf = (m: string) =>
  sql`(${sql.raw(m)}.created_at at time zone 'UTC')::date, ${shardOf(sql.raw(`${m}.user_id`))}, ${sql.raw(
    `${m}.first_request_at is not null, ${m}.first_session_at is not null, ${m}.exposed_mask, ${m}.holdout_mask, ${m}.credited_mask`,
  )}`;
const KEY_COLUMNS = sql.raw('cohort_day, shard, requested, converted, exposed_mask, holdout_mask, credited_mask');

/** Adds `delta` users to the count row of each key the `source` CTE returns (a user_milestones row); returns a row per key moved. */
function bump(name: string, source: string, delta: 1 | -1, where: SQL = sql`true`): SQL {
  return sql`${sql.raw(name)} as (insert into milestone_counts (${KEY_COLUMNS}, users)
    select ${keyOf(source)}, ${sql.raw(String(delta))} from ${sql.raw(source)} where ${where}
    on conflict on constraint milestone_counts_pk do update set users = milestone_counts.users + ${sql.raw(String(delta))} returning 1)`;
}

/**
 * CTE steps that update a user's milestones and move them between count rows in the same statement.
 * Every sub-statement of one WITH sees the rows as they were before it, so `milestones_before`
 * reads the old keys while `milestones_after` returns the new ones.
 */
export function updateMilestonesSteps(userId: string, assignments: SQL, onlyIf: SQL = sql`true`): SQL[] {
  // Only a change of keys moves the user: then the two rows differ, so no row is touched twice.
  // No row updated (onlyIf false) moves no one.
  const keys = 'first_request_at is not null, first_session_at is not null, exposed_mask, holdout_mask, credited_mask';
  const changed = sql.raw(
    `exists (select 1 from milestones_after) and (select row(${keys}) from milestones_before) is distinct from (select row(${keys}) from milestones_after)`,
  );
  return [
    sql`milestones_before as (select * from user_milestones where user_id = ${userId})`,
    sql`milestones_after as (update user_milestones set ${assignments} where user_id = ${userId} and ${onlyIf} returning *)`,
    bump('count_out', 'milestones_before', -1, changed),
    bump('count_in', 'milestones_after', 1, changed),
  ];
}

/** CTE steps that take a user out of their count row, before the user's rows are deleted. */
export function removeUserFromCountsSteps(userId: string): SQL[] {
  return [
    sql`milestones_gone as (select * from user_milestones where user_id = ${userId})`,
    bump('count_gone', 'milestones_gone', -1),
  ];
}

export function updateMilestonesQuery(userId: string, assignments: SQL): SQL {
  return sql`with ${sql.join(updateMilestonesSteps(userId, assignments), sql`, `)} select 1`;
}

/**
 * Creates a user with an empty profile and milestones, counted in its sign-up day; a no-op for a
 * user that already exists. One statement, for Drizzle transactions and the read-write runner alike.
 */
export function insertUserQuery(userId: string, name: string | null, now: Date): SQL {
  return sql`with new_user as (insert into users (id, name, created_at) values (${userId}, ${name}, ${now}) on conflict do nothing returning id),
    new_profile as (insert into engagement_profiles (user_id, updated_at) select id, ${now} from new_user),
    new_milestones as (insert into user_milestones (user_id, created_at) select id, ${now} from new_user returning *),
    ${bump('new_count', 'new_milestones', 1)}
    select 1`;
}
