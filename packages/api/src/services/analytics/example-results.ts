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
  const rows = rowsOf<{ id: string; example_type: string; active: boolean; users_shown: number; conversions: number }>(await ctx.db.execute(
    hasRange(range)
      ? sql`
        select x.id, x.example_type, x.active,
          (select count(*)::int from example_viewers v where v.example_id = x.id and ${createdIn(sql`v.user_created_at`, range)}) as users_shown,
          (select count(*)::int from user_milestones m where m.credited_example_id = x.id and ${createdIn(sql`m.created_at`, range)}) as conversions
        from power_user_examples x order by x.created_at, x.id`
      : sql`select id, example_type, active, shown_users as users_shown, conversions from power_user_examples order by created_at, id`,
  ));
  return rows.map((r) => ({
    id: r.id,
    exampleType: r.example_type,
    active: r.active,
    usersShown: Number(r.users_shown),
    creditedConversions: Number(r.conversions),
    conversionRate: r.users_shown ? Number(r.conversions) / Number(r.users_shown) : null,
  }));
}
