import { openDatabase, type Database } from '@profos/api';
import { SYNC_MS } from '@profos/api/limits/synced-limiter';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../src/service';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { capturedLog } from './support/log-capture';
import { mintToken } from './support/mint-token';
import { createPostgresDatabase } from './support/postgres-database';
import { selectRows } from './support/tables';
import {
  startTestService,
  TEST_ADMIN_TOKEN,
  TEST_AUTH_SECRET,
  useTestService,
  type TestService,
} from './support/test-service';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('rate limits shared by two instances on one Postgres', () => {
  let db: { url: string; drop: () => Promise<void> };
  const databases: Database[] = [];
  const services: RunningService[] = [];
  const client = async (service: RunningService, token?: string) => {
    const { createTRPCClient, httpLink } = await import('@trpc/client');
    const superjson = (await import('superjson')).default;
    return createTRPCClient<import('@profos/api').AppRouter>({
      links: [
        httpLink({
          url: `${service.url}/trpc`,
          transformer: superjson,
          headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
        }),
      ],
    });
  };

  beforeAll(async () => {
    db = await createPostgresDatabase();
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ url: db.url, poolSize: 4 });
      databases.push(database);
      services.push(
        await startService({
          database,
          host: '127.0.0.1',
          port: 0,
          authSecret: TEST_AUTH_SECRET,
          adminToken: TEST_ADMIN_TOKEN,
          testClock: false,
          guestSignup: true,
          log: pino({ level: 'silent' }),
          rateLimits: { userPerMinute: 6, addressPerMinute: 1_000, guestsPerHour: 4 },
        }),
      );
    }
  });
  afterAll(async () => {
    await Promise.all(services.map((s) => s.close()));
    await db?.drop();
  });

  it('sign-ups from one address count on both instances together', async () => {
    const [a, b] = services as [RunningService, RunningService];
    for (const service of [a, b, a, b]) await (await client(service)).auth.guest.mutate({});
    await expectError((await client(a)).auth.guest.mutate({}), 'TOO_MANY_REQUESTS');
    await expectError((await client(b)).auth.guest.mutate({}), 'TOO_MANY_REQUESTS');
  });

  it("one user's calls count on both instances: what one admitted is refused by the other once they sync", async () => {
    const [a, b] = services as [RunningService, RunningService];
    const token = await mintToken({ sub: 'shared-limit-user' });
    const onA = await client(a, token);
    const onB = await client(b, token);
    for (let i = 0; i < 4; i++) await onA.profile.get.query();
    await sleep(3 * SYNC_MS);
    // B has seen only these four itself, under its own limit of six; the shared count is over it.
    for (let i = 0; i < 4; i++) await onB.profile.get.query();
    await sleep(3 * SYNC_MS);
    await expectError(onB.profile.get.query(), 'TOO_MANY_REQUESTS');
    // A learns of B's calls at its next sync.
    await onA.profile.get.query().catch(() => {});
    await sleep(3 * SYNC_MS);
    await expectError(onA.profile.get.query(), 'TOO_MANY_REQUESTS');
    const [shared] = await selectRows<{ points: number }>(
      databases[0]!,
      `select points from rate_limits where key = 'user:shared-limit-user'`,
    );
    expect(shared!.points).toBeGreaterThan(6);
  });
});

describe.each(testBackends())('operations on %s', (backend) => {
  const captured = capturedLog();
  const svc = useTestService(backend, {
    rateLimits: { userPerMinute: 1_000, addressPerMinute: 1_000, guestsPerHour: 2 },
    metricsToken: 'metrics-token-0123456789abcdef-0123',
    log: captured.log,
  });
  const metrics = async (service: TestService) => {
    const res = await fetch(`${service.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-0123456789abcdef-0123' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text();
  };
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(series));
    return line === undefined ? undefined : Number(line.slice(series.length).trim());
  };

  it('GET /metrics shows live figures: calls by procedure and code, latency, refusals, sweeps, touchpoints', async () => {
    const { api } = await svc().guest();
    await api.videos.request.mutate({ query: 'armbar' }); // the first reply asks the belt question
    await api.profile.get.query();
    await svc().client().auth.guest.mutate({});
    await expectError(svc().client().auth.guest.mutate({}), 'TOO_MANY_REQUESTS');
    await svc().admin().jobs.run.mutate({ name: 'video_follow_ups' });
    const text = await metrics(svc());
    expect(value(text, 'profos_requests_total{procedure="videos.request",code="OK"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'profos_requests_total{procedure="auth.guest",code="TOO_MANY_REQUESTS"}')).toBe(1);
    expect(value(text, 'profos_request_duration_seconds_count{procedure="profile.get"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'profos_rate_limited_total{limiter="guest_signup"}')).toBe(1);
    expect(value(text, 'profos_sweep_runs_total{sweep="video_follow_ups",outcome="ok"}')).toBe(1);
    expect(
      value(text, 'profos_touchpoints_shown_total{kind="profile_question",type="belt_level"}'),
    ).toBeGreaterThanOrEqual(1);
    if (backend === 'postgres')
      expect(value(text, 'profos_db_pool_connections{pool="read_write",state="idle"}')).toBeGreaterThanOrEqual(1);
    // Behind its own token when METRICS_TOKEN is set.
    expect((await fetch(`${svc().url}/metrics`)).status).toBe(401);
  });

  it('a failed statement is logged without its values or the caller’s text, and no token ever reaches the log', async () => {
    const token = await mintToken({ sub: `log-user-${backend}` }, { now: svc().deps.clock.now() });
    const api = svc().client(token);
    await api.profile.get.query();
    await selectRows(svc().database, 'alter table training_sessions rename column text to body');
    try {
      await expectError(
        api.sessions.log.mutate({ text: 'SECRET-SESSION-TEXT-42 rolled today' }),
        'INTERNAL_SERVER_ERROR',
      );
    } finally {
      await selectRows(svc().database, 'alter table training_sessions rename column body to text');
    }
    await expect.poll(() => captured.lines.some((l) => l.msg === 'procedure failed')).toBe(true);
    const failure = captured.lines.find((l) => l.msg === 'procedure failed')!;
    expect(failure).toMatchObject({ procedure: 'sessions.log', reqId: expect.any(String) });
    expect(JSON.stringify(failure.err)).toMatch(/training_sessions/);
    const log = captured.text();
    expect(log).not.toContain('SECRET-SESSION-TEXT-42');
    expect(log).not.toContain(token);
    expect(log).not.toContain(token.split('.')[2]);
    expect(log).not.toContain(TEST_ADMIN_TOKEN);
  });
});

describe.each(testBackends())('readiness on %s', (backend) => {
  it('GET /readyz fails while the database is unreachable; /healthz, the liveness check, does not', async () => {
    const service = await startTestService(backend);
    try {
      expect(await (await fetch(`${service.url}/readyz`)).json()).toEqual({ ok: true, db: backend });
      await service.database.close();
      const ready = await fetch(`${service.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ok: false, db: backend });
      expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    } finally {
      await service.stop().catch(() => {}); // its database is already closed
    }
  });
});
