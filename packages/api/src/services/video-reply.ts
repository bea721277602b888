import { displayName, isTechnique, type TopicId } from '../data/canonical-topics';
import type { Belt } from '../data/videos';
import type { ReadWriteTx } from '../db/read-write';
import type { Enhancement } from '../domain/enhancements';
import { holdoutsFor, maskOf } from '../domain/holdouts';
import { weekKey } from '../domain/iso-week';
import { recommend } from '../domain/recommend';
import { planTouchpoints } from '../domain/touchpoints';
import { knownWeekMask, replyWeekBits, shownCount } from '../domain/weekly-counts';
import type { QueryUnderstanding } from '../domain/understand';
import type { UserContext } from '../trpc';
import { knowledgeOf } from './profile-knowledge';
import { replyWriteQuery, type ExposureWrite, type MilestoneChange } from './reply-writes';
import {
  FIRST_EXPOSURE_MILESTONE,
  parseRequestState,
  requestStateQuery,
  type RawState,
  type RequestState,
} from './request-state';
import { stateAfterReply } from './state-after-reply';
import { exposuresFor, touchpointReply, type TouchpointReply } from './touchpoint-reply';
import type { WeekWrite } from './weekly-writes';

// One video reply: decided from a user's state, written as one claimed statement, and the state it
// leaves cached for the user's next request — worked out from what was written (state-after-reply.ts)
// or, when that cannot be known, read back in the same batch (video-requests.ts runs it).

export interface VideoReply extends TouchpointReply {
  requestId: string;
  topics: string[];
  message: string;
  videos: { engagementId: string; videoId: string; title: string; instructor: string; url: string; reason: string }[];
}

/**
 * Decides from `raw` and writes if it is still current; `reply` is null (nothing written) if it was
 * not. `after` is the user's state once the write is done, or once refused if it was read back (a
 * refused write that was not leaves it unknown); it is cached for their next request.
 */
export async function decideAndWrite(
  ctx: UserContext,
  tx: ReadWriteTx,
  reading: QueryUnderstanding,
  raw: RawState,
  now: Date,
  { readAfter = true } = {},
): Promise<{ reply: VideoReply | null; after: RawState | undefined }> {
  // the reply, the stored request and the teasers speak of what was asked, not what ranking implies
  const topics = reading.askedTopics;
  const state = parseRequestState(raw, now);
  const requestCount = state.profile.requestCount + 1;
  const recommendation = recommend(reading, {
    belt: state.profile.beltLevel as Belt | null,
    requestCount,
    recentTopics: state.recentTopics,
    recentRequests: state.recentRequests,
    feedback: state.feedback,
  });
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
  const videos = recommendation.videos.map(({ video, reason }) => ({
    engagementId: ctx.newId(),
    videoId: video.id,
    title: video.title,
    instructor: video.instructor,
    url: video.url,
    reason,
  }));
  const focus = focusReply(state, topics);
  const exposures = exposuresFor(plan, ctx.newId);
  const milestones = milestoneChange(
    state,
    exposures.map((e) => e.enhancement),
    maskOf(holdouts),
  );
  const week = weekWrite(state, exposures, now);
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
    week,
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
      week,
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
  const { leadIn } = recommendation;
  const message = focus
    ? `Locked in: ${displayName(focus.topic)} is YOUR focus today. Come back after training and tell me how it went. ${leadIn}`
    : leadIn;
  return { reply: { requestId, topics, message, videos, ...touchpointReply(plan) }, after };
}

/** docs/rules.md §4: a reply to the pre-training question that names a technique records the focus. */
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

/**
 * What the reply adds to the weekly counts: each touchpoint shown, and the bits of its week the
 * user may not have yet (the write checks them against the row). Null for the usual repeat request.
 */
function weekWrite(state: RequestState, exposures: readonly ExposureWrite[], now: Date): WeekWrite | null {
  const week = weekKey(now);
  const bits = replyWeekBits(
    exposures.map((e) => e.enhancement),
    state.profile.sessionCount > 0,
  );
  const known = knownWeekMask(state.week, week);
  const newBits = known === null ? bits : bits & ~known;
  return newBits || exposures.length ? { week, bits: newBits, shown: exposures.map(shownCount) } : null;
}
