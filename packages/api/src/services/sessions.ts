import { and, eq, sql } from 'drizzle-orm';
import { engagementNudges, engagementProfiles, trainingSessions } from '../db/schema';
import { sessionInsight } from '../domain/session-insight';
import { readTopics } from '../domain/topics';
import { DAY_MS } from '../clock';
import { fieldError, type UserContext } from '../trpc';
import { loadSessionHistory } from './session-history';
import { recordSessionMilestones } from './session-milestones';
import { lockProfile } from './user-rows';

export interface SessionLogged {
  sessionId: string;
  topics: string[];
  totalSessions: number;
  isFirst: boolean;
  insight: string | null;
}

/**
 * sessions.log: store the session, bump the user's count under the profile lock, coach from history.
 * `viaChat`: the log came in as a chat message, which is the message after any pending question.
 */
export async function logSession(
  ctx: UserContext,
  text: string,
  trainedAt: Date | undefined,
  { viaChat = false } = {},
): Promise<SessionLogged> {
  const { topics, struggles } = readTopics(text);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    // A session is logged after it happened; allow a day for clocks and time zones.
    if (trainedAt && trainedAt.getTime() > now.getTime() + DAY_MS)
      throw fieldError('trainedAt', 'A session cannot be trained in the future');
    const profile = await lockProfile(tx, ctx.userId, now);
    const sessionId = ctx.newId();
    const session = { topics, trainedAt: trainedAt ?? now };
    await tx.insert(trainingSessions).values({ id: sessionId, userId: ctx.userId, text, ...session, createdAt: now });
    const [counted] = await tx
      .update(engagementProfiles)
      .set({
        sessionCount: sql`${engagementProfiles.sessionCount} + 1`,
        lastSessionAt: now,
        ...(viaChat ? { pendingForNextMessage: false } : {}),
        updatedAt: now,
      })
      .where(eq(engagementProfiles.userId, ctx.userId))
      .returning({ total: engagementProfiles.sessionCount });
    const totalSessions = counted!.total;
    // Every pending nudge asks, one way or another, for training the user just logged ("did you get
    // to watch that video?", "what will you drill?"): after a session they would arrive stale.
    await tx
      .update(engagementNudges)
      .set({ status: 'expired' })
      .where(and(eq(engagementNudges.userId, ctx.userId), eq(engagementNudges.status, 'pending')));
    await recordSessionMilestones(tx, ctx.userId, totalSessions, now);
    const history = await loadSessionHistory(tx, ctx.userId, sessionId, now);
    const insight = sessionInsight({
      now,
      session: { ...session, struggles },
      totalSessions,
      belt: profile.beltLevel,
      ...history,
    });
    return { sessionId, topics, totalSessions, isFirst: totalSessions === 1, insight };
  });
}
