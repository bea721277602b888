import { describe, expect, it } from 'vitest';
import { ENHANCEMENTS } from '../src/domain/enhancements';
import { bucketOf, holdoutsFor, maskOf } from '../src/domain/holdouts';

const users = Array.from({ length: 4000 }, (_, i) => `user-${i}`);

describe('holdout assignment (docs/rules.md §6)', () => {
  it('is deterministic: the same user and enhancement always land in the same bucket 0–9999', () => {
    for (const user of users.slice(0, 50)) {
      const bucket = bucketOf(user, 'pattern_teasers');
      expect(bucket).toBe(bucketOf(user, 'pattern_teasers'));
      expect(bucket).toBeGreaterThanOrEqual(0);
      expect(bucket).toBeLessThan(10_000);
    }
  });

  it('holds out about the configured share, independently per enhancement', () => {
    const held = users.filter((u) => holdoutsFor(u, { power_user_showcase: 25 }, 0).has('power_user_showcase'));
    expect(held.length / users.length).toBeGreaterThan(0.22);
    expect(held.length / users.length).toBeLessThan(0.28);
    const both = held.filter((u) => holdoutsFor(u, { pattern_teasers: 25 }, 0).has('pattern_teasers'));
    expect(both.length / held.length).toBeLessThan(0.35);
  });

  it('raising a percentage keeps everyone already held out; lowering releases no one already held out', () => {
    const at10 = users.filter((u) => holdoutsFor(u, { enhanced_nudges: 10 }, 0).has('enhanced_nudges'));
    const at20 = new Set(users.filter((u) => holdoutsFor(u, { enhanced_nudges: 20 }, 0).has('enhanced_nudges')));
    for (const u of at10) expect(at20.has(u)).toBe(true);
    for (const u of at20)
      expect(holdoutsFor(u, { enhanced_nudges: 5 }, maskOf(['enhanced_nudges'])).has('enhanced_nudges')).toBe(true);
  });

  it('0% holds out no one and 100% everyone', () => {
    for (const u of users.slice(0, 200)) {
      expect(holdoutsFor(u, {}, 0).size).toBe(0);
      expect(holdoutsFor(u, Object.fromEntries(ENHANCEMENTS.map((e) => [e, 100])), 0).size).toBe(ENHANCEMENTS.length);
    }
  });
});
