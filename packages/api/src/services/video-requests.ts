import { MINUTE_MS } from '../clock';
import type { ReadWriteTx } from '../db/read-write';
import { understandQuery } from '../domain/understand';
import type { UserContext } from '../trpc';
import { insertUserQuery } from './milestone-counts';
import { lockProfileQuery, requestStateQuery, type RawState } from './request-state';
import { decideAndWrite, type VideoReply } from './video-reply';

export type { VideoReply } from './video-reply';

// Claims decided on a cached state, then on the state a refused claim read back (when it did).
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
 * process, feedback, a sweep, an admin), writes nothing. If that batch also read the state back,
 * it is tried once more on it; otherwise, or after that, the request is decided under the profile
 * lock, as it is when nothing is cached.
 */
export async function requestVideos(ctx: UserContext, query: string): Promise<VideoReply> {
  const reply = await replyTo(ctx, query);
  ctx.metrics.touchpointsShown(reply);
  return reply;
}

async function replyTo(ctx: UserContext, query: string): Promise<VideoReply> {
  const reading = understandQuery(query);
  let raw = usableCachedState(ctx);
  for (let attempt = 0; raw && attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
    const state = raw;
    const outcome = await ctx
      .readWrite((tx) => decideAndWrite(ctx, tx, reading, state, ctx.clock.now()))
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
    if (attempt >= LOCKED_ATTEMPTS)
      throw new Error(`videos.request for ${ctx.userId}: the configuration kept changing under the profile lock`);
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
