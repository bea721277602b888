import { eq, sql } from 'drizzle-orm';
import { DAY_MS, WEEK_MS } from '../clock';
import type { Tx } from '../db/client';
import { engagementNudges, engagementProfiles, exposures, powerUserExamples, videoEngagements, videoRequests } from '../db/schema';
import type { NudgeType } from '../domain/enhancements';
import type { PendingNudge } from '../domain/nudge-choice';
import type { ExampleText } from '../domain/example-content';
import type { ExampleStats } from '../domain/showcase';
import type { ProfileRow } from './user-rows';

/** Everything one video request decides from, read in a single statement that also locks the profile. */
export interface RequestState {
  profile: ProfileRow;
  /** Topics of the user's previous requests, newest first (up to 9: with this one, the last 10). */
  recentTopics: string[][];
  /** Videos shown in the user's last 3 requests. */
  recentVideoIds: string[];
  /** The user's latest feedback per video, newest first. */
  feedback: { videoId: string; feedback: 'helpful' | 'not_helpful' }[];
  /** Read only when this request is a showcase turn (a multiple of 5, no sessions logged). */
  activeExamples: ActiveExample[];
  exampleViews: Map<string, number>;
  /** Read only when the weekly nudge cap is free. */
  pendingNudges: PendingNudge[];
  /** A pre-training focus question shown in the last 48 h and not yet answered. */
  openFocusNudgeId: string | null;
}

const RECENT_REQUESTS = 9;
const REPEAT_WINDOW_REQUESTS = 3;
const FEEDBACK_LIMIT = 200;
const FOCUS_REPLY_WINDOW_MS = 2 * DAY_MS;

export interface ActiveExample extends ExampleStats, ExampleText { exampleType: string }

interface RawNudge { id: string; type: NudgeType; content: string; createdAt: string }

export async function loadRequestState(tx: Tx, userId: string, now: Date): Promise<RequestState | undefined> {
  const p = engagementProfiles;
  const weekAgo = new Date(now.getTime() - WEEK_MS);
  const showcaseTurn = sql`(${p.requestCount} + 1) % 5 = 0 and ${p.sessionCount} = 0`;
  const [row] = await tx
    .select({
      profile: p,
      recentTopics: sql<string[][] | null>`(
        select json_agg(r.topics order by r.created_at desc) from (
          select ${videoRequests.topics} as topics, ${videoRequests.createdAt} as created_at from ${videoRequests}
          where ${videoRequests.userId} = ${userId} order by ${videoRequests.createdAt} desc limit ${RECENT_REQUESTS}) r)`,
      recentVideoIds: sql<string[] | null>`(
        select json_agg(e.video_id) from ${videoEngagements} e where e.request_id in (
          select ${videoRequests.id} from ${videoRequests}
          where ${videoRequests.userId} = ${userId} order by ${videoRequests.createdAt} desc limit ${REPEAT_WINDOW_REQUESTS}))`,
      feedback: sql<RequestState['feedback'] | null>`(
        select json_agg(json_build_object('videoId', f.video_id, 'feedback', f.feedback) order by f.feedback_at desc) from (
          select video_id, feedback, feedback_at from ${videoEngagements}
          where ${videoEngagements.userId} = ${userId} and ${videoEngagements.feedback} is not null
          order by ${videoEngagements.feedbackAt} desc limit ${FEEDBACK_LIMIT}) f)`,
      activeExamples: sql<ActiveExample[] | null>`case when ${showcaseTurn} then (
        select json_agg(json_build_object('id', x.id, 'effectivenessScore', x.effectiveness_score,
          'shownUsers', x.shown_users, 'conversions', x.conversions, 'exampleType', x.example_type,
          'userQuestion', x.user_question, 'profResponseSummary', x.prof_response_summary, 'outcome', x.outcome) order by x.id)
        from ${powerUserExamples} x where x.active) end`,
      exampleViews: sql<Record<string, number> | null>`case when ${showcaseTurn} then (
        select json_object_agg(v.example_id, v.n) from (
          select ${exposures.exampleId} as example_id, count(*)::int as n from ${exposures}
          where ${exposures.userId} = ${userId} and ${exposures.exampleId} is not null group by ${exposures.exampleId}) v) end`,
      pendingNudges: sql<RawNudge[] | null>`case when ${p.lastNudgeShownAt} is null or ${p.lastNudgeShownAt} <= ${weekAgo} then (
        select json_agg(json_build_object('id', n.id, 'type', n.nudge_type, 'content', n.content, 'createdAt', n.created_at))
        from ${engagementNudges} n
        where n.user_id = ${userId} and n.status = 'pending' and n.created_at >= ${weekAgo} and n.created_at <= ${now}) end`,
      openFocusNudgeId: sql<string | null>`(
        select n.id from ${engagementNudges} n
        where n.user_id = ${userId} and n.nudge_type = 'pre_training_focus' and n.status = 'shown' and n.focus_topic is null
          and n.shown_at > ${new Date(now.getTime() - FOCUS_REPLY_WINDOW_MS)}
        order by n.shown_at desc limit 1)`,
    })
    .from(p)
    .where(eq(p.userId, userId))
    .for('update', { of: p });
  if (!row) return undefined;
  return {
    profile: row.profile,
    recentTopics: row.recentTopics ?? [],
    recentVideoIds: row.recentVideoIds ?? [],
    feedback: row.feedback ?? [],
    activeExamples: row.activeExamples ?? [],
    exampleViews: new Map(Object.entries(row.exampleViews ?? {})),
    pendingNudges: (row.pendingNudges ?? []).map((n) => ({ ...n, createdAt: new Date(n.createdAt) })),
    openFocusNudgeId: row.openFocusNudgeId,
  };
}
