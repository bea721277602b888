import type { AddressInfo } from 'node:net';
import {
  realClock,
  restoreTestClock,
  serviceDeps,
  startScheduler,
  type Database,
  type Scheduler,
  type ServiceDeps,
} from '@profos/api';
import type { Logger } from 'pino';
import type { RateLimitSettings } from '@profos/api/limits/rate-limits';
import type { HttpLimits } from './config';
import { createHttpApp } from './http-app';

export interface ServiceOptions {
  database: Database;
  host: string;
  port: number;
  authSecret: string;
  tokenIssuer?: string;
  tokenAudience?: string;
  adminToken: string | null;
  testClock: boolean;
  guestSignup: boolean;
  log: Logger;
  random?: () => number;
  /** The success metrics' baselines and targets; the spec's when absent. */
  successTargets?: ServiceDeps['successTargets'];
  webRoot?: string;
  /** 0 or absent: no scheduler in this process (tests drive sweeps through jobs.run). */
  sweepTickMs?: number;
  instance?: string;
  /** null: every rate limit off; absent: the defaults. */
  rateLimits?: RateLimitSettings | null;
  http?: HttpLimits;
  metricsToken?: string | null;
  hstsMaxAgeSeconds?: number | null;
}

export interface RunningService {
  url: string;
  deps: ServiceDeps;
  scheduler: Scheduler | null;
  /** Stop accepting, let in-flight requests finish, then close the database. */
  close(): Promise<void>;
}

/** Serves an opened, migrated and seeded database over HTTP. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const deps = serviceDeps(options.database, {
    clock: options.testClock ? await restoreTestClock(options.database.db) : realClock(),
    authSecret: options.authSecret,
    tokenIssuer: options.tokenIssuer,
    tokenAudience: options.tokenAudience,
    adminToken: options.adminToken,
    guestSignup: options.guestSignup,
    random: options.random,
    rateLimits: options.rateLimits,
    successTargets: options.successTargets,
  });
  let accepting = true;
  const server = createHttpApp({
    deps,
    log: options.log,
    isReady: () => accepting,
    webRoot: options.webRoot,
    limits: options.http,
    metricsToken: options.metricsToken,
    hstsMaxAgeSeconds: options.hstsMaxAgeSeconds,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const scheduler = options.sweepTickMs
    ? startScheduler(deps, {
        tickMs: options.sweepTickMs,
        instance: options.instance,
        onRun: (sweep, result, slot, seconds) => {
          deps.metrics.sweepRan(sweep, 'ok', seconds, result.created);
          options.log.info({ sweep, slot, ...result }, 'sweep finished');
        },
        onError: (sweep, error, seconds) => {
          deps.metrics.sweepRan(sweep, 'failed', seconds, 0);
          options.log.error({ sweep, err: error }, 'sweep failed');
        },
      })
    : null;
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    deps,
    scheduler,
    close() {
      closing ??= (async () => {
        accepting = false;
        await scheduler?.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await deps.rateLimits?.close();
        await options.database.close();
      })();
      return closing;
    },
  };
}
