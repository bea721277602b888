import { getProfile, setPreferences } from '../services/profiles';
import { router, userProcedure } from '../trpc';
import { PreferencesInput } from './inputs';

export const profileRouter = router({
  get: userProcedure.query(({ ctx }) => getProfile(ctx)),
  setPreferences: userProcedure.input(PreferencesInput).mutation(({ ctx, input }) => setPreferences(ctx, input.conversionTips)),
});
