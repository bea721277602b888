import { displayName, isAttire, isTechnique, type TopicId } from '../data/canonical-topics';
import { fundamentalsFor } from '../data/fundamentals';
import { VIDEO_LIBRARY, type Belt } from '../data/videos';
import type { ReadWriteTx } from '../db/read-write';
import { attireFromHistory } from '../domain/attire-preference';
import type { Enhancement } from '../domain/enhancements';
import { holdoutsFor, maskOf } from '../domain/holdouts';
import type { injuryOf } from '../domain/injury-talk';
import { composeLeadIn } from '../domain/lead-in';
import { rankVideos, type RankedVideo } from '../domain/ranking';
import type { smallTalkOf } from '../domain/small-talk';
import type { familyOf } from '../domain/topic-families';
import { planTouchpoints } from '../domain/touchpoints';
import { videoReason } from '../domain/video-reasons';
import type { UserContext } from '../trpc';
import { knowledgeOf } from './profile-knowledge';
import { replyWriteQuery, type MilestoneChange } from './reply-writes';
import {
  FIRST_EXPOSURE_MILESTONE,
  parseRequestState,
  requestStateQuery,
  type RawState,
  type RequestState,
} from './request-state';
import { stateAfterReply } from './state-after-reply';
import { exposuresFor, touchpointReply, type TouchpointReply } from './touchpoint-reply';

// One video reply: decided from a user's state, written as one claimed statement, and the state it
// leaves cached for the user's next request — worked out from what was written (state-after-reply.ts)
// or, when that cannot be known, read back in the same batch (video-requests.ts runs it).

export interface VideoReply extends TouchpointReply {
  requestId: string;
  topics: string[];
  message: string;
  videos: { engagementId: string; videoId: string; title: string; instructor: string; url: string; reason: string }[];
}

/** What the query alone tells, worked out before any transaction so the profile lock is held briefly. */
export interface QueryReading {
  query: string;
  topics: TopicId[];
  /** A query naming only a family ("best gi chokes") is answered from that family; its topics stay []. */
  family: ReturnType<typeof familyOf>;
  queryWords: ReadonlySet<string>;
  smallTalk: ReturnType<typeof smallTalkOf>;
  injury: ReturnType<typeof injuryOf>;
}

/**
 * Decides from `raw` and writes if it is still current; `reply` is null (nothing written) if it was
 * not. `after` is the user's state once the write is done, or once refused if it was read back (a
 * refused write that was not leaves it unknown); it is cached for their next request.
 */
