import { sql, type SQL } from 'drizzle-orm';
import { DAY_MS } from '../clock';
import type { Tx } from '../db/client';
import { rowsOf } from '../db/rows';
import type { LoggedSession } from '../domain/session-insight';

export interface SessionHistory {
  previousSessions: LoggedSession[];
  requestTopicCounts: Record<string, number>;
  focusTopic: string | null;
}

const PREVIOUS_SESSIONS = 50;
const REQUEST_LOOKBACK_MS = 60 * DAY_MS;
const FOCUS_LOOKBACK_MS = 2 * DAY_MS;

/** What an insight is built from, in one statement: earlier sessions, asked-about topics, a named focus. */
export async function loadSessionHistory(
  tx: Tx,
  userId: string,
  excludeSessionId: string,
  now: Date,
): Promise<SessionHistory> {
  const result = await tx.execute(sessionHistoryQuery(userId, excludeSessionId, now));
  const [row] = rowsOf<{
    previous_sessions: { topics: string[]; trainedAt: string }[] | null;
    request_topic_counts: Record<string, number> | null;
    focus_topic: string | null;
  }>(result);
  return {
    previousSessions: (row?.previous_sessions ?? []).map((s) => ({
      topics: s.topics,
      trainedAt: new Date(s.trainedAt),
    })),
    requestTopicCounts: row?.request_topic_counts ?? {},
    focusTopic: row?.focus_topic ?? null,
  };
}

export function sessionHistoryQuery(userId: string, excludeSessionId: string, now: Date): SQL {
  return sql`
    select
      (select json_agg(json_build_object('topics', s.topics, 'trainedAt', s.trained_at) order by s.trained_at desc) from (
        select topics, trained_at from training_sessions where user_id = ${userId} and id <> ${excludeSessionId}
        order by trained_at desc limit ${sql.raw(String(PREVIOUS_SESSIONS))}) s) as previous_sessions,
      (select json_object_agg(c.topic, c.n) from (
        select t as topic, count(*)::int as n from video_requests r cross join lateral unnest(r.topics) t
        where r.user_id = ${userId} and r.created_at >= ${new Date(now.getTime() - REQUEST_LOOKBACK_MS)}
        group by t) c) as request_topic_counts,
      (select n.focus_topic from engagement_nudges n
        where n.user_id = ${userId} and n.focus_at >= ${new Date(now.getTime() - FOCUS_LOOKBACK_MS)}
        order by n.focus_at desc limit 1) as focus_topic`;
}
