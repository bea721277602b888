import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { readHoldoutPercents } from '../db/holdout-percents';
import { rowsOf } from '../db/rows';
import { enhancementOfNudge } from '../domain/enhancements';
import { holdoutsFor } from '../domain/holdouts';
import type { NewNudge } from './nudge-rows';

export type HoldoutFilter = (nudges: NewNudge[]) => Promise<NewNudge[]>;

/**
 * docs/rules.md §6: holdout users never get the enhancement, so a sweep creates no nudge for them (it could
 * never be shown, and would sit in the table until it expired). Percentages are read once per run;
 * sticky holdout masks once per batch.
 */
export async function holdoutFilter(db: Db): Promise<HoldoutFilter> {
  const percents = await readHoldoutPercents(db);
  return async (nudges) => {
    if (!nudges.length) return nudges;
    const userIds = [...new Set(nudges.map((n) => n.userId))];
    const masks = new Map(
      rowsOf<{ user_id: string; holdout_mask: number }>(
        await db.execute(sql`
      select user_id, holdout_mask from user_milestones
      where holdout_mask <> 0 and user_id in (${sql.join(
        userIds.map((id) => sql`${id}`),
        sql`, `,
      )})`),
      ).map((r) => [r.user_id, Number(r.holdout_mask)]),
    );
    return nudges.filter(
      (n) => !holdoutsFor(n.userId, percents, masks.get(n.userId) ?? 0).has(enhancementOfNudge(n.type)),
    );
  };
}
