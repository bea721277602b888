import type { Context } from '../context';

// Only reachable through `testClockProcedure`, which has already checked the clock is adjustable.
export const readClock = (ctx: Context) => ({ now: ctx.clock.now() });
export const setClock = (ctx: Context, at: Date) => ({ now: ctx.clock.set(at) });
export const advanceClock = (ctx: Context, ms: number) => ({ now: ctx.clock.advance(ms) });
