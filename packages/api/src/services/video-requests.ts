import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { isAttire } from '../data/canonical-topics';
import { fundamentalsFor } from '../data/fundamentals';
import { VIDEO_LIBRARY, type Belt } from '../data/videos';
import type { Tx } from '../db/client';
import { engagementProfiles, videoEngagements, videoRequests } from '../db/schema';
import { attireFromHistory } from '../domain/attire-preference';
import { composeLeadIn } from '../domain/lead-in';
import { rankVideos } from '../domain/ranking';
import { extractTopics } from '../domain/topics';
import { videoReason } from '../domain/video-reasons';
import type { UserContext } from '../trpc';
import { loadRequestState, type RequestState } from './request-state';
import { insertUserWithProfile } from './user-rows';

export interface VideoReply {
  requestId: string;
  topics: string[];
  message: string;
  videos: { engagementId: string; videoId: string; title: string; instructor: string; url: string; reason: string }[];
  profilePrompt: { field: string; question: string } | null;
  teaser: { type: string; content: string } | null;
  example: { id: string; type: string; content: string } | null;
  nudge: { id: string; type: string; content: string } | null;
}

/** videos.request: understand the query, choose videos, record everything in one transaction. */
export async function requestVideos(ctx: UserContext, query: string): Promise<VideoReply> {
  const topics = extractTopics(query);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const state = await lockedState(tx, ctx.userId, now);
    const belt = state.profile.beltLevel as Belt | null;
    const feedback = latestFeedbackPerVideo(state.feedback);
    const ranked = rankVideos(VIDEO_LIBRARY, {
      topics,
      belt,
      attire: topics.find(isAttire) ?? attireFromHistory(state.recentTopics),
      helpfulInstructors: new Set(VIDEO_LIBRARY.filter((v) => feedback.get(v.id) === 'helpful').map((v) => v.instructor)),
      rejectedVideoIds: new Set([...feedback].filter(([, f]) => f === 'not_helpful').map(([id]) => id)),
      recentVideoIds: new Set(state.recentVideoIds),
      fundamentals: fundamentalsFor(belt),
    });
    const requestId = randomUUID();
    const videos = ranked.map((r) => ({
      engagementId: randomUUID(),
      videoId: r.video.id,
      title: r.video.title,
      instructor: r.video.instructor,
      url: r.video.url,
      reason: videoReason(r, belt),
    }));
    await tx.insert(videoRequests).values({ id: requestId, userId: ctx.userId, query, topics, createdAt: now });
    await tx.insert(videoEngagements).values(videos.map((v, rank) => ({
      id: v.engagementId, userId: ctx.userId, requestId, videoId: v.videoId, rank, shownAt: now,
    })));
    await tx.update(engagementProfiles)
      .set({ requestCount: sql`${engagementProfiles.requestCount} + 1`, updatedAt: now })
      .where(eq(engagementProfiles.userId, ctx.userId));
    const message = composeLeadIn({ topics, belt, videoCount: videos.length, variant: state.profile.requestCount });
    return { requestId, topics, message, videos, profilePrompt: null, teaser: null, example: null, nudge: null };
  });
}

async function lockedState(tx: Tx, userId: string, now: Date): Promise<RequestState> {
  const state = await loadRequestState(tx, userId);
  if (state) return state;
  // First sight of a host-app user: create them, then read again under the lock.
  await insertUserWithProfile(tx, { id: userId, name: null }, now);
  const created = await loadRequestState(tx, userId);
  if (!created) throw new Error(`profile for ${userId} missing after insert`);
  return created;
}

function latestFeedbackPerVideo(feedback: RequestState['feedback']): Map<string, 'helpful' | 'not_helpful'> {
  const latest = new Map<string, 'helpful' | 'not_helpful'>();
  for (const f of feedback) if (!latest.has(f.videoId)) latest.set(f.videoId, f.feedback);
  return latest;
}
