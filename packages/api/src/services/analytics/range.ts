import { sql, type SQL } from 'drizzle-orm';

/** Users created in [from, to): either bound may be left open. */
export interface DateRange {
  from?: Date;
  to?: Date;
}

export function createdIn(column: SQL, range: DateRange): SQL {
  const conditions = [sql`true`];
  if (range.from) conditions.push(sql`${column} >= ${range.from}`);
  if (range.to) conditions.push(sql`${column} < ${range.to}`);
  return sql.join(conditions, sql` and `);
}

export const hasRange = (range: DateRange) => range.from !== undefined || range.to !== undefined;
