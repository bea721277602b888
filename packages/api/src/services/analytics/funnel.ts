import { sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { rowsOf } from '../../db/rows';
import { createdIn, type DateRange } from './range';

/** CONTRACT's stage order. */
export const FUNNEL_STAGES = [
  'total_users', 'video_requesters', 'received_profile_question', 'received_pattern_teaser',
  'received_power_example', 'logged_first_session', 'power_users',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface Funnel { stages: { stage: FunnelStage; count: number }[] }

/** analytics.funnel: exact counts of users created in the range, from the per-user milestones. */
export async function funnel(ctx: Context, range: DateRange): Promise<Funnel> {
  const [row] = rowsOf<Record<FunnelStage, number>>(await ctx.db.execute(sql`
    select count(*)::int as total_users,
      count(first_request_at)::int as video_requesters,
      count(first_profile_questions_at)::int as received_profile_question,
      count(first_pattern_teasers_at)::int as received_pattern_teaser,
      count(first_power_user_showcase_at)::int as received_power_example,
      count(first_session_at)::int as logged_first_session,
      count(fifth_session_at)::int as power_users
    from user_milestones where ${createdIn(sql`created_at`, range)}`));
  return { stages: FUNNEL_STAGES.map((stage) => ({ stage, count: Number(row?.[stage] ?? 0) })) };
}
