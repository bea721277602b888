import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type AppRouter } from '@profos/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from './support/postgres-database';
import { runServer, startServerProcess } from './support/server-process';
import { selectRows } from './support/tables';
import { TEST_ADMIN_TOKEN } from './support/test-service';

const dirs: string[] = [];
const tempDataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'profos-start-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const clientFor = (url: string, token?: string) =>
  createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        transformer: superjson,
        headers: () => (token ? { authorization: `Bearer ${token}` } : {}),
      }),
    ],
  });

describe('starting and stopping the real process', () => {
  it.each([
    [
      'an unreachable DATABASE_URL',
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing' },
      /Cannot use the database at postgres:\/\/postgres@127\.0\.0\.1:1\/nothing/,
    ],
    [
      'a DATABASE_URL that is not Postgres',
      { DATABASE_URL: 'mysql://root@localhost/x' },
      /DATABASE_URL must be a postgres/,
    ],
    [
      'an AUTH_SECRET shorter than 32 characters',
      { AUTH_SECRET: 'short' },
      /AUTH_SECRET must be at least 32 characters/,
    ],
    [
      'an ADMIN_TOKEN shorter than 32 characters (such as a development default)',
      { ADMIN_TOKEN: 'dev-admin-token' },
      /ADMIN_TOKEN must be at least 32 characters \(got 15\)/,
    ],
    ['a TRUST_PROXY that means nothing', { TRUST_PROXY: 'yes please' }, /TRUST_PROXY must be/],
    ['a MAX_BATCH_SIZE of 0', { MAX_BATCH_SIZE: '0' }, /MAX_BATCH_SIZE must be a whole number from 1 to 100/],
    [
      'PROFOS_SUCCESS_TARGETS naming a file that is not there',
      { PROFOS_SUCCESS_TARGETS: '/nonexistent/targets.json' },
      /PROFOS_SUCCESS_TARGETS: cannot read \/nonexistent\/targets\.json as JSON/,
    ],
  ])('refuses to start with %s: one clear line and a non-zero exit', async (_label, env, message) => {
    const proc = runServer({ ...env, DATA_DIR: tempDataDir() });
    const code = await proc.exited;
    expect(code).not.toBe(0);
    const lines = proc.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/^prof-os: /);
  });

  it("sets the success metrics against the targets PROFOS_SUCCESS_TARGETS names, the spec's otherwise", async () => {
    const dataDir = tempDataDir();
    const targets = path.join(dataDir, 'targets.json');
    writeFileSync(targets, JSON.stringify({ videoOnlyConversion: { baseline: 0.18, target: 0.3, targetHigh: 0.35 } }));
    const server = await startServerProcess({
      DATA_DIR: dataDir,
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      PROFOS_SUCCESS_TARGETS: targets,
    });
    try {
      const { successMetrics } = await clientFor(server.url, TEST_ADMIN_TOKEN).analytics.metrics.query({});
      expect(successMetrics.metrics.map((m) => [m.metric, m.baseline, m.target, m.targetHigh])).toEqual([
        ['videoOnlyConversion', 0.18, 0.3, 0.35],
        ['daysToFirstLog', 14, 7, null],
        ['powerUserRetention', 0.6, 0.85, null],
      ]);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 120_000);

  it('creates a DATA_DIR that does not exist yet (a fresh clone)', async () => {
    const dataDir = path.join(tempDataDir(), 'not', 'there', 'yet');
    const server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true, db: 'pglite' });
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 120_000);

  it('keeps a generated secret in DATA_DIR across restarts, and stops cleanly on SIGTERM with requests in flight', async () => {
    const dataDir = tempDataDir();
    const first = await startServerProcess({ DATA_DIR: dataDir });
    const health = await fetch(`${first.url}/healthz`);
    expect(await health.json()).toEqual({ ok: true, db: 'pglite' });
    const { token } = await clientFor(first.url).auth.guest.mutate({});
    const secret = readFileSync(path.join(dataDir, 'auth-secret'), 'utf8');
    expect(secret.length).toBeGreaterThanOrEqual(32);

    const api = clientFor(first.url, token);
    const inFlight = Array.from({ length: 8 }, (_, i) =>
      api.videos.request.mutate({ query: `armbar from mount ${i}` }).then(
        () => 'ok',
        (e: Error) => e.message,
      ),
    );
    await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGTERM');
    const results = await Promise.all(inFlight);
    expect(await first.exited).toBe(0);
    expect(results.filter((r) => r === 'ok').length).toBeGreaterThan(0);
    expect(first.output()).toMatch(/shutting down/);

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      // Same secret → the guest's token still works, and their history survived on disk.
      const profile = await clientFor(second.url, token).profile.get.query();
      expect(profile.completion).toBe(0);
      expect(readFileSync(path.join(dataDir, 'auth-secret'), 'utf8')).toBe(secret);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 120_000);

  it("resumes the test clock after a restart, and runs the sweeps it missed at the clock's time", async () => {
    const db = await createPostgresDatabase();
    const env = {
      DATABASE_URL: db.url,
      DATA_DIR: tempDataDir(),
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      PROFOS_TEST_CLOCK: '1',
      PROFOS_SWEEP_TICK_MS: '600000',
    };
    try {
      const first = await startServerProcess(env);
      const at = new Date('2035-06-01T12:00:00Z');
      await clientFor(first.url, TEST_ADMIN_TOKEN).clock.set.mutate({ at });
      first.child.kill('SIGTERM');
      await first.exited;

      const second = await startServerProcess(env);
      try {
        const { now } = await clientFor(second.url, TEST_ADMIN_TOKEN).clock.get.query();
        expect(now.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(now.getTime()).toBeLessThan(at.getTime() + 60_000);
        // The scheduler's first tick at start ran the sweeps due by the resumed clock.
        const database = await openDatabase({ url: db.url });
        try {
          await expect
            .poll(
              async () =>
                (
                  await selectRows<{ sweep: string }>(
                    database,
                    `select sweep from job_runs where due_at >= '2035-06-01' and finished_at is not null order by sweep`,
                  )
                ).map((r) => r.sweep),
              { timeout: 30_000 },
            )
            .toEqual(['discovery_nudges', 'retention_nudges', 'video_follow_ups']);
        } finally {
          await database.close();
        }
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      await db.drop();
    }
  }, 120_000);
});
