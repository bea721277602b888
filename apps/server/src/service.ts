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
import { createHttpApp } from './http-app';

export interface ServiceOptions {
  database: Database;
  host: string;
  port: number;
  authSecret: string;
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
    adminToken: options.adminToken,
    guestSignup: options.guestSignup,
    random: options.random,
    successTargets: options.successTargets,
  });
  let accepting = true;
  const server = createHttpApp({ deps, log: options.log, isReady: () => accepting, webRoot: options.webRoot });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const scheduler = options.sweepTickMs
    ? startScheduler(deps, {
        tickMs: options.sweepTickMs,
        instance: options.instance,
        onRun: (sweep, result) => options.log.info({ sweep, ...result }, 'sweep finished'),
        onError: (sweep, error) => options.log.error({ sweep, err: error }, 'sweep failed'),
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
        await options.database.close();
      })();
      return closing;
    },
  };
}
