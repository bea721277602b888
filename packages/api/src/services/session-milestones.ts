import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { DAY_MS } from '../clock';
import type { Tx } from '../db/client';
import { exposures, powerUserExamples, userConversions, userMilestones } from '../db/schema';
import { ATTRIBUTION_WINDOW_MS, creditConversion, inAttributionWindow } from '../domain/attribution';
import type { Enhancement } from '../domain/enhancements';
import { weekKey } from '../domain/iso-week';
import { firstSessionCounts } from '../domain/weekly-counts';
import { updateMilestonesQuery } from './milestone-counts';
import { firstSessionWeekQueries } from './weekly-writes';

export const POWER_USER_SESSIONS = 5;

/**
 * Keeps the user's session milestones in step with the session just logged; on the first one
 * (the conversion) credits the exposures of the 14 days before it and the last example shown, and
 * counts it in the weekly counts.
 */
export async function recordSessionMilestones(tx: Tx, userId: string, totalSessions: number, now: Date): Promise<void> {
  if (totalSessions === 1) {
    const shown = await recentExposures(tx, userId, now);
    const credit = creditConversion(shown, now);
    await tx.execute(
      updateMilestonesQuery(
        userId,
        sql`first_session_at = ${now}, credited_mask = ${credit.mask}, credited_example_id = ${credit.exampleId}`,
      ),
    );
    const [milestone] = await tx
      .select({ createdAt: userMilestones.createdAt, firstRequestAt: userMilestones.firstRequestAt })
      .from(userMilestones)
      .where(eq(userMilestones.userId, userId));
    const { createdAt, firstRequestAt } = milestone!;
    // The spec's video-only users: the first video request came before (or with) the first session.
    const videoFirst = firstRequestAt !== null && firstRequestAt <= now;
    await tx.insert(userConversions).values({
      userId,
      createdAt,
      firstSessionAt: now,
      daysToFirstLog: (now.getTime() - createdAt.getTime()) / DAY_MS,
      lastSessionAt: now,
      requestToFirstLogDays: videoFirst ? (now.getTime() - firstRequestAt.getTime()) / DAY_MS : null,
    });
    if (credit.exampleId) await creditExample(tx, credit.exampleId);
    // Last: weekly counts are the last shared rows a transaction updates (weekly-writes.ts).
    const { counts, weekBits } = firstSessionCounts(inAttributionWindow(shown, now), credit);
    for (const query of firstSessionWeekQueries(userId, weekKey(now), counts, weekBits, credit.exampleId))
      await tx.execute(query);
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

async function recentExposures(tx: Tx, userId: string, now: Date) {
  const shown = await tx
    .select({ enhancement: exposures.enhancement, exampleId: exposures.exampleId, shownAt: exposures.shownAt })
    .from(exposures)
    .where(and(eq(exposures.userId, userId), gte(exposures.shownAt, new Date(now.getTime() - ATTRIBUTION_WINDOW_MS))))
    .orderBy(desc(exposures.shownAt));
  return shown.map((e) => ({ ...e, enhancement: e.enhancement as Enhancement }));
}
