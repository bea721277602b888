import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { engagementProfiles, videoEngagements, videoRequests } from '../db/schema';
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
}

const RECENT_REQUESTS = 9;
const REPEAT_WINDOW_REQUESTS = 3;
const FEEDBACK_LIMIT = 200;

export async function loadRequestState(tx: Tx, userId: string): Promise<RequestState | undefined> {
  const [row] = await tx
    .select({
      profile: engagementProfiles,
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
    })
    .from(engagementProfiles)
    .where(eq(engagementProfiles.userId, userId))
    .for('update', { of: engagementProfiles });
  if (!row) return undefined;
  return {
    profile: row.profile,
    recentTopics: row.recentTopics ?? [],
    recentVideoIds: row.recentVideoIds ?? [],
    feedback: row.feedback ?? [],
  };
}
