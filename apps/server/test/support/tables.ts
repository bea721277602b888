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

/** Rows anywhere that still name the user (every table with a user's data). */
export async function rowsAbout(database: Database, userId: string): Promise<Record<string, number>> {
  const tables: [string, string][] = [
    ['users', 'id'],
    ['engagement_profiles', 'user_id'],
    ['user_milestones', 'user_id'],
    ['user_conversions', 'user_id'],
    ['video_requests', 'user_id'],
    ['video_engagements', 'user_id'],
    ['exposures', 'user_id'],
    ['engagement_nudges', 'user_id'],
    ['training_sessions', 'user_id'],
    ['example_viewers', 'user_id'],
    ['user_weeks', 'user_id'],
    ['rate_limits', 'key'],
  ];
  const counts: Record<string, number> = {};
  for (const [table, column] of tables) {
    const key = table === 'rate_limits' ? `user:${userId}` : userId;
    const [row] = await selectRows<{ n: number }>(
      database,
      `select count(*)::int as n from ${table} where ${column} = '${key.replace(/'/g, "''")}'`,
    );
    counts[table] = row!.n;
  }
  return counts;
}
