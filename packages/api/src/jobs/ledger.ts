import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import type { SweepName, SweepResult } from './sweep-types';

// A claim older than this whose run never finished belongs to a crashed instance: retake it.
export const STALE_CLAIM_MS = 15 * 60 * 1000;

/**
 * Claims the run of `sweep` for `dueAt`: true for exactly one instance. The insert makes the
 * ledger row; on conflict, only an abandoned, unfinished claim can be taken over.
 */
export async function claimRun(db: Db, sweep: SweepName, dueAt: Date, now: Date, instance: string): Promise<boolean> {
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS);
  const claimed = rowsOf(
    await db.execute(sql`
    insert into job_runs (sweep, due_at, started_at, started_by) values (${sweep}, ${dueAt}, ${now}, ${instance})
    on conflict (sweep, due_at) do update set started_at = excluded.started_at, started_by = excluded.started_by
      where job_runs.finished_at is null and job_runs.started_at < ${staleBefore}
    returning sweep`),
  );
  return claimed.length === 1;
}

export async function finishRun(db: Db, sweep: SweepName, dueAt: Date, now: Date, result: SweepResult): Promise<void> {
  await db.execute(sql`
    update job_runs set finished_at = ${now}, processed = ${result.processed}, created = ${result.created}
    where sweep = ${sweep} and due_at = ${dueAt}`);
}
