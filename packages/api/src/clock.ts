/** The service clock: every rule and every stored timestamp reads "now" from here. */
export interface Clock {
  now(): Date;
  /** True for the test clock; `clock.*` procedures exist only then. */
  readonly adjustable: boolean;
  set(at: Date): Date;
  advance(ms: number): Date;
}

export function realClock(): Clock {
  return {
    now: () => new Date(),
    adjustable: false,
    set: () => {
      throw new Error('the real clock cannot be set');
    },
    advance: () => {
      throw new Error('the real clock cannot be advanced');
    },
  };
}

/**
 * A clock that can be moved, and keeps ticking in real time from wherever it was moved to
 * (docs/rules.md "Time"): it stores only an offset from the machine's time.
 */
export function testClock(start?: Date, realNow: () => number = Date.now): Clock {
  let offsetMs = start ? start.getTime() - realNow() : 0;
  const now = () => new Date(realNow() + offsetMs);
  return {
    now,
    adjustable: true,
    set(at) {
      offsetMs = at.getTime() - realNow();
      return now();
    },
    advance(ms) {
      offsetMs += ms;
      return now();
    },
  };
}

// The dates Postgres can store and our windows make sense of: inputs and the test clock stay inside.
export const EARLIEST_DATE = new Date('1970-01-01T00:00:00Z');
export const LATEST_DATE = new Date('9999-12-31T00:00:00Z');

/** The calendar day (UTC) of a moment, as YYYY-MM-DD: day keys of nudges and sign-up cohorts. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

export const MINUTE_MS = 60 * 1000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

/**
 * A clock that stands still between moves: the simulator's, so the same seed reproduces the same
 * timestamps to the millisecond.
 */
export function manualClock(start: Date): Clock {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    adjustable: true,
    set(at) {
      now = at.getTime();
      return new Date(now);
    },
    advance(ms) {
      now += ms;
      return new Date(now);
    },
  };
}
