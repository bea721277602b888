import { sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { rowsOf } from '../../db/rows';
import { enhancementBit } from '../../domain/holdouts';
import { milestoneGroups, type MilestoneGroup } from './milestone-groups';
import { createdIn, type DateRange } from './range';

/** docs/contract.md's stage order. */
export const FUNNEL_STAGES = [
  'total_users',
  'video_requesters',
  'received_profile_question',
  'received_pattern_teaser',
  'received_power_example',
  'logged_first_session',
  'power_users',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface Funnel {
  stages: { stage: FunnelStage; count: number }[];
}

/** analytics.funnel: exact counts of users created in the range, from the milestone counts and the converted users' rows. */
export async function funnel(ctx: Context, range: DateRange): Promise<Funnel> {
  const [groups, [power]] = await Promise.all([
    milestoneGroups(ctx, range),
    ctx.db
      .execute(
        sql`select count(*)::int as users from user_conversions where fifth_session_at is not null and ${createdIn(sql`created_at`, range)}`,
      )
      .then((r) => rowsOf<{ users: number }>(r)),
  ]);
  const count = (where: (g: MilestoneGroup) => boolean) => groups.filter(where).reduce((sum, g) => sum + g.users, 0);
  const exposedTo = (bit: number) => (g: MilestoneGroup) => (g.exposedMask & bit) !== 0;
  const counts: Record<FunnelStage, number> = {
    total_users: count(() => true),
    video_requesters: count((g) => g.requested),
    received_profile_question: count(exposedTo(enhancementBit('profile_questions'))),
    received_pattern_teaser: count(exposedTo(enhancementBit('pattern_teasers'))),
    received_power_example: count(exposedTo(enhancementBit('power_user_showcase'))),
    logged_first_session: count((g) => g.converted),
    power_users: Number(power?.users ?? 0),
  };
  return { stages: FUNNEL_STAGES.map((stage) => ({ stage, count: counts[stage] })) };
}
