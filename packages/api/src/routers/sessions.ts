import { logSession } from '../services/sessions';
import { router, userProcedure } from '../trpc';
import { SessionLogInput } from './inputs';

export const sessionsRouter = router({
  log: userProcedure.input(SessionLogInput).mutation(({ ctx, input }) => logSession(ctx, input.text, input.trainedAt)),
});
