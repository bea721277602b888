import { describe, expect, it } from 'vitest';
import { emptyThread, threadReducer, type ThreadState } from '../src/lib/thread';
import { MAX_STORED_ITEMS, restoreThread, serializeThread } from '../src/lib/thread-storage';
import { prompt, videoReply } from './fixtures';

describe('thread storage', () => {
  it('round-trips a thread, settled to idle', () => {
    let state = threadReducer(emptyThread(), {
      type: 'replied',
      reply: videoReply({ profilePrompt: prompt('belt_level') }),
    });
    state = threadReducer(state, { type: 'promptSending', itemId: 1, answer: 'Blue belt' });
    state = threadReducer(state, { type: 'feedback', engagementId: 'e1', feedback: 'helpful' });
    state = threadReducer(state, { type: 'sent', text: 'still waiting', via: 'chat' });
    const restored = restoreThread(serializeThread(state));
    expect(restored.pending).toBeNull();
    expect(restored.items).toHaveLength(2);
    const first = restored.items[0];
    expect(first?.role === 'prof' && first.prompt?.status).toBe('open');
    expect(restored.feedback).toEqual({ e1: 'helpful' });
    expect(restored.nextId).toBe(3);
  });

  it('starts fresh on missing, corrupt, foreign or outdated data', () => {
    for (const raw of [null, '', '{', '[]', '{"version":2,"items":[]}', '{"version":1,"items":[{"role":"user"}]}']) {
      expect(restoreThread(raw)).toEqual(emptyThread());
    }
  });

  it('keeps only the newest items', () => {
    let state: ThreadState = emptyThread();
    for (let i = 0; i < MAX_STORED_ITEMS + 5; i++)
      state = threadReducer(state, { type: 'sent', text: `m${i}`, via: 'chat' });
    const restored = restoreThread(serializeThread(state));
    expect(restored.items).toHaveLength(MAX_STORED_ITEMS);
    expect(restored.items[0]).toMatchObject({ text: 'm5' });
    expect(restored.nextId).toBe(state.nextId);
  });
});
