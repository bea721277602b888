import { holdoutFilter } from './holdout-filter';
import { insertNudges, type NewNudge } from './nudge-rows';
import type { SweepDeps, SweepResult } from './sweep-types';

export interface NudgeBatchSweep<Row, Cursor> {
  /** The next batch of candidates after `cursor` (null: from the start), in cursor order. */
  nextBatch(cursor: Cursor | null): Promise<Row[]>;
  /** Where the batch ends, to continue after it. */
  cursorOf(row: Row): Cursor;
  /** The nudges this batch earns; candidates that don't qualify map to nothing. */
  nudgesFor(batch: Row[]): NewNudge[];
}

/**
 * Walks a sweep's candidates in keyset batches — one set-based read and one multi-row insert per
 * batch, never a query per user — and counts what it looked at and what it created. Holdout users
 * are left out of the enhancement the nudge belongs to.
 */
export async function sweepInBatches<Row, Cursor>(
  { db, newId }: Pick<SweepDeps, 'db' | 'newId'>,
  now: Date,
  sweep: NudgeBatchSweep<Row, Cursor>,
): Promise<SweepResult> {
  const total: SweepResult = { processed: 0, created: 0 };
  const withoutHoldouts = await holdoutFilter(db);
  let cursor: Cursor | null = null;
  for (;;) {
    const batch = await sweep.nextBatch(cursor);
    if (!batch.length) return total;
    total.processed += batch.length;
    total.created += await insertNudges(db, await withoutHoldouts(sweep.nudgesFor(batch)), now, newId);
    cursor = sweep.cursorOf(batch[batch.length - 1]!);
  }
}
