import { desc, eq } from 'drizzle-orm';
import type { Context } from '../context';
import { experimentChanges, experiments } from '../db/schema';
import { ENHANCEMENTS, type Enhancement } from '../domain/enhancements';

export interface ExperimentSetting {
  enhancement: Enhancement;
  holdoutPercent: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

const RECENT_CHANGES = 50;

/** experiments.list: every enhancement's holdout (0 until set), and the latest changes. */
export async function listExperiments(ctx: Context) {
  const rows = await ctx.db.select().from(experiments);
  const byEnhancement = new Map(rows.map((r) => [r.enhancement, r]));
  const settings: ExperimentSetting[] = ENHANCEMENTS.map((enhancement) => {
    const row = byEnhancement.get(enhancement);
    return {
      enhancement,
      holdoutPercent: row?.holdoutPercent ?? 0,
      updatedAt: row?.updatedAt ?? null,
      updatedBy: row?.updatedBy ?? null,
    };
  });
  const changes = await ctx.db
    .select()
    .from(experimentChanges)
    .orderBy(desc(experimentChanges.changedAt))
    .limit(RECENT_CHANGES);
  return { experiments: settings, changes };
}

/** experiments.set: the new percentage and its audit row, in one transaction. */
export async function setExperiment(
  ctx: Context,
  enhancement: Enhancement,
  holdoutPercent: number,
  changedBy: string,
): Promise<ExperimentSetting> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [previous] = await tx
      .select()
      .from(experiments)
      .where(eq(experiments.enhancement, enhancement))
      .for('update');
    await tx
      .insert(experiments)
      .values({ enhancement, holdoutPercent, updatedAt: now, updatedBy: changedBy })
      .onConflictDoUpdate({
        target: experiments.enhancement,
        set: { holdoutPercent, updatedAt: now, updatedBy: changedBy },
      });
    await tx.insert(experimentChanges).values({
      id: ctx.newId(),
      enhancement,
      previousPercent: previous?.holdoutPercent ?? 0,
      holdoutPercent,
      changedBy,
      changedAt: now,
    });
    return { enhancement, holdoutPercent, updatedAt: now, updatedBy: changedBy };
  });
}
