import type { Database } from '@profos/api';
import { selectRows } from './tables';

/** milestone_counts as stored, and regrouped from every user's milestones: equal when the counts are exact. */
export async function milestoneCountsAndRegrouping(
  database: Database,
): Promise<{ counted: unknown[]; regrouped: unknown[] }> {
  const keys = `cohort_day::text as day, shard, requested, converted, exposed_mask, holdout_mask, credited_mask`;
  const counted = await selectRows(
    database,
    `select ${keys}, users from milestone_counts where users <> 0 order by 1, 2, 3, 4, 5, 6, 7`,
  );
  const regrouped = await selectRows(
    database,
    `select (created_at at time zone 'UTC')::date::text as day, (hashtext(user_id) & 2147483647) % 16 as shard,
      first_request_at is not null as requested, first_session_at is not null as converted, exposed_mask, holdout_mask,
      credited_mask, count(*)::int as users
    from user_milestones group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7`,
  );
  return { counted, regrouped };
}

/** The examples' maintained counters, and the same recounted from who saw and who was credited. */
export async function exampleCountersAndRecount(
  database: Database,
): Promise<{ counted: unknown[]; recounted: unknown[] }> {
  const counted = await selectRows(
    database,
    `select id, shown_users, conversions from power_user_examples order by id`,
  );
  const recounted = await selectRows(
    database,
    `select e.id,
      (select count(*)::int from example_viewers v where v.example_id = e.id) as shown_users,
      (select count(*)::int from user_milestones m where m.credited_example_id = e.id) as conversions
    from power_user_examples e order by e.id`,
  );
  return { counted, recounted };
}
