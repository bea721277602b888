import type {} from '../../apps/server/test/support/global-setup';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  appRouter,
  manualClock,
  migrateDatabase,
  openDatabase,
  seedDatabase,
  serviceDeps,
  type Database,
} from '@profos/api';
import { parseIsoWeek } from '@profos/api/domain/iso-week';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPostgresDatabase } from '../../apps/server/test/support/postgres-database';
import { REPO_ROOT } from '../../apps/server/test/support/server-process';
import { lastCompleteWeek, weeklyReport, weeklyReportMarkdown } from '../report/weekly-report';

const DAY = 24 * 3600 * 1000;
const PREVIOUS = new Date('2031-02-24T09:00:00Z'); // Monday of 2031-W09
const WEEK = parseIsoWeek('2031-W10')!;
const run = promisify(execFile);

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'profos-report-'));
  dirs.push(dir);
  return dir;
};

/**
 * Two guests ask in 2031-W09; in 2031-W10 three more sign up and ask, one five times (a power-user
 * example), and one of W09's logs a first session. Returns the clock, left in 2031-W11.
 */
async function populate(database: Database) {
  const clock = manualClock(PREVIOUS);
  const deps = serviceDeps(database, { clock, authSecret: 'report-test-secret-0123456789abcdef' });
  const as = (userId: string) =>
    appRouter.createCaller({ ...deps, caller: { role: 'user', userId }, clientAddress: 'test' });
  const guest = async () => {
    const { user } = await appRouter
      .createCaller({ ...deps, caller: { role: 'anonymous', reason: 'missing' }, clientAddress: 'test' })
      .auth.guest({});
    return as(user.id);
  };
  const early = [await guest(), await guest()];
  for (const api of early) await api.videos.request({ query: 'armbar from guard' });
  clock.set(new Date(WEEK.start.getTime() + 10 * 3600 * 1000));
  const late = [await guest(), await guest(), await guest()];
  for (const query of ['kimura', 'omoplata', 'guillotine', 'darce', 'anaconda'])
    await late[0]!.videos.request({ query });
  for (const api of late.slice(1)) await api.videos.request({ query: 'triangle' });
  await early[0]!.sessions.log({ text: 'drilled armbars all night' });
  clock.set(new Date(WEEK.end.getTime() + 2 * DAY));
  return { deps, clock };
}

describe('pnpm report:weekly', () => {
  it('reports the last complete week from analytics.weekly and analytics.metrics, with the change from the week before', async () => {
    const database = await openDatabase({ loadDataDir: new Blob([readFileSync(inject('pgliteSnapshot'))]) });
    try {
      const { deps, clock } = await populate(database);
      const api = appRouter.createCaller({ ...deps, caller: { role: 'admin' }, clientAddress: 'test' });
      const now = clock.now();
      expect(lastCompleteWeek(now).label).toBe('2031-W10');
      const report = await weeklyReport(api, lastCompleteWeek(now), now);
      const { weeks } = await api.analytics.weekly({ from: WEEK.start, weeks: 1 });
      expect(report.thisWeek).toEqual(weeks[0]);
      expect(report.previousWeek.week).toBe('2031-W09');
      expect(report.changes.find((c) => c.name === 'New users')).toEqual({
        name: 'New users',
        thisWeek: 3,
        previousWeek: 2,
        change: 0.5,
      });
      expect(report.changes.find((c) => c.name === 'First sessions logged')).toMatchObject({
        thisWeek: 1,
        previousWeek: 0,
        change: null,
      });
      const markdown = weeklyReportMarkdown(report, 'pglite');
      expect(markdown).toMatch(/^# Weekly report — 2031-W10 \(3 Mar 2031 – 9 Mar 2031\)/);
      expect(markdown).toContain('| New users | 3 | 2 | +50.0% |');
      expect(markdown).toContain('| Video requesters | 3 | 2 | +50.0% |');
      expect(markdown).toContain('| Power-user examples shown | 1 | 0 | new |');
      expect(markdown).toContain('| First sessions logged | 1 | 0 | new |');
      // One line per success metric against its target: 1 of the 5 video-only users logged.
      expect(markdown).toContain(
        '- Video-only user conversion: **20.0%** (95% CI 3.6%–62.4%, 1 of 5) — baseline 15%, target 40%–50%: better than the baseline, short of the target.',
      );
      expect(markdown).toMatch(
        /- Median days to first session log: \*\*[\d.]+ days\*\* \(1 user\) — baseline 14 days, target 7 days/,
      );
      expect(markdown).toContain('- Power-user retention: no data yet — baseline 60%, target 85%: no data yet.');
    } finally {
      await database.close();
    }
  }, 120_000);

  async function runReport(env: Record<string, string>, args: string[]) {
    const out = tempDir();
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/report-weekly.ts', '--out', out, ...args],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'silent', ...env },
      },
    );
    return { stdout, out };
  }

  it('runs as a command on the embedded database in DATA_DIR and on Postgres at DATABASE_URL', async () => {
    const dataDir = tempDir();
    const embedded = await openDatabase({ dataDir: path.join(dataDir, 'pgdata') });
    await migrateDatabase(embedded);
    await seedDatabase(embedded.db);
    await populate(embedded);
    await embedded.close();
    const postgres = await createPostgresDatabase();
    try {
      const server = await openDatabase({ url: postgres.url });
      await populate(server);
      await server.close();
      const databases: Record<string, string>[] = [{ DATA_DIR: dataDir }, { DATABASE_URL: postgres.url }];
      for (const env of databases) {
        const { stdout, out } = await runReport(env, ['--week', '2031-W10']);
        const markdown = readFileSync(path.join(out, 'weekly-2031-W10.md'), 'utf8');
        expect(stdout.trim()).toBe(markdown.trim());
        expect(markdown).toContain('| New users | 3 | 2 | +50.0% |');
        const json = JSON.parse(readFileSync(path.join(out, 'weekly-2031-W10.json'), 'utf8'));
        expect(json).toMatchObject({
          database: 'DATABASE_URL' in env ? 'postgres' : 'pglite',
          week: '2031-W10',
          thisWeek: { newUsers: 3, videoRequesters: 3, examples: { shown: 1 }, firstSessions: 1 },
          previousWeek: { week: '2031-W09', newUsers: 2 },
        });
        expect(json.successMetrics.metrics.map((m: { metric: string }) => m.metric)).toEqual([
          'videoOnlyConversion',
          'daysToFirstLog',
          'powerUserRetention',
        ]);
      }
      await expect(runReport({ DATA_DIR: dataDir }, ['--week', '2031-W60'])).rejects.toMatchObject({
        stderr: expect.stringMatching(/--week must be an ISO week such as 2026-W48/),
      });
    } finally {
      await postgres.drop();
    }
  }, 180_000);
});
