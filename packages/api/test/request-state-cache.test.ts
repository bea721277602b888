import { describe, expect, it } from 'vitest';
import type { RawState } from '../src/services/request-state';
import { RequestStateCache } from '../src/services/request-state-cache';

const state = (version: number) => ({ versions: { state: version, config: 0 } }) as RawState;
const at = (iso: string) => new Date(iso);

describe('RequestStateCache', () => {
  it('serves what was stored for a user, and nothing for anyone else', () => {
    const cache = new RequestStateCache();
    cache.set('a', state(3), at('2026-11-25T10:00:00Z'));
    expect(cache.get('a', at('2026-11-25T10:00:00Z'))).toEqual({
      raw: state(3),
      readAt: at('2026-11-25T10:00:00Z').getTime(),
    });
    expect(cache.get('a', at('2026-12-25T10:00:00Z'))?.raw.versions.state).toBe(3);
    expect(cache.get('b', at('2026-11-25T10:00:00Z'))).toBeUndefined();
  });

  it('never serves a state to a clock that reads earlier than its read, and drops it', () => {
    const cache = new RequestStateCache();
    cache.set('a', state(1), at('2026-11-25T10:00:00Z'));
    expect(cache.get('a', at('2026-11-25T09:59:59Z'))).toBeUndefined();
    expect(cache.get('a', at('2026-11-25T10:00:00Z'))).toBeUndefined();
  });

  it('keeps at most its bound of users, dropping the least recently used', () => {
    const cache = new RequestStateCache(2);
    const now = at('2026-11-25T10:00:00Z');
    cache.set('a', state(1), now);
    cache.set('b', state(1), now);
    cache.get('a', now); // a is now the most recently used
    cache.set('c', state(1), now);
    expect(cache.size).toBe(2);
    expect(cache.get('b', now)).toBeUndefined();
    expect(cache.get('a', now)).toBeDefined();
    expect(cache.get('c', now)).toBeDefined();
  });

  it('forgets a refused state only while it is still the one cached', () => {
    const cache = new RequestStateCache();
    const now = at('2026-11-25T10:00:00Z');
    const refused = state(1);
    cache.set('a', refused, now);
    cache.set('a', state(2), now); // a concurrent request cached what it left
    cache.forgetIf('a', refused);
    expect(cache.get('a', now)?.raw.versions.state).toBe(2);
    cache.forgetIf('a', cache.get('a', now)!.raw);
    expect(cache.get('a', now)).toBeUndefined();
  });

  it('forgets a user on request', () => {
    const cache = new RequestStateCache();
    cache.set('a', state(1), at('2026-11-25T10:00:00Z'));
    cache.forget('a');
    expect(cache.get('a', at('2026-11-25T10:00:00Z'))).toBeUndefined();
  });
});
