import { openDatabase, type AppRouter } from '@profos/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from './support/postgres-database';
import { HOUR } from './support/requests';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { selectRows } from './support/tables';
import { TEST_ADMIN_TOKEN } from './support/test-service';

const clientFor = (url: string, token: string) =>
  createTRPCClient<AppRouter>({
    links: [
      httpLink({ url: `${url}/trpc`, transformer: superjson, headers: () => ({ authorization: `Bearer ${token}` }) }),
    ],
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The sweep runs a server process reports in its log, as "sweep@slot". */
const sweepsRunBy = (server: ServerProcess): string[] =>
  server
    .output()
    .split('\n')
    .filter((line) => line.includes('"sweep finished"'))
    .map((line) => JSON.parse(line) as { sweep: string; slot: string })
    .map(({ sweep, slot }) => `${sweep}@${new Date(slot).toISOString()}`);

// Two real server processes on one Postgres, each with its own scheduler ticking every 100 ms.
describe('two service instances on one Postgres', () => {
  let db: { url: string; drop: () => Promise<void> };
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    db = await createPostgresDatabase();
    const env = {
      DATABASE_URL: db.url,
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      PROFOS_TEST_CLOCK: '1',
      PROFOS_SWEEP_TICK_MS: '100',
    };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
    await db?.drop();
  });

  it('runs each sweep slot once and never duplicates a nudge', async () => {
    const [one, two] = servers as [ServerProcess, ServerProcess];
    const { token } = await clientFor(one.url, '').auth.guest.mutate({});
    const user = clientFor(two.url, token);
    const reply = await user.videos.request.mutate({ query: 'kimura from side control' });
    await user.engagement.click.mutate({ engagementId: reply.videos[0]!.engagementId });

    // Move both instances 21 h ahead: a new hourly slot, with the click now due a follow-up.
    await Promise.all(servers.map((s) => clientFor(s.url, TEST_ADMIN_TOKEN).clock.advance.mutate({ ms: 21 * HOUR })));
    const database = await openDatabase({ url: db.url });
    try {
      const followUps = () =>
        selectRows<{ source_key: string }>(
          database,
          `select source_key from engagement_nudges where nudge_type = 'video_follow_up'`,
        );
      for (let i = 0; i < 100 && (await followUps()).length === 0; i++) await sleep(100);
      await sleep(1000); // many more ticks from both instances
      expect(await followUps()).toEqual([{ source_key: `video_follow_up:${reply.videos[0]!.engagementId}` }]);
      // When the 21 h also crossed midnight, the daily discovery sweep ran too: still once for this user.
      const discovery = await selectRows(database, `select 1 from engagement_nudges where nudge_type like 'discover%'`);
      expect(discovery.length).toBeLessThanOrEqual(1);

      const runs = await selectRows<{
        sweep: string;
        due_at: Date;
        started_by: string;
        finished_at: Date | null;
        created: number | null;
      }>(database, 'select sweep, due_at, started_by, finished_at, created from job_runs order by due_at');
      // Each slot in the ledger was run once, by one of the two: counted from what each process
      // logged it ran, not from the ledger's unique keys (which hold whatever the claim does).
      const slots = runs.map((r) => `${r.sweep}@${new Date(r.due_at).toISOString()}`);
      expect(servers.flatMap(sweepsRunBy).sort()).toEqual([...slots].sort());
      const followUpRuns = runs.filter((r) => r.sweep === 'video_follow_ups');
      expect(followUpRuns).toHaveLength(2); // the start slot, and the slot 21 h later
      expect(followUpRuns.reduce((sum, r) => sum + (r.created ?? 0), 0)).toBe(1);
      expect(runs.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await database.close();
    }
  }, 60_000);
});
