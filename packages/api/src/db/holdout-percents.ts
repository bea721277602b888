import { sql } from 'drizzle-orm';
import type { Enhancement } from '../domain/enhancements';
import type { Db } from './client';
import { rowsOf } from './rows';

/** Each enhancement's current holdout percentage; one not yet set is absent (0). */
export async function readHoldoutPercents(db: Db): Promise<Partial<Record<Enhancement, number>>> {
  const rows = rowsOf<{ enhancement: Enhancement; holdout_percent: number }>(
    await db.execute(sql`select enhancement, holdout_percent from experiments`),
  );
  return Object.fromEntries(rows.map((r) => [r.enhancement, Number(r.holdout_percent)]));
}
