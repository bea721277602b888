import { sql, type SQL } from 'drizzle-orm';
import { ENHANCEMENTS } from '../../domain/enhancements';
import { enhancementBit } from '../../domain/holdouts';
import { SHOWN_METRIC } from '../../domain/weekly-counts';

/**
 * The per-user milestones recounted from scratch out of the event tables — what user_milestones
 * joined with user_conversions must always equal (see `maintainedMilestonesQuery`). Slow by design (it scans events); used by tests and the analytics benchmark.
 */
export function recountMilestonesQuery(): SQL {
  const firstExposure = (e: string) =>
    sql`(select min(x.shown_at) from exposures x where x.user_id = u.id and x.enhancement = ${e})`;
  const credited = sql.join(
    ENHANCEMENTS.map(
      (e) => sql`case when exists (
      select 1 from exposures x where x.user_id = u.id and x.enhancement = ${e}
        and x.shown_at <= s.first_session_at and x.shown_at >= s.first_session_at - interval '14 days')
      then ${enhancementBit(e)} else 0 end`,
    ),
    sql` + `,
  );
  return sql`
    select u.id as user_id, u.created_at,
      (select min(r.created_at) from video_requests r where r.user_id = u.id) as first_request_at,
      ${sql.join(
        ENHANCEMENTS.map((e) => sql`${firstExposure(e)} as ${sql.identifier(`first_${e}_at`)}`),
        sql`, `,
      )},
      s.first_session_at,
      (select t.created_at from training_sessions t where t.user_id = u.id order by t.created_at offset 4 limit 1) as fifth_session_at,
      (select max(t.created_at) from training_sessions t where t.user_id = u.id) as last_session_at,
      (${sql.join(
        ENHANCEMENTS.map(
          (e) =>
            sql`case when exists (select 1 from exposures x where x.user_id = u.id and x.enhancement = ${e}) then ${enhancementBit(e)} else 0 end`,
        ),
        sql` + `,
      )})::int as exposed_mask,
      case when s.first_session_at is null then 0 else (${credited})::int end as credited_mask,
      (select x.example_id from exposures x where x.user_id = u.id and x.example_id is not null
        and x.shown_at <= s.first_session_at and x.shown_at >= s.first_session_at - interval '14 days'
        order by x.shown_at desc limit 1) as credited_example_id
    from users u
    cross join lateral (select min(t.created_at) as first_session_at from training_sessions t where t.user_id = u.id) s
    order by u.id`;
}

/** The maintained milestones in the recount's shape. */
export function maintainedMilestonesQuery(): SQL {
  return sql`
    select m.user_id, m.created_at, m.first_request_at,
      ${sql.join(
        ENHANCEMENTS.map((e) => sql`m.${sql.identifier(`first_${e}_at`)}`),
        sql`, `,
      )},
      m.first_session_at, c.fifth_session_at, c.last_session_at, m.exposed_mask::int as exposed_mask,
      m.credited_mask::int as credited_mask, m.credited_example_id
    from user_milestones m left join user_conversions c on c.user_id = m.user_id
    order by m.user_id`;
}

/**
 * The original spec's `conversion_funnel` view (PART 10), corrected for our schema: the same stage
 * counts computed straight from the event tables, for the users created in the range.
 */
export function specFunnelQuery(createdInRange: SQL): SQL {
  const exposedTo = (
    e: string,
  ) => sql`(select count(distinct x.user_id)::int from exposures x join users u on u.id = x.user_id
    where x.enhancement = ${e} and ${createdInRange})`;
  return sql`
    select
      (select count(*)::int from users u where ${createdInRange}) as total_users,
      (select count(distinct r.user_id)::int from video_requests r join users u on u.id = r.user_id where ${createdInRange}) as video_requesters,
      ${exposedTo('profile_questions')} as received_profile_question,
      ${exposedTo('pattern_teasers')} as received_pattern_teaser,
      ${exposedTo('power_user_showcase')} as received_power_example,
      (select count(distinct s.user_id)::int from training_sessions s join users u on u.id = s.user_id where ${createdInRange}) as logged_first_session,
      (select count(*)::int from (select s.user_id from training_sessions s join users u on u.id = s.user_id
        where ${createdInRange} group by s.user_id having count(*) >= 5) p) as power_users`;
}

/**
 * The weekly counts (domain/weekly-counts.ts) recounted from scratch out of the event tables —
 * requests, exposures and sessions only — for weeks starting in [from, to) (YYYY-MM-DD Mondays)
 * and the users `userIs` accepts: rows (week, metric, key, n) that the maintained weekly_counts
 * must add up to. Slow by design.
 */
export function recountWeeklyQuery(from: string, to: string, userIs: (column: SQL) => SQL = () => sql`true`): SQL {
  const week = (column: string) => sql.raw(`date_trunc('week', ${column} at time zone 'UTC')::date`);
  const shownMetric = sql.join(
    Object.entries(SHOWN_METRIC).map(([kind, metric]) => sql`when ${kind} then ${metric}`),
    sql` `,
  );
  return sql`
    with requests as (select * from video_requests where ${userIs(sql`user_id`)}),
    shown as (select * from exposures where ${userIs(sql`user_id`)}),
    first_sessions as (
      select user_id, min(created_at) as at from training_sessions where ${userIs(sql`user_id`)} group by user_id),
    credit as (
      select s.user_id, s.at, x.enhancement, x.example_id, x.shown_at from first_sessions s
      join shown x on x.user_id = s.user_id and x.shown_at <= s.at and x.shown_at >= s.at - interval '14 days'),
    credited_example as (
      select distinct on (user_id) user_id, example_id from credit where example_id is not null order by user_id, shown_at desc),
    counts as (
      select ${week('created_at')} as week, 'requesters'::text as metric, ''::text as key, count(distinct user_id) as n
        from requests group by 1
      union all
      select ${week('shown_at')}, case kind ${shownMetric} end, case when kind = 'example' then example_id else type end, count(*)
        from shown group by 1, 2, 3
      union all
      select ${week('shown_at')}, 'reached', enhancement, count(distinct user_id) from shown group by 1, 3
      union all
      select ${week('x.shown_at')}, 'reached_unconverted', x.enhancement, count(distinct x.user_id)
        from shown x left join first_sessions s on s.user_id = x.user_id
        where s.at is null or x.shown_at <= s.at group by 1, 3
      union all
      select ${week('shown_at')}, 'converted_after', enhancement, count(distinct user_id) from credit group by 1, 3
      union all
      select ${week('c.shown_at')}, 'converted_after_example', c.example_id, count(distinct c.user_id)
        from credit c join credited_example e on e.user_id = c.user_id and e.example_id = c.example_id group by 1, 3
      union all
      select ${week('at')}, 'first_sessions', '', count(*) from first_sessions group by 1
      union all
      select ${week('at')}, 'credited', enhancement, count(distinct user_id) from credit group by 1, 3
      union all
      select ${week('s.at')}, 'credited_example', e.example_id, count(*)
        from credited_example e join first_sessions s on s.user_id = e.user_id group by 1, 3)
    select week::text as week, metric, key, n::int as n from counts
    where week >= ${from}::date and week < ${to}::date and n <> 0
    order by 1, 2, 3`;
}

/** The maintained weekly counts in the recount's shape. */
export function maintainedWeeklyQuery(from: string, to: string): SQL {
  return sql`select week::text as week, metric, key, sum(n)::int as n from weekly_counts
    where week >= ${from}::date and week < ${to}::date group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3`;
}
