import { listExperiments, setExperiment } from '../services/experiments';
import { adminProcedure, router } from '../trpc';
import { ExperimentSetInput } from './inputs';

export const experimentsRouter = router({
  list: adminProcedure.query(({ ctx }) => listExperiments(ctx)),
  set: adminProcedure
    .input(ExperimentSetInput)
    .mutation(({ ctx, input }) =>
      setExperiment(ctx, input.enhancement, input.holdoutPercent, input.changedBy ?? 'admin'),
    ),
});
