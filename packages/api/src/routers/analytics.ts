import { funnel } from '../services/analytics/funnel';
import { metrics } from '../services/analytics/metrics';
import { weekly } from '../services/analytics/weekly';
import { adminProcedure, router } from '../trpc';
import { DateRangeInput, WeeklyInput } from './inputs';

export const analyticsRouter = router({
  funnel: adminProcedure.input(DateRangeInput).query(({ ctx, input }) => funnel(ctx, input ?? {})),
  metrics: adminProcedure.input(DateRangeInput).query(({ ctx, input }) => metrics(ctx, input ?? {})),
  weekly: adminProcedure.input(WeeklyInput).query(({ ctx, input }) => weekly(ctx, input ?? {})),
});
