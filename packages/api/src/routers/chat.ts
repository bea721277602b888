import { sendChat } from '../services/chat';
import { router, userProcedure } from '../trpc';
import { ChatInput } from './inputs';

export const chatRouter = router({
  send: userProcedure.input(ChatInput).mutation(({ ctx, input }) => sendChat(ctx, input.text)),
});
