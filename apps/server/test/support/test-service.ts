import { readFileSync } from 'node:fs';
import { openDatabase, type AppRouter, type Database } from '@profos/api';
import { createTRPCClient, httpBatchLink, httpLink, type TRPCClient } from '@trpc/client';
import type { Logger as DrizzleLogger } from 'drizzle-orm';
import pino, { type Logger } from 'pino';
import superjson from 'superjson';
import { afterAll, beforeAll, inject } from 'vitest';
import type { RateLimitSettings } from '@profos/api/limits/rate-limits';
import type { HttpLimits } from '../../src/config';
import { startService, type RunningService } from '../../src/service';
import type { Backend } from './backends';
import { createPostgresDatabase } from './postgres-database';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const TEST_AUTH_SECRET = 'test-auth-secret-0123456789abcdef-0123456789';

/** Records every SQL statement the service sends, so tests can count a procedure's statements. */
export class StatementLog implements DrizzleLogger {
  statements: string[] = [];
  logQuery(query: string) {
    this.statements.push(query);
  }
  clear() {
    this.statements = [];
  }
  /** What a call sent for its own work: without the check of the caller's token version. */
  forReply(): string[] {
    return this.statements.filter((s) => !/^select "token_version" from "users"/.test(s));
  }
}

export interface TestService extends RunningService {
  backend: Backend;
  database: Database;
  statements: StatementLog;
  /** A typed client over real HTTP; `token` is sent as the bearer. */
  client(token?: string, options?: { batch?: boolean }): TRPCClient<AppRouter>;
  admin(): TRPCClient<AppRouter>;
  /** Creates a guest through the API and returns its client. */
  guest(name?: string): Promise<{ token: string; userId: string; api: TRPCClient<AppRouter> }>;
  /** Stops the server and drops this file's database. */
  stop(): Promise<void>;
}

export interface TestServiceOptions {
  testClock?: boolean;
  guestSignup?: boolean;
  adminToken?: string | null;
  tokenIssuer?: string;
  tokenAudience?: string;
  /** Off unless given: most tests sign up many guests from one address. */
  rateLimits?: RateLimitSettings;
  http?: HttpLimits;
  metricsToken?: string;
  hstsMaxAgeSeconds?: number;
  /** Where the service logs (silent unless given). */
  log?: Logger;
  random?: () => number;
}

/** A started server on its own fresh copy of the migrated, seeded database. */
export async function startTestService(backend: Backend, options: TestServiceOptions = {}): Promise<TestService> {
  const statements = new StatementLog();
  const { database, drop } = await freshDatabase(backend, statements);
  const service = await startService({
    database,
    host: '127.0.0.1',
    port: 0,
    authSecret: TEST_AUTH_SECRET,
    tokenIssuer: options.tokenIssuer,
    tokenAudience: options.tokenAudience,
    rateLimits: options.rateLimits ?? null,
    http: options.http,
    metricsToken: options.metricsToken,
    hstsMaxAgeSeconds: options.hstsMaxAgeSeconds,
    adminToken: options.adminToken === undefined ? TEST_ADMIN_TOKEN : options.adminToken,
    testClock: options.testClock ?? true,
    guestSignup: options.guestSignup ?? true,
    log: options.log ?? pino({ level: 'silent' }),
    random: options.random,
  });
  const client = (token?: string, { batch = true } = {}) => {
    const linkOptions = {
      url: `${service.url}/trpc`,
      transformer: superjson,
      headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
    };
    return createTRPCClient<AppRouter>({ links: [batch ? httpBatchLink(linkOptions) : httpLink(linkOptions)] });
  };
  return {
    ...service,
    backend,
    database,
    statements,
    client,
    admin: () => client(options.adminToken ?? TEST_ADMIN_TOKEN),
    async guest(name) {
      const { token, user } = await client().auth.guest.mutate(name ? { name } : {});
      return { token, userId: user.id, api: client(token) };
    },
    async stop() {
      // The database goes even when closing fails (a test may have closed it already).
      try {
        await service.close();
      } finally {
        await drop();
      }
    },
  };
}

async function freshDatabase(
  backend: Backend,
  logger: StatementLog,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
    return { database: await openDatabase({ loadDataDir: snapshot, logger }), drop: async () => {} };
  }
  const { url, drop } = await createPostgresDatabase();
  return { database: await openDatabase({ url, logger, poolSize: 10 }), drop };
}

/** Starts a service for the enclosing describe block and stops it after; call the result inside tests. */
export function useTestService(backend: Backend, options: TestServiceOptions = {}): () => TestService {
  let service: TestService | undefined;
  beforeAll(async () => {
    service = await startTestService(backend, options);
  });
  afterAll(() => service?.stop());
  return () => {
    if (!service) throw new Error('the test service has not started');
    return service;
  };
}
