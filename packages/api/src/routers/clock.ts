import { advanceClock, readClock, setClock } from '../services/test-clock';
import { testClockProcedure, router } from '../trpc';
import { ClockAdvanceInput, ClockSetInput } from './inputs';

export const clockRouter = router({
  get: testClockProcedure.query(({ ctx }) => readClock(ctx)),
  set: testClockProcedure.input(ClockSetInput).mutation(({ ctx, input }) => setClock(ctx, input.at)),
  advance: testClockProcedure.input(ClockAdvanceInput).mutation(({ ctx, input }) => advanceClock(ctx, input.ms)),
});
