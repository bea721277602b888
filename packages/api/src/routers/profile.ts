import { deleteProfile, exportProfile } from '../services/data-rights';
import { answerProfile } from '../services/profile-answers';
import { getProfile, setPreferences } from '../services/profiles';
import { router, userProcedure } from '../trpc';
import { PreferencesInput, ProfileAnswerInput } from './inputs';

export const profileRouter = router({
  get: userProcedure.query(({ ctx }) => getProfile(ctx)),
  answer: userProcedure
    .input(ProfileAnswerInput)
    .mutation(({ ctx, input }) => answerProfile(ctx, input.text, input.field)),
  setPreferences: userProcedure
    .input(PreferencesInput)
    .mutation(({ ctx, input }) => setPreferences(ctx, input.conversionTips)),
  export: userProcedure.query(({ ctx }) => exportProfile(ctx)),
  delete: userProcedure.mutation(({ ctx }) => deleteProfile(ctx)),
});
