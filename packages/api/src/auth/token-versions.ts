import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';

// A user's token version, as read from the database, kept a short while per process so most calls
// check a token without a round trip. A revocation here is seen at once; one made through another
// instance is seen here within FRESH_MS of real time (a cache's age is wall-clock time, whatever
// the service clock says).
export const FRESH_MS = 2_000;
const MAX_USERS = 10_000;

interface Entry {
  /** null: no such user (yet). */
  version: number | null;
  readAt: number;
}

export class TokenVersions {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly db: Db,
    private readonly wallClockMs: () => number = Date.now,
  ) {}

  /**
   * Whether a token issued at version `ver` still stands. Ours always carry a version: without a
   * user row it was revoked by the user's deletion. A host app's token carries none and stands
   * until the user's version first moves on (the user may not exist yet: first sight creates them).
   */
  async isCurrent(userId: string, ver: number | null): Promise<boolean> {
    const version = await this.versionOf(userId, this.wallClockMs());
    if (version === null) return ver === null;
    return (ver ?? 0) === version;
  }

  /** After a change made here (logout, deletion): the next call reads the database again. */
  forget(userId: string): void {
    this.entries.delete(userId);
  }

  private async versionOf(userId: string, nowMs: number): Promise<number | null> {
    const cached = this.entries.get(userId);
    if (cached && nowMs - cached.readAt >= 0 && nowMs - cached.readAt < FRESH_MS) return cached.version;
    const [row] = await this.db.select({ version: users.tokenVersion }).from(users).where(eq(users.id, userId));
    if (this.entries.size >= MAX_USERS) this.entries.clear();
    this.entries.set(userId, { version: row?.version ?? null, readAt: nowMs });
    return row?.version ?? null;
  }
}
