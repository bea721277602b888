import { sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { rowsOf } from '../../db/rows';
import { createdIn, hasRange, type DateRange } from './range';

export interface ExampleResult {
  id: string;
  exampleType: string;
  active: boolean;
  usersShown: number;
  /** Conversions whose last example shown (within 14 days) was this one. */
  creditedConversions: number;
  conversionRate: number | null;
}

/**
 * Per example. Over all time the counters kept on each example answer directly; for a sign-up
 * range, first views and credited conversions are counted for users created in it.
 */
export async function exampleResults(ctx: Context, range: DateRange): Promise<ExampleResult[]> {
  const examples = rowsOf<{
    id: string;
    example_type: string;
    active: boolean;
    users_shown: number;
    conversions: number;
  }>(
    await ctx.db.execute(
      sql`select id, example_type, active, shown_users as users_shown, conversions from power_user_examples order by created_at, id`,
    ),
  );
  if (hasRange(range)) {
    const [shown, credited] = await Promise.all([
      ctx.db.execute(
        sql`select example_id as id, count(*)::int as n from example_viewers where ${createdIn(sql`user_created_at`, range)} group by 1`,
      ),
      ctx.db.execute(sql`select credited_example_id as id, count(*)::int as n from user_milestones
        where credited_example_id is not null and ${createdIn(sql`created_at`, range)} group by 1`),
    ]);
    const byId = (rows: unknown) => new Map(rowsOf<{ id: string; n: number }>(rows).map((r) => [r.id, Number(r.n)]));
    const [shownBy, creditedBy] = [byId(shown), byId(credited)];
    for (const example of examples) {
      example.users_shown = shownBy.get(example.id) ?? 0;
      example.conversions = creditedBy.get(example.id) ?? 0;
    }
  }
  return examples.map((r) => ({
    id: r.id,
    exampleType: r.example_type,
    active: r.active,
    usersShown: Number(r.users_shown),
    creditedConversions: Number(r.conversions),
    conversionRate: r.users_shown ? Number(r.conversions) / Number(r.users_shown) : null,
  }));
}
