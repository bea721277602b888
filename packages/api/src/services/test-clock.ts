import { eq, sql } from 'drizzle-orm';
import { EARLIEST_DATE, LATEST_DATE, testClock, type Clock } from '../clock';
import type { Context } from '../context';
import type { Db } from '../db/client';
import { testClockState } from '../db/schema';
import { fieldError } from '../trpc';

// Only reachable through `testClockProcedure`, which has already checked the clock is adjustable.
export const readClock = (ctx: Context) => ({ now: ctx.clock.now() });

export async function setClock(ctx: Context, at: Date) {
  const now = ctx.clock.set(at);
  await saveClock(ctx.db, now);
  return { now };
}

/** Moves the clock by `ms`, but never to a time no row could be stored at (that would turn every write into a 500). */
export async function advanceClock(ctx: Context, ms: number) {
  const target = ctx.clock.now().getTime() + ms;
  if (target < EARLIEST_DATE.getTime() || target > LATEST_DATE.getTime()) {
    throw fieldError('ms', 'would move the clock before 1970 or past year 9999');
  }
  const now = ctx.clock.advance(ms);
  await saveClock(ctx.db, now);
  return { now };
}

/**
 * The test clock as it was left: a restart resumes it (overdue sweeps then run at the clock's time,
 * as docs/rules.md §4 asks), and a second instance starts from the same time.
 */
export async function restoreTestClock(db: Db, realNow: () => number = Date.now): Promise<Clock> {
  const [row] = await db.select().from(testClockState).where(eq(testClockState.id, 1));
  return testClock(row ? new Date(realNow() + row.offsetMs) : undefined, realNow);
}

async function saveClock(db: Db, now: Date): Promise<void> {
  const offsetMs = now.getTime() - Date.now();
  await db
    .insert(testClockState)
    .values({ id: 1, offsetMs, updatedAt: now })
    .onConflictDoUpdate({
      target: testClockState.id,
      set: { offsetMs: sql`excluded.offset_ms`, updatedAt: sql`excluded.updated_at` },
    });
}
