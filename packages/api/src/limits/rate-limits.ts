import { RateLimiterDrizzle, RateLimiterMemory } from 'rate-limiter-flexible';
import type { Db, DbKind } from '../db/client';
import { rateLimits } from '../db/schema';
import { StrictLimiter, SyncedLimiter, type Refusal } from './synced-limiter';

// Limits per caller, in real time (abuse is measured by the wall clock, whatever the test clock says).
export interface RateLimitSettings {
  /** Calls per minute by one user, every procedure together. */
  userPerMinute: number;
  /** Calls per minute from one client address, every procedure together. */
  addressPerMinute: number;
  /** Guest sign-ups per hour from one client address. */
  guestsPerHour: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { userPerMinute: 120, addressPerMinute: 1200, guestsPerHour: 20 };

export interface RateLimitedCall {
  path: string;
  userId: string | null;
  address: string;
}

/** The limiter that refused a call, by name: metrics count refusals by it. */
export type LimiterName = 'address' | 'user' | 'guest_signup';

export interface RateLimitRefusal extends Refusal {
  limiter: LimiterName;
}

/**
 * Every procedure counts against its caller's address and, for a user, against that user; sign-up
 * also against a stricter hourly limit per address, checked on the shared store on every call.
 * On Postgres the counts are shared by every instance on the database (rate-limiter-flexible's
 * Drizzle store); on PGlite, the only instance, they stay in memory.
 */
export class RateLimits {
  private readonly address: SyncedLimiter;
  private readonly user: SyncedLimiter;
  private readonly guests: StrictLimiter;

  constructor(db: Db, kind: DbKind, settings: RateLimitSettings) {
    const shared = (keyPrefix: string, points: number, duration: number) =>
      kind === 'postgres'
        ? new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, points, duration, keyPrefix })
        : null;
    this.address = new SyncedLimiter(
      settings.addressPerMinute,
      60,
      shared('address', settings.addressPerMinute, 60),
      'address',
    );
    this.user = new SyncedLimiter(settings.userPerMinute, 60, shared('user', settings.userPerMinute, 60), 'user');
    this.guests = new StrictLimiter(
      shared('guests', settings.guestsPerHour, 3600) ??
        new RateLimiterMemory({ points: settings.guestsPerHour, duration: 3600, keyPrefix: 'guests' }),
    );
  }

  /** Counts the call; the first limit it is over, or null. */
  async check(call: RateLimitedCall): Promise<RateLimitRefusal | null> {
    const byAddress = await this.address.consume(call.address);
    if (byAddress) return { ...byAddress, limiter: 'address' };
    if (call.userId) {
      const byUser = await this.user.consume(call.userId);
      if (byUser) return { ...byUser, limiter: 'user' };
    }
    if (call.path === 'auth.guest') {
      const bySignup = await this.guests.consume(call.address);
      if (bySignup) return { ...bySignup, limiter: 'guest_signup' };
    }
    return null;
  }

  /** Writes out what is not yet shared: call before closing the database. */
  async close(): Promise<void> {
    await Promise.all([this.address.close(), this.user.close()]);
  }
}
