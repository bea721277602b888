import { eq, sql } from 'drizzle-orm';
import { users } from '../db/schema';
import type { UserContext } from '../trpc';
import { insertUserWithProfile } from './user-rows';

/**
 * auth.logout: moves the caller's token version on, so every token issued before is refused from now
 * on, here at once and on other instances within a couple of seconds (auth/token-versions.ts).
 */
export async function logout(ctx: UserContext): Promise<{ ok: true }> {
  await ctx.db.transaction(async (tx) => {
    // A host app's user we have never seen is created first, as their first write would.
    await insertUserWithProfile(tx, { id: ctx.userId, name: null }, ctx.clock.now());
    await tx
      .update(users)
      .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
      .where(eq(users.id, ctx.userId));
  });
  ctx.tokenVersions.forget(ctx.userId);
  ctx.requestStates.forget(ctx.userId);
  return { ok: true };
}
