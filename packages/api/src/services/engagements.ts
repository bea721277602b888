import { TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import { videoEngagements } from '../db/schema';
import type { UserContext } from '../trpc';

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'No such engagement' });

/** Idempotent: the first click's time is kept. Someone else's engagement is NOT_FOUND. */
export async function recordClick(ctx: UserContext, engagementId: string) {
  const [row] = await ctx.db
    .update(videoEngagements)
    .set({ clickedAt: sql`coalesce(${videoEngagements.clickedAt}, ${ctx.clock.now()})` })
    .where(and(eq(videoEngagements.id, engagementId), eq(videoEngagements.userId, ctx.userId)))
    .returning({ clickedAt: videoEngagements.clickedAt });
  if (!row?.clickedAt) throw notFound();
  return { clickedAt: row.clickedAt };
}

/** The latest feedback wins: a user may change their mind about a video. */
export async function recordFeedback(ctx: UserContext, engagementId: string, feedback: 'helpful' | 'not_helpful') {
  const [row] = await ctx.db
    .update(videoEngagements)
    .set({ feedback, feedbackAt: ctx.clock.now() })
    .where(and(eq(videoEngagements.id, engagementId), eq(videoEngagements.userId, ctx.userId)))
    .returning({ feedbackAt: videoEngagements.feedbackAt });
  if (!row?.feedbackAt) throw notFound();
  return { feedbackAt: row.feedbackAt };
}
