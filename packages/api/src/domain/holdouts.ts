import { createHash } from 'node:crypto';
import { ENHANCEMENTS, type Enhancement } from './enhancements';

export const BUCKETS = 10_000;

/** docs/rules.md §6: hash(user id, enhancement) → bucket 0–9999, the same on every call and every instance. */
export function bucketOf(userId: string, enhancement: Enhancement): number {
  return createHash('sha256').update(`${userId}:${enhancement}`).digest().readUInt32BE(0) % BUCKETS;
}

/** One bit per enhancement, in ENHANCEMENTS order: how holdouts are stored per user. */
export function enhancementBit(enhancement: Enhancement): number {
  return 1 << ENHANCEMENTS.indexOf(enhancement);
}

export function maskOf(enhancements: Iterable<Enhancement>): number {
  let mask = 0;
  for (const e of enhancements) mask |= enhancementBit(e);
  return mask;
}

/**
 * The enhancements a user is held out of: bucket < percent × 100 (docs/rules.md §6), plus any they were
 * already held out of — raising or lowering a percentage never moves someone out of a holdout.
 */
export function holdoutsFor(
  userId: string,
  percents: Partial<Record<Enhancement, number>>,
  stickyMask: number,
): Set<Enhancement> {
  return new Set(
    ENHANCEMENTS.filter((e) => {
      const threshold = Math.round((percents[e] ?? 0) * 100);
      // At 0% nobody new is held out: no need to hash (this runs on every request).
      return (stickyMask & enhancementBit(e)) !== 0 || (threshold > 0 && bucketOf(userId, e) < threshold);
    }),
  );
}
