import path from 'node:path';
import type { SuccessTargets } from '@profos/api/domain/success-targets';
import { successTargetsFromEnv } from '@profos/api/services/analytics/success-targets-file';

/** The process's settings, from CONTRACT "Running it". Invalid settings stop the start with one line. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  authSecret: string | null;
  adminToken: string | null;
  testClock: boolean;
  guestSignup: boolean;
  logLevel: string;
  /** How often the sweep scheduler looks at its ledger; 0 turns the scheduler off in this process. */
  sweepTickMs: number;
  /** Connections to Postgres; on 2 cores a small pool beats a big one (see README benchmarks). */
  pgPoolSize: number;
  /** The success metrics' baselines and targets: the spec's, overridden by the file PROFOS_SUCCESS_TARGETS names. */
  successTargets: SuccessTargets;
}

export class ConfigError extends Error {}

const MIN_SECRET_LENGTH = 32;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  const authSecret = nonEmpty(env.AUTH_SECRET);
  if (authSecret !== null && authSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters (got ${authSecret.length})`);
  }
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const sweepTickMs = Number(env.PROFOS_SWEEP_TICK_MS ?? 30_000);
  if (!Number.isInteger(sweepTickMs) || sweepTickMs < 0)
    throw new ConfigError('PROFOS_SWEEP_TICK_MS must be a whole number of milliseconds');
  const pgPoolSize = Number(env.PROFOS_PG_POOL_SIZE ?? 10);
  if (!Number.isInteger(pgPoolSize) || pgPoolSize < 1 || pgPoolSize > 200)
    throw new ConfigError('PROFOS_PG_POOL_SIZE must be a whole number from 1 to 200');
  let successTargets: SuccessTargets;
  try {
    successTargets = successTargetsFromEnv(env);
  } catch (error) {
    throw new ConfigError((error as Error).message, { cause: error });
  }
  return {
    port,
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? './.data'),
    authSecret,
    adminToken: nonEmpty(env.ADMIN_TOKEN),
    testClock: env.PROFOS_TEST_CLOCK === '1',
    guestSignup: env.GUEST_SIGNUP !== '0',
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    sweepTickMs,
    pgPoolSize,
    successTargets,
  };
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}
