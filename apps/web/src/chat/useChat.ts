import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { AnswerResult, ChatReply, Feedback, ProfileField } from '../api/types';
import { userToken } from '../api/tokens';
import { trpc } from '../api/trpc';
import { createClickRecorder } from '../lib/click-recorder';
import { describeError, errorCode } from '../lib/errors';
import { threadReducer, type Via } from '../lib/thread';
import { restoreThread, serializeThread } from '../lib/thread-storage';

const THREAD_KEY = 'profos.thread';

/** sent; refused as bad input (the text needs changing); or failed (worth trying again). */
export type Outcome = 'sent' | 'refused' | 'failed';

/** The thread and everything the user can do in it, each through its typed procedure. */
export function useChat() {
  // A stored thread belongs to the stored guest: without one, the thread starts fresh too.
  const [state, dispatch] = useReducer(threadReducer, null, () =>
    restoreThread(userToken.get() ? localStorage.getItem(THREAD_KEY) : null),
  );
  useEffect(() => {
    localStorage.setItem(THREAD_KEY, serializeThread(state));
  }, [state]);

  const utils = trpc.useUtils();
  const { mutateAsync: sendChat } = trpc.chat.send.useMutation();
  const { mutateAsync: logSession } = trpc.sessions.log.useMutation();
  const { mutateAsync: answerProfile } = trpc.profile.answer.useMutation();
  const { mutate: recordClick } = trpc.engagement.click.useMutation();
  const { mutateAsync: sendFeedback } = trpc.engagement.feedback.useMutation();

  /** Keeps the header's profile completion in step with every answer, then confirms it. */
  const profileChanged = useCallback(
    (result: AnswerResult) => {
      if (!result.understood) return;
      utils.profile.get.setData(
        undefined,
        (old) =>
          old && {
            ...old,
            completion: result.completion,
            profile: { ...old.profile, [result.field]: result.value },
          },
      );
      void utils.profile.get.invalidate();
    },
    [utils],
  );

  /** Sends and threads the reply; a refused message (BAD_REQUEST) says what to fix and is not retried as is. */
  const deliver = useCallback(
    async (text: string, via: Via): Promise<Outcome> => {
      try {
        const reply: ChatReply =
          via === 'chat' ? await sendChat({ text }) : { kind: 'session', ...(await logSession({ text })) };
        dispatch({ type: 'replied', reply });
        if (reply.kind === 'profile') profileChanged(reply);
        return 'sent';
      } catch (error) {
        const badRequest = errorCode(error) === 'BAD_REQUEST';
        const message = describeError(error, { text: via === 'chat' ? 'Message' : 'Training log' });
        dispatch({ type: 'failed', message, retry: badRequest ? null : { via, text } });
        return badRequest ? 'refused' : 'failed';
      }
    },
    [sendChat, logSession, profileChanged],
  );

  const submit = useCallback(
    (text: string, via: Via) => {
      dispatch({ type: 'sent', text, via });
      return deliver(text, via);
    },
    [deliver],
  );

  const retry = useCallback(
    (itemId: number, again: { via: Via; text: string }) => {
      dispatch({ type: 'retrying', itemId, via: again.via });
      return deliver(again.text, again.via);
    },
    [deliver],
  );

  const answerPrompt = useCallback(
    async (itemId: number, field: ProfileField, text: string) => {
      dispatch({ type: 'promptSending', itemId, answer: text });
      try {
        const result = await answerProfile({ field, text });
        dispatch({ type: 'promptAnswered', itemId, result });
        profileChanged(result);
      } catch (error) {
        dispatch({ type: 'promptFailed', itemId, message: describeError(error, { text: 'Answer' }) });
      }
    },
    [answerProfile, profileChanged],
  );

  const openVideo = useMemo(
    () =>
      createClickRecorder((engagementId) => {
        dispatch({ type: 'opened', engagementId });
        recordClick({ engagementId });
      }),
    [recordClick],
  );

  /** Shows the choice at once; puts the previous one back (and says why) if the server refuses. */
  const giveFeedback = useCallback(
    async (engagementId: string, choice: Feedback, previous: Feedback | null): Promise<string | null> => {
      dispatch({ type: 'feedback', engagementId, feedback: choice });
      try {
        await sendFeedback({ engagementId, feedback: choice });
        return null;
      } catch (error) {
        dispatch({ type: 'feedback', engagementId, feedback: previous });
        return describeError(error);
      }
    },
    [sendFeedback],
  );

  const reset = useCallback(() => dispatch({ type: 'reset' }), []);

  return {
    state,
    send: useCallback((text: string) => submit(text, 'chat'), [submit]),
    logTraining: useCallback((text: string) => submit(text, 'log'), [submit]),
    retry,
    answerPrompt,
    openVideo,
    giveFeedback,
    reset,
  };
}

export type Chat = ReturnType<typeof useChat>;
