import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { DAY_MS } from '../clock';
import type { Tx } from '../db/client';
import { exposures, powerUserExamples, userConversions, userMilestones } from '../db/schema';
import { ATTRIBUTION_WINDOW_MS, creditConversion } from '../domain/attribution';
import type { Enhancement } from '../domain/enhancements';
import { updateMilestonesQuery } from './milestone-counts';

export const POWER_USER_SESSIONS = 5;

/**
 * Keeps the user's session milestones in step with the session just logged; on the first one
 * (the conversion) credits the exposures of the 14 days before it and the last example shown.
 */
export async function recordSessionMilestones(tx: Tx, userId: string, totalSessions: number, now: Date): Promise<void> {
  if (totalSessions === 1) {
    const credit = await creditFor(tx, userId, now);
    await tx.execute(
      updateMilestonesQuery(
        userId,
        sql`first_session_at = ${now}, credited_mask = ${credit.mask}, credited_example_id = ${credit.exampleId}`,
      ),
    );
    const [milestone] = await tx
      .select({ createdAt: userMilestones.createdAt })
      .from(userMilestones)
      .where(eq(userMilestones.userId, userId));
    const createdAt = milestone!.createdAt;
    await tx.insert(userConversions).values({
      userId,
      createdAt,
      firstSessionAt: now,
      daysToFirstLog: (now.getTime() - createdAt.getTime()) / DAY_MS,
      lastSessionAt: now,
    });
    if (credit.exampleId) await creditExample(tx, credit.exampleId);
    return;
  }
  await tx
    .update(userConversions)
    .set({ lastSessionAt: now, ...(totalSessions === POWER_USER_SESSIONS ? { fifthSessionAt: now } : {}) })
    .where(eq(userConversions.userId, userId));
}

/** Last touch among examples: the measured conversion Thompson sampling learns from. */
async function creditExample(tx: Tx, exampleId: string): Promise<void> {
  await tx
    .update(powerUserExamples)
    .set({ conversions: sql`${powerUserExamples.conversions} + 1` })
    .where(eq(powerUserExamples.id, exampleId));
}

async function creditFor(tx: Tx, userId: string, now: Date) {
  const shown = await tx
    .select({ enhancement: exposures.enhancement, exampleId: exposures.exampleId, shownAt: exposures.shownAt })
    .from(exposures)
    .where(and(eq(exposures.userId, userId), gte(exposures.shownAt, new Date(now.getTime() - ATTRIBUTION_WINDOW_MS))))
    .orderBy(desc(exposures.shownAt));
  return creditConversion(
    shown.map((e) => ({ ...e, enhancement: e.enhancement as Enhancement })),
    now,
  );
}
