import { displayName, isAttire, isTechnique, type TopicId } from '../data/canonical-topics';
import { fundamentalsFor } from '../data/fundamentals';
import { VIDEO_LIBRARY, type Belt } from '../data/videos';
import { MINUTE_MS } from '../clock';
import type { ReadWriteTx } from '../db/read-write';
import { attireFromHistory } from '../domain/attire-preference';
import type { Enhancement } from '../domain/enhancements';
import { holdoutsFor, maskOf } from '../domain/holdouts';
import { composeLeadIn } from '../domain/lead-in';
import { injuryOf } from '../domain/injury-talk';
import { smallTalkOf } from '../domain/small-talk';
import { distinctiveWords } from '../domain/title-words';
import { familyOf } from '../domain/topic-families';
import { rankVideos, type RankedVideo } from '../domain/ranking';
import { planTouchpoints } from '../domain/touchpoints';
import { extractTopics } from '../domain/topics';
import { videoReason } from '../domain/video-reasons';
import type { UserContext } from '../trpc';
import { knowledgeOf } from './profile-knowledge';
import { replyWriteQuery, type MilestoneChange } from './reply-writes';
import { lockProfileQuery, parseRequestState, requestStateQuery, type RawState, type RequestState } from './request-state';
import { exposuresFor, touchpointReply, type TouchpointReply } from './touchpoint-reply';
import { insertUserQuery } from './milestone-counts';

export interface VideoReply extends TouchpointReply {
  requestId: string;
  topics: string[];
  message: string;
  videos: { engagementId: string; videoId: string; title: string; instructor: string; url: string; reason: string }[];
}

/** What the query alone tells, worked out before any transaction so the profile lock is held briefly. */
interface QueryReading {
  query: string;
  topics: TopicId[];
  /** A query naming only a family ("best gi chokes") is answered from that family; its topics stay []. */
  family: ReturnType<typeof familyOf>;
  queryWords: ReadonlySet<string>;
  smallTalk: ReturnType<typeof smallTalkOf>;
  injury: ReturnType<typeof injuryOf>;
}

// Claims decided on a cached state, then on the state a refused claim handed back.
const OPTIMISTIC_ATTEMPTS = 2;
// Under the profile lock only a holdout or example-library change between the read and the write
// can refuse a claim; it is decided again rather than failed.
const LOCKED_ATTEMPTS = 3;
// Thompson sampling draws from the examples' measured conversion, which other users' activity moves
// without touching this user's version: a showcase turn decides from counts at most this old.
const EXAMPLE_STATS_MAX_AGE_MS = 10 * MINUTE_MS;

/**
 * videos.request: understand the query, choose videos and touchpoints, record it all in one
 * transaction. With the user's state cached from their last request, that is ONE round trip: the
 * write is claimed against the state's versions and, if anything changed meanwhile (another
 * process, feedback, a sweep, an admin), writes nothing and hands back the state as it now is.
 * One more try on that; after that (only under one user's own concurrent requests), the request
 * is decided under the profile lock, as it is when nothing is cached.
 */
export async function requestVideos(ctx: UserContext, query: string): Promise<VideoReply> {
  const topics = extractTopics(query);
  const reading: QueryReading = {
    query,
    topics,
    family: topics.some((t) => !isAttire(t)) ? null : familyOf(query),
    queryWords: distinctiveWords(query),
    smallTalk: smallTalkOf(query),
    injury: injuryOf(query),
  };
  let raw = usableCachedState(ctx);
  for (let attempt = 0; raw && attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
    const state = raw;
    const outcome = await ctx.readWrite((tx) => decideAndWrite(ctx, tx, reading, state, ctx.clock.now()))
      .catch((error: unknown) => {
        // Whether the batch committed is unknown after a failure: never retry it, never trust the entry again.
        ctx.requestStates.forget(ctx.userId);
        throw error;
      });
    if (outcome.reply) return outcome.reply;
    raw = outcome.after;
  }
  for (let attempt = 1; ; attempt++) {
    const { reply } = await ctx.readWrite(async (tx) => {
      const now = ctx.clock.now();
      const locked = await lockedState(tx, ctx.userId, now);
      return decideAndWrite(ctx, tx, reading, locked.state, now, { readAfter: !locked.created });
    });
    if (reply) return reply;
    if (attempt >= LOCKED_ATTEMPTS) throw new Error(`videos.request for ${ctx.userId}: the configuration kept changing under the profile lock`);
  }
}

