import { runSweepNow } from '../services/jobs';
import { adminProcedure, router } from '../trpc';
import { SweepInput } from './inputs';

export const jobsRouter = router({
  run: adminProcedure.input(SweepInput).mutation(({ ctx, input }) => runSweepNow(ctx, input.name)),
});
