import { createGuest } from '../services/guests';
import { publicProcedure, router } from '../trpc';
import { GuestInput } from './inputs';

export const authRouter = router({
  guest: publicProcedure.input(GuestInput).mutation(({ ctx, input }) => createGuest(ctx, input?.name)),
});
