import { randomUUID } from 'node:crypto';
import { startScheduler, testClock } from '@profos/api';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { DAY, HOUR } from './support/requests';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

describe.each(testBackends())('the sweep ledger on %s', (backend) => {
  const svc = useTestService(backend);

  const ledger = () =>
    selectRows<{ sweep: string; due_at: Date; started_by: string; finished_at: Date | null }>(
      svc().database,
      'select sweep, due_at, started_by, finished_at from job_runs order by due_at, sweep',
    );

  it('runs each sweep once per slot; a slot missed while down runs at the next start', async () => {
    const clock = testClock(new Date('2031-03-10T10:15:00Z'));
    const deps = { db: svc().database.db, clock, newId: randomUUID };
    const first = startScheduler(deps, { tickMs: 60_000, instance: 'first' });
    await first.tick();
    clock.advance(10 * 60 * 1000);
    await first.tick();
    await first.stop();
    let rows = await ledger();
    expect(rows.map((r) => [r.sweep, new Date(r.due_at).toISOString(), r.started_by])).toEqual([
      ['discovery_nudges', '2031-03-10T00:00:00.000Z', 'first'],
      ['retention_nudges', '2031-03-10T00:00:00.000Z', 'first'],
      ['video_follow_ups', '2031-03-10T10:00:00.000Z', 'first'],
    ]);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);

    // Down for a day and a half: the next start sees the overdue slots and runs them straight away.
    clock.advance(DAY + 12 * HOUR);
    const restarted = startScheduler(deps, { tickMs: 60_000, instance: 'restarted' });
    await restarted.tick();
    await restarted.stop();
    rows = await ledger();
    expect(
      rows.filter((r) => r.started_by === 'restarted').map((r) => [r.sweep, new Date(r.due_at).toISOString()]),
    ).toEqual([
      ['discovery_nudges', '2031-03-11T00:00:00.000Z'],
      ['retention_nudges', '2031-03-11T00:00:00.000Z'],
      ['video_follow_ups', '2031-03-11T22:00:00.000Z'],
    ]);
  });

  it('two schedulers on one database: each slot is run by exactly one of them', async () => {
    const clock = testClock(new Date('2032-06-01T08:30:00Z'));
    const deps = { db: svc().database.db, clock, newId: randomUUID };
    // The runs themselves, counted where they happen: the ledger's unique keys alone would hold
    // whatever the claim did.
    const runs: string[] = [];
    const onRun = (sweep: string, _result: unknown, slot: Date) => runs.push(`${sweep}@${slot.toISOString()}`);
    const a = startScheduler(deps, { tickMs: 60_000, instance: 'a', onRun });
    const b = startScheduler(deps, { tickMs: 60_000, instance: 'b', onRun });
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    clock.advance(HOUR); // a new hourly slot for the follow-ups, raced for again
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    await Promise.all([a.stop(), b.stop()]);
    expect(runs.sort()).toEqual([
      'discovery_nudges@2032-06-01T00:00:00.000Z',
      'retention_nudges@2032-06-01T00:00:00.000Z',
      'video_follow_ups@2032-06-01T08:00:00.000Z',
      'video_follow_ups@2032-06-01T09:00:00.000Z',
    ]);
  });
});
