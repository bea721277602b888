import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { engagementProfiles, trainingSessions } from '../db/schema';
import { extractTopics } from '../domain/topics';
import type { UserContext } from '../trpc';
import { lockProfile } from './user-rows';

export interface SessionLogged {
  sessionId: string;
  topics: string[];
  totalSessions: number;
  isFirst: boolean;
  insight: string | null;
}

/** sessions.log: store the session and bump the user's count under the profile lock. */
export async function logSession(ctx: UserContext, text: string, trainedAt: Date | undefined): Promise<SessionLogged> {
  const topics = extractTopics(text);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await lockProfile(tx, ctx.userId, now);
    const sessionId = randomUUID();
    await tx.insert(trainingSessions).values({ id: sessionId, userId: ctx.userId, text, topics, trainedAt: trainedAt ?? now, createdAt: now });
    const [counted] = await tx.update(engagementProfiles)
      .set({ sessionCount: sql`${engagementProfiles.sessionCount} + 1`, updatedAt: now })
      .where(eq(engagementProfiles.userId, ctx.userId))
      .returning({ total: engagementProfiles.sessionCount });
    const totalSessions = counted!.total;
    return { sessionId, topics, totalSessions, isFirst: totalSessions === 1, insight: null };
  });
}
