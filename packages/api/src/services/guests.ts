import { TRPCError } from '@trpc/server';
import { issueToken } from '../auth/tokens';
import { DAY_MS } from '../clock';
import type { Context } from '../context';
import { insertUserWithProfile } from './user-rows';

// A guest keeps its identity for a year in the demo's localStorage; host apps mint their own tokens.
const GUEST_TOKEN_TTL_MS = 365 * DAY_MS;

export async function createGuest(ctx: Context, name: string | undefined) {
  if (!ctx.guestSignup) throw new TRPCError({ code: 'FORBIDDEN', message: 'Guest sign-up is disabled' });
  const now = ctx.clock.now();
  const user = { id: ctx.newId(), name: name ?? null };
  await ctx.db.transaction((tx) => insertUserWithProfile(tx, user, now));
  const token = await issueToken(ctx.tokens, { sub: user.id, ver: 0 }, now, GUEST_TOKEN_TTL_MS / 1000);
  return { token, user };
}
