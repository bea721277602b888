import { recordClick, recordFeedback } from '../services/engagements';
import { router, userProcedure } from '../trpc';
import { EngagementIdInput, FeedbackInput } from './inputs';

export const engagementRouter = router({
  click: userProcedure.input(EngagementIdInput).mutation(({ ctx, input }) => recordClick(ctx, input.engagementId)),
  feedback: userProcedure
    .input(FeedbackInput)
    .mutation(({ ctx, input }) => recordFeedback(ctx, input.engagementId, input.feedback)),
});
