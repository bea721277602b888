import { asc, eq, sql } from 'drizzle-orm';
import {
  engagementNudges,
  engagementProfiles,
  exampleViewers,
  exposures,
  rateLimits,
  trainingSessions,
  userConversions,
  userMilestones,
  users,
  userWeeks,
  videoEngagements,
  videoRequests,
} from '../db/schema';
import type { UserContext } from '../trpc';
import { subtractUserWeeklyCountsStep } from './analytics/weekly-contributions';
import { removeUserFromCountsSteps } from './milestone-counts';

/** profile.export: everything stored about the caller, table by table, oldest first. */
export async function exportProfile(ctx: UserContext) {
  const { db, userId } = ctx;
  const [user, profile, milestones, conversion, requests, engagements, shown, nudges, sessions, examplesSeen, weeks] =
    await Promise.all([
      db.select().from(users).where(eq(users.id, userId)),
      db.select().from(engagementProfiles).where(eq(engagementProfiles.userId, userId)),
      db.select().from(userMilestones).where(eq(userMilestones.userId, userId)),
      db.select().from(userConversions).where(eq(userConversions.userId, userId)),
      db.select().from(videoRequests).where(eq(videoRequests.userId, userId)).orderBy(asc(videoRequests.createdAt)),
      db
        .select()
        .from(videoEngagements)
        .where(eq(videoEngagements.userId, userId))
        .orderBy(asc(videoEngagements.shownAt), asc(videoEngagements.rank)),
      db.select().from(exposures).where(eq(exposures.userId, userId)).orderBy(asc(exposures.shownAt)),
      db
        .select()
        .from(engagementNudges)
        .where(eq(engagementNudges.userId, userId))
        .orderBy(asc(engagementNudges.createdAt)),
      db
        .select()
        .from(trainingSessions)
        .where(eq(trainingSessions.userId, userId))
        .orderBy(asc(trainingSessions.createdAt)),
      db
        .select()
        .from(exampleViewers)
        .where(eq(exampleViewers.userId, userId))
        .orderBy(asc(exampleViewers.firstShownAt)),
      db.select().from(userWeeks).where(eq(userWeeks.userId, userId)).orderBy(asc(userWeeks.week)),
    ]);
  return {
    exportedAt: ctx.clock.now(),
    user: user[0] ?? null,
    profile: profile[0] ?? null,
    milestones: milestones[0] ?? null,
    conversion: conversion[0] ?? null,
    videoRequests: requests,
    videoEngagements: engagements,
    exposures: shown,
    nudges,
    trainingSessions: sessions,
    examplesSeen,
    /** What the user did each week, as the weekly analytics count it (domain/weekly-counts.ts). */
    weeks,
  };
}

/**
 * profile.delete: the caller and every row about them, in one transaction. The maintained analytics
 * leave with them — their count rows, the examples' shown and credited counts — so every count
 * stays what a recount of the remaining rows gives.
 */
export async function deleteProfile(ctx: UserContext): Promise<{ deleted: true }> {
  const { userId } = ctx;
  await ctx.db.transaction(async (tx) => {
    // Serialises with the user's own writes (every one locks this row first).
    await tx.execute(sql`select 1 from engagement_profiles where user_id = ${userId} for update`);
    // One update per example (a statement changes a row once): seen by the user, credited to them, or both.
    // The weekly counts go last, after the other count rows, as every writer orders them.
    await tx.execute(sql`with ${sql.join(removeUserFromCountsSteps(userId), sql`, `)},
      examples_out as (update power_user_examples e set
          shown_users = e.shown_users - (select count(*) from example_viewers v where v.example_id = e.id and v.user_id = ${userId})::int,
          conversions = e.conversions - (select count(*) from user_milestones m where m.credited_example_id = e.id and m.user_id = ${userId})::int
        where e.id in (select example_id from example_viewers where user_id = ${userId}
          union select credited_example_id from user_milestones where user_id = ${userId}) returning 1),
      ${subtractUserWeeklyCountsStep(userId, ['count_gone', 'examples_out'])}
      delete from users where id = ${userId}`);
    // The rate limiter's count for this user is about them too.
    await tx.delete(rateLimits).where(eq(rateLimits.key, `user:${userId}`));
  });
  ctx.requestStates.forget(userId);
  ctx.tokenVersions.forget(userId);
  return { deleted: true };
}
