import type { RawState } from './request-state';

/**
 * Each user's request state as their last video request in this process left it (worked out from
 * what it wrote, or read back: state-after-reply.ts), so the next request can decide at once and
 * send its writes in ONE round trip. Nothing here is trusted blindly: the write applies only if the
 * user's state version and the config version are still the ones the state carries (triggers bump
 * them on every change, from any process), and falls back to the locking read otherwise. Bounded,
 * least recently used out first.
 */
export class RequestStateCache {
  private readonly entries = new Map<string, { raw: RawState; readAt: number }>();

  constructor(private readonly maxUsers = 10_000) {}

  /** The cached state and the time it stands at, unless the clock now reads earlier than that (a test clock moved back). */
  get(userId: string, now: Date): { raw: RawState; readAt: number } | undefined {
    const entry = this.entries.get(userId);
    if (!entry) return undefined;
    if (entry.readAt > now.getTime()) {
      this.entries.delete(userId);
      return undefined;
    }
    // Re-inserting keeps the Map in least-recently-used order.
    this.entries.delete(userId);
    this.entries.set(userId, entry);
    return entry;
  }

  set(userId: string, raw: RawState, readAt: Date): void {
    this.entries.delete(userId);
    this.entries.set(userId, { raw, readAt: readAt.getTime() });
    if (this.entries.size > this.maxUsers) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(userId: string): void {
    this.entries.delete(userId);
  }

  /**
   * Forgets the user's state only if it is still `raw`: a claim decided on it was refused, but a
   * concurrent request of theirs may have cached a newer one meanwhile, which stays.
   */
  forgetIf(userId: string, raw: RawState): void {
    if (this.entries.get(userId)?.raw === raw) this.entries.delete(userId);
  }

  get size(): number {
    return this.entries.size;
  }
}
