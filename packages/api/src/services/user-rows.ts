import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { engagementProfiles, userMilestones, users } from '../db/schema';

/** Creates the user and its empty profile; a no-op for a user that already exists. */
export async function insertUserWithProfile(tx: Db | Tx, user: { id: string; name: string | null }, now: Date) {
  await tx.insert(users).values({ id: user.id, name: user.name, createdAt: now }).onConflictDoNothing();
  await tx.insert(engagementProfiles).values({ userId: user.id, updatedAt: now }).onConflictDoNothing();
  await tx.insert(userMilestones).values({ userId: user.id, createdAt: now }).onConflictDoNothing();
}

/** The same as one statement, for the read-write runner's raw transaction. */
export function insertUserWithProfileQuery(userId: string, now: Date): SQL {
  return sql`with u as (insert into users (id, name, created_at) values (${userId}, null, ${now}) on conflict do nothing),
    m as (insert into user_milestones (user_id, created_at) values (${userId}, ${now}) on conflict do nothing)
    insert into engagement_profiles (user_id, updated_at) values (${userId}, ${now}) on conflict do nothing`;
}

export type ProfileRow = typeof engagementProfiles.$inferSelect;

/**
 * Locks the caller's profile row for the rest of the transaction, creating the user first if a
 * host app's token names someone we have not seen. The lock serialises one user's concurrent
 * writes, which is what makes per-user caps and counters safe.
 */
export async function lockProfile(tx: Tx, userId: string, now: Date): Promise<ProfileRow> {
  const locked = await selectProfileForUpdate(tx, userId);
  if (locked) return locked;
  await insertUserWithProfile(tx, { id: userId, name: null }, now);
  const created = await selectProfileForUpdate(tx, userId);
  if (!created) throw new Error(`profile for ${userId} vanished inside its transaction`);
  return created;
}

async function selectProfileForUpdate(tx: Tx, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await tx.select().from(engagementProfiles).where(eq(engagementProfiles.userId, userId)).for('update');
  return row;
}

