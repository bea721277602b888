import { sql } from 'drizzle-orm';
import { utcDay, WEEK_MS } from '../clock';
import { discoveryV1Content, discoveryV2Content } from '../domain/nudge-content';
import { sweepInBatches } from './batches';
import { rowsOf } from '../db/rows';
import { SWEEP_BATCH_SIZE, type SweepDeps, type SweepResult } from './sweep-types';

// docs/rules.md §4: v2 when the user has asked about at least this many distinct topics.
const V2_DISTINCT_TOPICS = 3;

/**
 * docs/rules.md §4 `discover_session_logging_v1|v2`: users with no logged session, a video request in the
 * last week, and no discovery nudge in the last week.
 */
export function sweepDiscoveryNudges({ db, clock, newId }: SweepDeps): Promise<SweepResult> {
  const now = clock.now();
  const weekAgo = new Date(now.getTime() - WEEK_MS);
  return sweepInBatches<{ user_id: string; distinct_topics: number }, string>({ db, newId }, now, {
    nextBatch: async (cursor) =>
      rowsOf(
        await db.execute(sql`
      select p.user_id, (
        select count(distinct t)::int from video_requests r cross join lateral unnest(r.topics) t
        where r.user_id = p.user_id and t not in ('gi', 'no-gi')) as distinct_topics
      from engagement_profiles p
      where p.session_count = 0 and p.last_request_day >= ${utcDay(weekAgo)}::date and p.last_request_at >= ${weekAgo} and p.conversion_tips
        ${cursor ? sql`and p.user_id > ${cursor}` : sql``}
        and not exists (
          select 1 from engagement_nudges n
          where n.user_id = p.user_id and n.nudge_type in ('discover_session_logging_v1', 'discover_session_logging_v2')
            and n.created_at > ${weekAgo})
      order by p.user_id
      limit ${SWEEP_BATCH_SIZE}`),
      ),
    cursorOf: (user) => user.user_id,
    nudgesFor: (batch) =>
      batch.map((user) => {
        const v2 = user.distinct_topics >= V2_DISTINCT_TOPICS;
        return {
          userId: user.user_id,
          type: v2 ? 'discover_session_logging_v2' : 'discover_session_logging_v1',
          sourceKey: `discover_session_logging:${user.user_id}:${utcDay(now)}`,
          content: v2 ? discoveryV2Content(user.distinct_topics) : discoveryV1Content(),
        };
      }),
  });
}
