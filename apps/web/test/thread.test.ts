import { describe, expect, it } from 'vitest';
import { emptyThread, livePrompt, threadReducer, type ThreadAction, type ThreadState } from '../src/lib/thread';
import { answer, profileReply, prompt, sessionReply, videoReply } from './fixtures';

const run = (...actions: ThreadAction[]): ThreadState => actions.reduce(threadReducer, emptyThread());

describe('threadReducer', () => {
  it('adds the user message and waits for the reply', () => {
    const state = run({ type: 'sent', text: 'How do I escape mount?', via: 'chat' });
    expect(state.items).toEqual([{ id: 1, role: 'user', text: 'How do I escape mount?', via: 'chat' }]);
    expect(state.pending).toBe('chat');
  });

  it('threads the reply and stops waiting', () => {
    const reply = videoReply();
    const state = run({ type: 'sent', text: 'mount', via: 'chat' }, { type: 'replied', reply });
    expect(state.pending).toBeNull();
    expect(state.items[1]).toEqual({ id: 2, role: 'prof', reply, prompt: null });
  });

  it('gives a videos reply with a profile question an open prompt', () => {
    const state = run({ type: 'replied', reply: videoReply({ profilePrompt: prompt('belt_level') }) });
    const item = state.items[0];
    expect(item?.role === 'prof' && item.prompt).toMatchObject({ status: 'open', answer: null, acknowledgement: null });
    expect(livePrompt(state)?.id).toBe(1);
  });

  it('threads a logged session like any reply', () => {
    const state = run(
      { type: 'sent', text: 'Rolled 5 rounds', via: 'log' },
      { type: 'replied', reply: sessionReply() },
    );
    expect(state.items.map((i) => i.role)).toEqual(['user', 'prof']);
    expect(state.items[0]).toMatchObject({ via: 'log' });
  });

  it('records a failure with what to retry, and a retry removes only the error', () => {
    const failed = run(
      { type: 'sent', text: 'mount', via: 'chat' },
      { type: 'failed', message: 'Offline', retry: { via: 'chat', text: 'mount' } },
    );
    expect(failed.pending).toBeNull();
    expect(failed.items[1]).toEqual({ id: 2, role: 'error', text: 'Offline', retry: { via: 'chat', text: 'mount' } });
    const retrying = threadReducer(failed, { type: 'retrying', itemId: 2, via: 'chat' });
    expect(retrying.items.map((i) => i.role)).toEqual(['user']);
    expect(retrying.pending).toBe('chat');
  });

  describe('profile prompts', () => {
    const asked = () => run({ type: 'replied', reply: videoReply({ profilePrompt: prompt('belt_level') }) });
    const promptOf = (state: ThreadState, index = 0) => {
      const item = state.items[index];
      return item?.role === 'prof' ? item.prompt : undefined;
    };

    it('closes the prompt with the acknowledgement once understood', () => {
      const state = [
        { type: 'promptSending', itemId: 1, answer: 'Blue belt' } as const,
        { type: 'promptAnswered', itemId: 1, result: answer('belt_level', true) } as const,
      ].reduce(threadReducer, asked());
      expect(promptOf(state)).toEqual({
        status: 'answered',
        answer: 'Blue belt',
        acknowledgement: 'Got it — blue belt.',
        understood: true,
        error: null,
      });
      expect(livePrompt(state)).toBeNull();
    });

    it('keeps the prompt open, showing the acknowledgement, when not understood', () => {
      const state = threadReducer(asked(), { type: 'promptAnswered', itemId: 1, result: answer('belt_level', false) });
      expect(promptOf(state)).toMatchObject({
        status: 'open',
        understood: false,
        acknowledgement: "I didn't quite catch that.",
      });
      expect(livePrompt(state)?.id).toBe(1);
    });

    it('reopens the prompt with the error when the answer fails to send', () => {
      const state = [
        { type: 'promptSending', itemId: 1, answer: 'Blue' } as const,
        { type: 'promptFailed', itemId: 1, message: 'Answer: Too big' } as const,
      ].reduce(threadReducer, asked());
      expect(promptOf(state)).toMatchObject({ status: 'open', error: 'Answer: Too big' });
    });

    it('settles the prompt when the answer came through free chat, dropping a misread earlier answer', () => {
      const misread = threadReducer(asked(), {
        type: 'promptAnswered',
        itemId: 1,
        result: answer('belt_level', false),
      });
      const state = threadReducer(
        {
          ...misread,
          items: misread.items.map((i) =>
            i.role === 'prof' && i.prompt ? { ...i, prompt: { ...i.prompt, answer: 'banana' } } : i,
          ),
        },
        { type: 'replied', reply: profileReply('belt_level') },
      );
      expect(promptOf(state)).toMatchObject({
        status: 'answered',
        understood: true,
        answer: null,
        acknowledgement: 'Got it — blue belt.',
      });
    });

    it('leaves a prompt for another field open after a free-chat answer', () => {
      const state = threadReducer(asked(), { type: 'replied', reply: profileReply('training_goals') });
      expect(promptOf(state)?.status).toBe('open');
    });

    it('supersedes an older open question when a new one arrives', () => {
      const state = threadReducer(asked(), {
        type: 'replied',
        reply: videoReply({ profilePrompt: prompt('belt_level') }),
      });
      expect(promptOf(state, 0)?.status).toBe('superseded');
      expect(promptOf(state, 1)?.status).toBe('open');
      expect(livePrompt(state)?.id).toBe(2);
    });

    it('does not touch answered prompts when a new question arrives', () => {
      const answered = threadReducer(asked(), {
        type: 'promptAnswered',
        itemId: 1,
        result: answer('belt_level', true),
      });
      const state = threadReducer(answered, {
        type: 'replied',
        reply: videoReply({ profilePrompt: prompt('training_frequency') }),
      });
      expect(promptOf(state, 0)?.status).toBe('answered');
    });
  });

  it('tracks feedback (latest wins, null clears) and opened videos', () => {
    let state = run(
      { type: 'feedback', engagementId: 'e1', feedback: 'helpful' },
      { type: 'feedback', engagementId: 'e1', feedback: 'not_helpful' },
    );
    expect(state.feedback).toEqual({ e1: 'not_helpful' });
    state = threadReducer(state, { type: 'feedback', engagementId: 'e1', feedback: null });
    expect(state.feedback).toEqual({});
    const opened = threadReducer(state, { type: 'opened', engagementId: 'e1' });
    expect(opened.opened).toEqual({ e1: true });
    expect(threadReducer(opened, { type: 'opened', engagementId: 'e1' })).toBe(opened);
  });

  it('starts over from an empty thread', () => {
    const state = run(
      { type: 'sent', text: 'hi', via: 'chat' },
      { type: 'feedback', engagementId: 'e', feedback: 'helpful' },
      { type: 'reset' },
    );
    expect(state).toEqual(emptyThread());
  });

  it('keeps ids unique as items come and go', () => {
    const state = run(
      { type: 'sent', text: 'a', via: 'chat' },
      { type: 'failed', message: 'x', retry: null },
      { type: 'dismiss', itemId: 2 },
      { type: 'sent', text: 'b', via: 'chat' },
    );
    expect(state.items.map((i) => i.id)).toEqual([1, 3]);
  });
});
