import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER } from '@profos/api/auth/tokens';
import { SignJWT, type JWTPayload } from 'jose';
import { TEST_AUTH_SECRET } from './test-service';

/**
 * A token as a host app mints one: HS256 with the service's issuer and audience, issued `now`,
 * valid 10 minutes. A claim given as `undefined` is left out.
 */
export function mintToken(
  claims: JWTPayload & { sub: string },
  { now = new Date(), secret = TEST_AUTH_SECRET, alg = 'HS256' } = {},
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  const payload: JWTPayload = {
    iss: DEFAULT_TOKEN_ISSUER,
    aud: DEFAULT_TOKEN_AUDIENCE,
    iat,
    exp: iat + 600,
    ...claims,
  };
  for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key];
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}
