import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { issueToken, tokenKeys, verifyToken, VERIFIED_TOKENS_KEPT } from '../src/auth/tokens';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const keysFor = () => tokenKeys({ secret: SECRET, issuer: 'profos', audience: 'profos' });
const at = (iso: string) => new Date(iso);

describe('verifyToken and its cache of verified tokens', () => {
  it('a token seen once is still held to its time claims on every later use', async () => {
    const keys = keysFor();
    const token = await issueToken(keys, { sub: 'u1', ver: 0 }, at('2026-01-01T00:00:00Z'), 3600);
    expect(await verifyToken(keys, token, at('2026-01-01T00:00:01Z'))).toEqual({ ok: true, sub: 'u1', ver: 0 });
    expect(keys.verified.has(token)).toBe(true);
    // Within the skew after exp, then past it.
    expect((await verifyToken(keys, token, at('2026-01-01T01:00:20Z'))).ok).toBe(true);
    expect(await verifyToken(keys, token, at('2026-01-01T01:00:31Z'))).toEqual({ ok: false, reason: 'expired' });
    // A clock moved back before its iat (beyond the skew) refuses it too.
    expect(await verifyToken(keys, token, at('2025-12-31T23:59:00Z'))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('honours nbf on a cached token', async () => {
    const keys = keysFor();
    const iat = Date.parse('2026-01-01T00:00:00Z') / 1000;
    const token = await new SignJWT({ sub: 'u2', iss: 'profos', aud: 'profos', iat, nbf: iat + 600, exp: iat + 3600 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(SECRET));
    expect((await verifyToken(keys, token, at('2026-01-01T00:10:00Z'))).ok).toBe(true);
    expect(await verifyToken(keys, token, at('2026-01-01T00:05:00Z'))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('keeps only tokens that passed, and a bounded number of them', async () => {
    const keys = keysFor();
    const now = at('2026-01-01T00:00:00Z');
    const good = await issueToken(keys, { sub: 'u3', ver: 1 }, now, 60);
    const forged = await issueToken(
      tokenKeys({ secret: `${SECRET}-other`, issuer: 'profos', audience: 'profos' }),
      { sub: 'u3', ver: 1 },
      now,
      60,
    );
    expect((await verifyToken(keys, forged, now)).ok).toBe(false);
    expect(keys.verified.has(forged)).toBe(false);
    expect((await verifyToken(keys, good, now)).ok).toBe(true);
    expect(keys.verified.max).toBe(VERIFIED_TOKENS_KEPT);
  });
});
