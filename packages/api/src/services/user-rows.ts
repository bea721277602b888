import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { engagementProfiles } from '../db/schema';
import { insertUserQuery } from './milestone-counts';

/** Creates the user (profile, milestones and counts included); a no-op for a user that already exists. */
export async function insertUserWithProfile(tx: Db | Tx, user: { id: string; name: string | null }, now: Date) {
  await tx.execute(insertUserQuery(user.id, user.name, now));
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
