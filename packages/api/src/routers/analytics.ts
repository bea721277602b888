import { funnel } from '../services/analytics/funnel';
import { metrics } from '../services/analytics/metrics';
import { adminProcedure, router } from '../trpc';
import { DateRangeInput } from './inputs';

export const analyticsRouter = router({
  funnel: adminProcedure.input(DateRangeInput).query(({ ctx, input }) => funnel(ctx, input ?? {})),
  metrics: adminProcedure.input(DateRangeInput).query(({ ctx, input }) => metrics(ctx, input ?? {})),
});