/** The user's cached state, unless this is a showcase turn and the examples' counts in it are stale. */
function usableCachedState(ctx: UserContext): RawState | undefined {
  const now = ctx.clock.now();
  const cached = ctx.requestStates.get(ctx.userId, now);
  if (!cached) return undefined;
  // The read includes the examples only when the next request is a showcase turn.
  if (cached.raw.activeExamples && now.getTime() - cached.readAt > EXAMPLE_STATS_MAX_AGE_MS) return undefined;
  return cached.raw;
}

/**
 * Decides from `raw` and writes if it is still current; `reply` is null (nothing written) if it was
 * not. `after` is the user's state once the write is done or refused, read in the same round trip
 * and cached for their next request.
 */
async function decideAndWrite(ctx: UserContext, tx: ReadWriteTx, reading: QueryReading, raw: RawState, now: Date,
  { readAfter = true } = {}): Promise<{ reply: VideoReply | null; after: RawState | undefined }> {
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
    milestones: milestoneChange(state, exposures.map((e) => e.enhancement), maskOf(holdouts)),
    userCreatedAt: new Date(state.milestones.userCreatedAt),
    decidedOn: state.versions,
  });
  const [written, read] = await tx.commitWith(write, ...(readAfter ? [requestStateQuery(ctx.userId, now)] : []));
  const after = (read as { state: RawState }[] | undefined)?.[0]?.state;
  if (after) ctx.requestStates.set(ctx.userId, after, now);
  else ctx.requestStates.forget(ctx.userId);
  if (!(written as { applied: number }[])[0]?.applied) return { reply: null, after };
  const leadIn = composeLeadIn({
    topics, belt, videoCount: videos.length, variant: requestCount, family: family?.label ?? null,
    titleMatched: ranked.some((r) => r.titleMatch && !r.covered.length),
    smallTalk: reading.smallTalk,
    injury: reading.injury,
  });
  const message = focus ? `Locked in: ${displayName(focus.topic)} is YOUR focus today. Come back after training and tell me how it went. ${leadIn}` : leadIn;
  return { reply: { requestId, topics, message, videos, ...touchpointReply(plan) }, after };
}

function chooseVideos(state: RequestState, topics: TopicId[], belt: Belt | null, queryWords: ReadonlySet<string>): RankedVideo[] {
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
function milestoneChange(state: RequestState, exposed: readonly Enhancement[], holdoutMask: number): MilestoneChange | null {
  const m = state.milestones;
  const firstSeen: Record<Enhancement, string | null> = {
    profile_questions: m.firstProfileQuestionsAt,
    pattern_teasers: m.firstPatternTeasersAt,
    power_user_showcase: m.firstPowerUserShowcaseAt,
    enhanced_nudges: m.firstEnhancedNudgesAt,
    video_follow_ups: m.firstVideoFollowUpsAt,
  };
  const change: MilestoneChange = {
    firstRequest: m.firstRequestAt === null,
    firstExposures: [...new Set(exposed)].filter((e) => firstSeen[e] === null),
    holdoutMask: (holdoutMask & ~m.holdoutMask) !== 0 ? holdoutMask : null,
  };
  return change.firstRequest || change.firstExposures.length || change.holdoutMask !== null ? change : null;
}

/** The state under the profile lock; `created` when this request is the first sight of a host-app user. */
async function lockedState(tx: ReadWriteTx, userId: string, now: Date): Promise<{ state: RawState; created: boolean }> {
  const [found] = await tx.read<{ state: RawState }>(lockProfileQuery(userId), requestStateQuery(userId, now));
  if (found) return { state: found.state, created: false };
  // First sight of a host-app user: create them, then read again under the lock.
  await tx.exec(insertUserQuery(userId, null, now));
  const [created] = await tx.read<{ state: RawState }>(lockProfileQuery(userId), requestStateQuery(userId, now));
  if (!created) throw new Error(`profile for ${userId} missing after insert`);
  return { state: created.state, created: true };
}

function latestFeedbackPerVideo(feedback: RequestState['feedback']): Map<string, 'helpful' | 'not_helpful'> {
  const latest = new Map<string, 'helpful' | 'not_helpful'>();
  for (const f of feedback) if (!latest.has(f.videoId)) latest.set(f.videoId, f.feedback);
  return latest;
}

