import { EARLIEST_DATE, LATEST_DATE } from '../clock';
import type { Context } from '../context';
import { fieldError } from '../trpc';

// Only reachable through `testClockProcedure`, which has already checked the clock is adjustable.
export const readClock = (ctx: Context) => ({ now: ctx.clock.now() });
export const setClock = (ctx: Context, at: Date) => ({ now: ctx.clock.set(at) });

/** Moves the clock by `ms`, but never to a time no row could be stored at (that would turn every write into a 500). */
export function advanceClock(ctx: Context, ms: number) {
  const target = ctx.clock.now().getTime() + ms;
  if (target < EARLIEST_DATE.getTime() || target > LATEST_DATE.getTime()) {
    throw fieldError('ms', 'would move the clock before 1970 or past year 9999');
  }
  return { now: ctx.clock.advance(ms) };
}
