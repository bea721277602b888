import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { exposures, powerUserExamples, userMilestones } from '../db/schema';
import { ATTRIBUTION_WINDOW_MS, creditConversion } from '../domain/attribution';
import type { Enhancement } from '../domain/enhancements';

export const POWER_USER_SESSIONS = 5;

/**
 * Keeps the user's session milestones in step with the session just logged; on the first one
 * (the conversion) credits the exposures of the 14 days before it and the last example shown.
 */
export async function recordSessionMilestones(tx: Tx, userId: string, totalSessions: number, now: Date): Promise<void> {
  const credit = totalSessions === 1 ? await creditFor(tx, userId, now) : null;
  await tx.update(userMilestones)
    .set({
      firstSessionAt: sql`coalesce(${userMilestones.firstSessionAt}, ${now})`,
      lastSessionAt: now,
      ...(totalSessions === POWER_USER_SESSIONS ? { fifthSessionAt: now } : {}),
      ...(credit ? { creditedMask: credit.mask, creditedExampleId: credit.exampleId } : {}),
    })
    .where(eq(userMilestones.userId, userId));
  if (credit?.exampleId) {
    await tx.update(powerUserExamples)
      .set({ conversions: sql`${powerUserExamples.conversions} + 1` })
      .where(eq(powerUserExamples.id, credit.exampleId));
  }
}

async function creditFor(tx: Tx, userId: string, now: Date) {
  const shown = await tx.select({ enhancement: exposures.enhancement, exampleId: exposures.exampleId, shownAt: exposures.shownAt })
    .from(exposures)
    .where(and(eq(exposures.userId, userId), gte(exposures.shownAt, new Date(now.getTime() - ATTRIBUTION_WINDOW_MS))))
    .orderBy(desc(exposures.shownAt));
  return creditConversion(shown.map((e) => ({ ...e, enhancement: e.enhancement as Enhancement })), now);
}
