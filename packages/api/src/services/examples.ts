import { TRPCError } from '@trpc/server';
import { asc, eq } from 'drizzle-orm';
import { powerUserExamples } from '../db/schema';
import type { Context } from '../context';

export interface ExampleInput {
  id?: string;
  exampleType: string;
  userQuestion: string;
  profResponseSummary: string;
  outcome: string;
  effectivenessScore: number;
  active?: boolean;
}

type ExampleRow = typeof powerUserExamples.$inferSelect;

/** An example with its measured conversion (credited conversions ÷ users shown). */
export function withRate(row: ExampleRow) {
  return { ...row, conversionRate: row.shownUsers ? row.conversions / row.shownUsers : null };
}

export async function listExamples(ctx: Context) {
  const rows = await ctx.db
    .select()
    .from(powerUserExamples)
    .orderBy(asc(powerUserExamples.createdAt), asc(powerUserExamples.id));
  return rows.map(withRate);
}

/** Creates (no id, or a new id) or edits an example; measured stats are never overwritten. */
export async function upsertExample(ctx: Context, input: ExampleInput) {
  const now = ctx.clock.now();
  const values = {
    exampleType: input.exampleType,
    userQuestion: input.userQuestion,
    profResponseSummary: input.profResponseSummary,
    outcome: input.outcome,
    effectivenessScore: input.effectivenessScore,
    ...(input.active === undefined ? {} : { active: input.active }),
    updatedAt: now,
  };
  const [row] = await ctx.db
    .insert(powerUserExamples)
    .values({ id: input.id ?? ctx.newId(), createdAt: now, ...values })
    .onConflictDoUpdate({ target: powerUserExamples.id, set: values })
    .returning();
  return withRate(row!);
}

export async function setExampleActive(ctx: Context, id: string, active: boolean) {
  // In one transaction: the library's statement trigger moves the config version even when no row
  // matched, so a refused call must roll its update back.
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(powerUserExamples)
      .set({ active, updatedAt: ctx.clock.now() })
      .where(eq(powerUserExamples.id, id))
      .returning();
    if (!updated) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such example' });
    return updated;
  });
  return withRate(row);
}
