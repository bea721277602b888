import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@profos/api';

/** Reads rows straight from the service's database, to check what a procedure wrote. */
export async function selectRows<T extends Record<string, unknown>>(
  database: Database,
  query: SQL | string,
): Promise<T[]> {
  const result = await database.db.execute(typeof query === 'string' ? sql.raw(query) : query);
  return (result as unknown as { rows: T[] }).rows;
}

/** Row counts of the tables a procedure may write, to prove a refused call wrote nothing. */
export async function rowCounts(database: Database, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await selectRows<{ n: number }>(database, `select count(*)::int as n from ${table}`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
