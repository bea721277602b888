import { createGuest } from '../services/guests';
import { logout } from '../services/logout';
import { publicProcedure, router, userProcedure } from '../trpc';
import { GuestInput } from './inputs';

export const authRouter = router({
  guest: publicProcedure.input(GuestInput).mutation(({ ctx, input }) => createGuest(ctx, input?.name)),
  logout: userProcedure.mutation(({ ctx }) => logout(ctx)),
});
