import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';

// User tokens are HS256 JWTs signed and verified by `jose`. A host app mints its own with the same
// secret, issuer and audience (README "Integrating").

/** Shorter secrets are refused at start: an HMAC key is only as strong as it is long. */
export const MIN_SECRET_LENGTH = 32;
export const DEFAULT_TOKEN_ISSUER = 'profos';
export const DEFAULT_TOKEN_AUDIENCE = 'profos';
/** Clocks of the host app and this service may disagree this much on `iat`, `nbf` and `exp`. */
export const CLOCK_SKEW_SECONDS = 30;

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
}

/** What a verified token says, kept so that its next use checks only the time claims. */
interface VerifiedClaims {
  sub: string;
  ver: number | null;
  exp: number;
  nbf: number | undefined;
  iat: number | undefined;
}

export interface TokenKeys extends TokenSettings {
  key: KeyObject;
  /**
   * Tokens whose signature, algorithm, issuer, audience and subject already passed, by their exact
   * text: a client sends the same token on every call, and an HMAC check through WebCrypto costs a
   * quarter of a millisecond. Bounded, so a flood of distinct tokens cannot grow it.
   */
  verified: LRUCache<string, VerifiedClaims>;
}

export const VERIFIED_TOKENS_KEPT = 10_000;

export function tokenKeys(settings: TokenSettings): TokenKeys {
  return {
    ...settings,
    key: createSecretKey(Buffer.from(settings.secret, 'utf8')),
    verified: new LRUCache({ max: VERIFIED_TOKENS_KEPT }),
  };
}

/** A token for `sub` at token version `ver` (`auth.logout` moves a user's version on, revoking older tokens). */
export async function issueToken(
  keys: TokenKeys,
  { sub, ver }: { sub: string; ver: number },
  now: Date,
  ttlSeconds: number,
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ ver })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(keys.issuer)
    .setAudience(keys.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(keys.key);
}

/**
 * `ver` is the token version the token was issued at, null for a host app's token that carries none
 * (a host app manages its own sessions).
 */
export type VerifyResult = { ok: true; sub: string; ver: number | null } | { ok: false; reason: 'invalid' | 'expired' };

// A 32-byte HMAC in base64url is 43 characters whose last one carries 2 spare bits; only the
// encoding with those bits zero is accepted, so one token has exactly one spelling.
const CANONICAL_SIGNATURE = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
// A subject becomes a stored user id: printable text, up to 128 characters.
const BAD_SUBJECT = /\p{Cc}/u;

/** Checks the signature (HS256 only), `exp` (required), `nbf`/`iat`, issuer and audience at `now`. */
export async function verifyToken(keys: TokenKeys, token: string, now: Date): Promise<VerifyResult> {
  const known = keys.verified.get(token);
  if (known) return timeClaimsAt(known, now);
  const signature = token.slice(token.lastIndexOf('.') + 1);
  if (!CANONICAL_SIGNATURE.test(signature)) return { ok: false, reason: 'invalid' };
  try {
    const { payload } = await jwtVerify(token, keys.key, {
      algorithms: ['HS256'],
      issuer: keys.issuer,
      audience: keys.audience,
      requiredClaims: ['exp', 'sub'],
      clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: now,
    });
    const { sub, iat, nbf, exp, ver } = payload;
    if (!sub || sub.length > 128 || BAD_SUBJECT.test(sub)) return { ok: false, reason: 'invalid' };
    if (ver !== undefined && !(Number.isSafeInteger(ver) && (ver as number) >= 0))
      return { ok: false, reason: 'invalid' };
    const claims: VerifiedClaims = { sub, ver: (ver as number | undefined) ?? null, exp: exp!, nbf, iat };
    const result = timeClaimsAt(claims, now);
    if (result.ok) keys.verified.set(token, claims);
    return result;
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalid' };
    throw error;
  }
}

/**
 * The time claims at `now`, with the same skew jose allows: jose checks them on first sight, this on
 * every later use (the service clock moves, a test clock even backwards). An `iat` from the future is
 * as wrong as an early `nbf`.
 */
function timeClaimsAt(claims: VerifiedClaims, now: Date): VerifyResult {
  const seconds = Math.floor(now.getTime() / 1000);
  if (claims.exp <= seconds - CLOCK_SKEW_SECONDS) return { ok: false, reason: 'expired' };
  const notBefore = Math.max(claims.nbf ?? -Infinity, claims.iat ?? -Infinity);
  if (notBefore > seconds + CLOCK_SKEW_SECONDS) return { ok: false, reason: 'invalid' };
  return { ok: true, sub: claims.sub, ver: claims.ver };
}

/** A digest of the admin token, computed once, for constant-time comparison. */
export function secretDigest(secret: string): Buffer {
  return createHmac('sha256', 'compare').update(secret).digest();
}

/** Constant-time comparison: equal-length digests, whatever the lengths of the inputs. */
export function matchesSecret(given: string, expectedDigest: Buffer): boolean {
  return timingSafeEqual(secretDigest(given), expectedDigest);
}
