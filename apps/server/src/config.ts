import path from 'node:path';
import type { SuccessTargets } from '@profos/api/domain/success-targets';
import { successTargetsFromEnv } from '@profos/api/services/analytics/success-targets-file';
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, MIN_SECRET_LENGTH } from '@profos/api/auth/tokens';
import { DEFAULT_POOL_SIZE } from '@profos/api/db/client';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '@profos/api/limits/rate-limits';

/** What the HTTP server allows one client: bounded, so a slow or greedy client cannot hold it. */
export interface HttpLimits {
  /** Calls in one batched HTTP request. */
  maxBatchSize: number;
  /** The whole request head must arrive within this. */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this. */
  requestTimeoutMs: number;
  /** A connection that sends nothing for this long is closed. */
  idleTimeoutMs: number;
  maxConnections: number;
  /** Proxies in front of the service whose X-Forwarded-For is trusted; 0 trusts none. */
  trustProxyHops: number;
}

/** The process's settings, from docs/contract.md "Running it". Invalid settings stop the start with one line. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  authSecret: string | null;
  /** The `iss` and `aud` of user tokens: issued with them, and required of tokens a host app mints. */
  tokenIssuer: string;
  tokenAudience: string;
  adminToken: string | null;
  testClock: boolean;
  guestSignup: boolean;
  logLevel: string;
  /** How often the sweep scheduler looks at its ledger; 0 turns the scheduler off in this process. */
  sweepTickMs: number;
  /** Connections to Postgres per pool; on 2 cores a small pool beats a big one (docs/benchmarks.md). */
  pgPoolSize: number;
  /** The success metrics' baselines and targets: the spec's, overridden by the file PROFOS_SUCCESS_TARGETS names. */
  successTargets: SuccessTargets;
  /** null: every rate limit off (RATE_LIMIT=off). */
  rateLimits: RateLimitSettings | null;
  http: HttpLimits;
  /** When set, GET /metrics asks for it as a bearer token. */
  metricsToken: string | null;
  /** Strict-Transport-Security max-age, for a service reached over HTTPS; null sends none. */
  hstsMaxAgeSeconds: number | null;
}

export class ConfigError extends Error {}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxBatchSize: 10,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 5_000,
  maxConnections: 1_000,
  trustProxyHops: 0,
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const whole = wholeNumbers(env);
  const authSecret = nonEmpty(env.AUTH_SECRET);
  if (authSecret !== null && authSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (got ${authSecret.length})`);
  }
  const adminToken = nonEmpty(env.ADMIN_TOKEN);
  if (adminToken !== null && adminToken.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`ADMIN_TOKEN must be at least ${MIN_SECRET_LENGTH} characters (got ${adminToken.length})`);
  }
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  let successTargets: SuccessTargets;
  try {
    successTargets = successTargetsFromEnv(env);
  } catch (error) {
    throw new ConfigError((error as Error).message, { cause: error });
  }
  return {
    port: whole('PORT', 3000, 0, 65535),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? './.data'),
    authSecret,
    tokenIssuer: nonEmpty(env.AUTH_ISSUER) ?? DEFAULT_TOKEN_ISSUER,
    tokenAudience: nonEmpty(env.AUTH_AUDIENCE) ?? DEFAULT_TOKEN_AUDIENCE,
    adminToken,
    testClock: env.PROFOS_TEST_CLOCK === '1',
    guestSignup: env.GUEST_SIGNUP !== '0',
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    sweepTickMs: whole('PROFOS_SWEEP_TICK_MS', 30_000, 0, 86_400_000),
    pgPoolSize: whole('PROFOS_PG_POOL_SIZE', DEFAULT_POOL_SIZE, 1, 200),
    rateLimits:
      env.RATE_LIMIT === 'off'
        ? null
        : {
            userPerMinute: whole('RATE_LIMIT_USER_PER_MINUTE', DEFAULT_RATE_LIMITS.userPerMinute, 1, 1_000_000),
            addressPerMinute: whole(
              'RATE_LIMIT_ADDRESS_PER_MINUTE',
              DEFAULT_RATE_LIMITS.addressPerMinute,
              1,
              1_000_000,
            ),
            guestsPerHour: whole('RATE_LIMIT_GUESTS_PER_HOUR', DEFAULT_RATE_LIMITS.guestsPerHour, 1, 1_000_000),
          },
    http: {
      maxBatchSize: whole('MAX_BATCH_SIZE', DEFAULT_HTTP_LIMITS.maxBatchSize, 1, 100),
      headersTimeoutMs: whole('HEADERS_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.headersTimeoutMs, 100, 600_000),
      requestTimeoutMs: whole('REQUEST_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.requestTimeoutMs, 100, 600_000),
      idleTimeoutMs: whole('IDLE_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.idleTimeoutMs, 100, 600_000),
      maxConnections: whole('MAX_CONNECTIONS', DEFAULT_HTTP_LIMITS.maxConnections, 1, 1_000_000),
      trustProxyHops: trustProxy(env.TRUST_PROXY),
    },
    metricsToken: nonEmpty(env.METRICS_TOKEN),
    hstsMaxAgeSeconds: nonEmpty(env.HSTS_MAX_AGE) === null ? null : whole('HSTS_MAX_AGE', 0, 0, 63_072_000),
    successTargets,
  };
}

/** TRUST_PROXY: unset, `0` or `false` trusts no proxy; `true` one; a number that many. */
function trustProxy(raw: string | undefined): number {
  const value = nonEmpty(raw)?.toLowerCase() ?? '0';
  if (value === 'false') return 0;
  if (value === 'true') return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new ConfigError('TRUST_PROXY must be true, false or the number of proxies in front (0–10)');
  return hops;
}

function wholeNumbers(env: NodeJS.ProcessEnv) {
  return (name: string, fallback: number, min: number, max: number): number => {
    const raw = nonEmpty(env[name]);
    const value = raw === null ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return value;
  };
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}
