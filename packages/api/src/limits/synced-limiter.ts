import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

// A limit shared by every instance on one database without a database round trip per call: this
// instance's own consumption is checked in memory at once, and every SYNC_MS what it consumed is
// added to the shared store in one write per key. When the store says a key is over the limit —
// counting every instance — the key is blocked here too until the store's window ends. Calls are
// therefore refused at the shared limit give or take what the instances admit within one sync. Each
// sync writes one row per key that called, with its own commit: once a second keeps that a small
// share of the database's work at full load (docs/benchmarks.md).
export const SYNC_MS = 1000;

export interface Refusal {
  /** Seconds until the key may call again (Retry-After). */
  retryAfterSeconds: number;
}

export class SyncedLimiter {
  private readonly local: RateLimiterMemory;
  private pending = new Map<string, number>();
  private readonly timer: NodeJS.Timeout | null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    readonly points: number,
    readonly durationSeconds: number,
    /** The store every instance shares; null when this is the only instance (PGlite). */
    private readonly shared: RateLimiterAbstract | null,
    keyPrefix: string,
  ) {
    this.local = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix });
    this.timer = shared ? setInterval(() => void this.flush(), SYNC_MS) : null;
    this.timer?.unref();
  }

  /** Counts one call for `key`; a Refusal when it is over the limit. */
  async consume(key: string): Promise<Refusal | null> {
    try {
      await this.local.consume(key);
    } catch (error) {
      return refusalOf(error);
    }
    if (this.shared) this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    return null;
  }

  /** Adds what this instance consumed since the last sync to the shared store. */
  flush(): Promise<void> {
    const shared = this.shared;
    if (!shared || this.pending.size === 0) return this.flushing;
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.flushing.then(() =>
      Promise.all(
        [...batch].map(async ([key, points]) => {
          try {
            await shared.consume(key, points);
          } catch (error) {
            if (!(error instanceof RateLimiterRes)) return; // the store is down: the local limit still holds
            await this.local.block(key, Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
          }
        }),
      ).then(() => undefined),
    );
    return this.flushing;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }
}

/** A limit checked against the shared store on every call: for rare calls worth a round trip (sign-up). */
export class StrictLimiter {
  constructor(private readonly store: RateLimiterAbstract) {}

  async consume(key: string): Promise<Refusal | null> {
    try {
      await this.store.consume(key);
      return null;
    } catch (error) {
      return refusalOf(error);
    }
  }
}

function refusalOf(error: unknown): Refusal {
  if (!(error instanceof RateLimiterRes)) throw error;
  return { retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
}