export async function decideAndWrite(
  ctx: UserContext,
  tx: ReadWriteTx,
  reading: QueryReading,
  raw: RawState,
  now: Date,
  { readAfter = true } = {},
): Promise<{ reply: VideoReply | null; after: RawState | undefined }> {
  const { topics, family } = reading;
  const state = parseRequestState(raw, now);
  const belt = state.profile.beltLevel as Belt | null;
  const ranked = chooseVideos(state, family ? [...family.topics, ...topics] : topics, belt, reading.queryWords);
  const requestCount = state.profile.requestCount + 1;
  const holdouts = holdoutsFor(ctx.userId, state.holdoutPercents, state.milestones.holdoutMask);
  const plan = planTouchpoints({
    now,
    requestCount,
    sessionCount: state.profile.sessionCount,
    conversionTips: state.profile.conversionTips,
    holdouts,
    profile: knowledgeOf(state.profile),
    recentTopics: [topics, ...state.recentTopics],
    lastTeaserAt: state.profile.lastTeaserAt,
    lastExampleAt: state.profile.lastExampleAt,
    lastNudgeShownAt: state.profile.lastNudgeShownAt,
    activeExamples: state.activeExamples,
    exampleViews: state.exampleViews,
    pendingNudges: state.pendingNudges,
    random: ctx.random,
  });
  const requestId = ctx.newId();
  const videos = ranked.map((r) => ({
    engagementId: ctx.newId(),
    videoId: r.video.id,
    title: r.video.title,
    instructor: r.video.instructor,
    url: r.video.url,
    reason: videoReason(r, belt),
  }));
  const focus = focusReply(state, topics);
  const exposures = exposuresFor(plan, ctx.newId);
  const milestones = milestoneChange(
    state,
    exposures.map((e) => e.enhancement),
    maskOf(holdouts),
  );
  const write = replyWriteQuery({
    userId: ctx.userId,
    now,
    requestId,
    query: reading.query,
    topics,
    videos,
    exposures,
    askedField: plan.profileQuestion,
    teaserShown: plan.teaser !== null,
    example: plan.example && { id: plan.example.id, firstView: !state.exampleViews.has(plan.example.id) },
    nudgeId: plan.nudge?.id ?? null,
    focus,
    milestones,
    userCreatedAt: new Date(state.milestones.userCreatedAt),
    decidedOn: state.versions,
  });
  // The state this write leaves, worked out here when it can be; read back in the same batch when not.
  const next = stateAfterReply(
    raw,
    {
      topics,
      videoIds: videos.map((v) => v.videoId),
      askedField: plan.profileQuestion,
      teaserShown: plan.teaser !== null,
      exampleId: plan.example?.id ?? null,
      nudgeId: plan.nudge?.id ?? null,
      focusRecorded: focus !== null,
      milestones,
    },
    now,
  );
  const [written, read] = await tx.commitWith(
    write,
    ...(!next && readAfter ? [requestStateQuery(ctx.userId, now)] : []),
  );
  const { applied, stateVersion } = (written as { applied: number; stateVersion: number | null }[])[0]!;
  const after =
    next && applied
      ? { ...next, versions: { ...next.versions, state: stateVersion! } }
      : (read as { state: RawState }[] | undefined)?.[0]?.state;
  if (after) ctx.requestStates.set(ctx.userId, after, now);
  else ctx.requestStates.forgetIf(ctx.userId, raw);
  if (!applied) return { reply: null, after };
  const leadIn = composeLeadIn({
    topics,
    belt,
    videoCount: videos.length,
    variant: requestCount,
    family: family?.label ?? null,
    titleMatched: ranked.some((r) => r.titleMatch && !r.covered.length),
    smallTalk: reading.smallTalk,
    injury: reading.injury,
  });
  const message = focus
    ? `Locked in: ${displayName(focus.topic)} is YOUR focus today. Come back after training and tell me how it went. ${leadIn}`
    : leadIn;
  return { reply: { requestId, topics, message, videos, ...touchpointReply(plan) }, after };
}

function chooseVideos(
  state: RequestState,
  topics: TopicId[],
  belt: Belt | null,
  queryWords: ReadonlySet<string>,
): RankedVideo[] {
  const feedback = latestFeedbackPerVideo(state.feedback);
  return rankVideos(VIDEO_LIBRARY, {
    topics,
    belt,
    attire: topics.find(isAttire) ?? attireFromHistory(state.recentTopics),
    helpfulInstructors: new Set(VIDEO_LIBRARY.filter((v) => feedback.get(v.id) === 'helpful').map((v) => v.instructor)),
    rejectedVideoIds: new Set([...feedback].filter(([, f]) => f === 'not_helpful').map(([id]) => id)),
    recentVideoIds: new Set(state.recentVideoIds),
    fundamentals: fundamentalsFor(belt),
    queryWords,
  });
}

/** RULES §4: a reply to the pre-training question that names a technique records the focus. */
function focusReply(state: RequestState, topics: readonly TopicId[]): { nudgeId: string; topic: string } | null {
  if (!state.openFocusNudgeId) return null;
  const topic = topics.find(isTechnique);
  return topic ? { nudgeId: state.openFocusNudgeId, topic } : null;
}

/** What this reply reaches for the first time; null (no write) for the usual repeat request. */
function milestoneChange(
  state: RequestState,
  exposed: readonly Enhancement[],
  holdoutMask: number,
): MilestoneChange | null {
  const m = state.milestones;
  const change: MilestoneChange = {
    firstRequest: m.firstRequestAt === null,
    firstExposures: [...new Set(exposed)].filter((e) => m[FIRST_EXPOSURE_MILESTONE[e]] === null),
    holdoutMask: (holdoutMask & ~m.holdoutMask) !== 0 ? holdoutMask : null,
  };
  return change.firstRequest || change.firstExposures.length || change.holdoutMask !== null ? change : null;
}

function latestFeedbackPerVideo(feedback: RequestState['feedback']): Map<string, 'helpful' | 'not_helpful'> {
  const latest = new Map<string, 'helpful' | 'not_helpful'>();
  for (const f of feedback) if (!latest.has(f.videoId)) latest.set(f.videoId, f.feedback);
  return latest;
}
