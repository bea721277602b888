import { listExamples, setExampleActive, upsertExample } from '../services/examples';
import { adminProcedure, router } from '../trpc';
import { ExampleActiveInput, ExampleUpsertInput } from './inputs';

export const examplesRouter = router({
  list: adminProcedure.query(({ ctx }) => listExamples(ctx)),
  upsert: adminProcedure.input(ExampleUpsertInput).mutation(({ ctx, input }) => upsertExample(ctx, input)),
  setActive: adminProcedure
    .input(ExampleActiveInput)
    .mutation(({ ctx, input }) => setExampleActive(ctx, input.id, input.active)),
});
