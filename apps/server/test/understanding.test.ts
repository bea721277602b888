import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

// Issue 15, through the real API: what a message rules out never becomes a topic, and a training log
// with numbers sent while the frequency question waits is logged as a session, not taken as the answer.
describe.each(testBackends())('understanding gym-chat messages on %s', (backend) => {
  const svc = useTestService(backend);
  const sessionsOf = async (userId: string): Promise<number> => {
    const [row] = await selectRows<{ n: number }>(
      svc().database,
      `select count(*)::int as n from training_sessions where user_id = '${userId}'`,
    );
    return Number(row?.n ?? 0);
  };

  it('keeps a ruled-out topic out of the reply, through videos.request and chat.send', async () => {
    const { api } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: 'no more leg lock videos please, I need mount escapes' });
    expect(reply.topics).toEqual(['mount', 'mount_escape']);
    const banned = await api.chat.send.mutate({ text: 'my gym bans heel hooks, what about kneebars' });
    expect(banned.kind).toBe('videos');
    if (banned.kind !== 'videos') return;
    expect(banned.topics).toEqual(['kneebar']);
    expect(banned.topics).not.toContain('heel_hook');
  });

  it('replies with the topics asked, while ranking still reads the guard a submission is asked from', async () => {
    const { api } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: 'armbar from guard' });
    expect(reply.topics).toEqual(['armbar']);
    expect(reply.videos[0]?.reason).toMatch(/closed guard/);
    const saddle = await api.chat.send.mutate({ text: 'how to escape the saddle' });
    expect(saddle.kind === 'videos' && saddle.topics).toEqual([]);
  });

  it('gives the best answer to a new question even when it was shown for another, and others when the same question comes again', async () => {
    const { api } = await svc().guest();
    const fresh = (await (await svc().guest()).api.videos.request.mutate({ query: 'rnc defense' })).videos;
    await api.videos.request.mutate({ query: 'back escapes' });
    const afterOther = await api.videos.request.mutate({ query: 'rnc defense' });
    expect(afterOther.videos.map((v) => v.videoId)).toEqual(fresh.map((v) => v.videoId));
    const again = await api.videos.request.mutate({ query: 'rnc defense' });
    expect(again.videos.map((v) => v.videoId)).not.toContain(fresh[0]?.videoId);
  });

  it('logs a session with numbers while the frequency question is pending, and leaves the question unanswered', async () => {
    const { api, userId } = await svc().guest();
    const first = await api.chat.send.mutate({ text: 'armbar from guard' });
    expect(first.kind === 'videos' && first.profilePrompt?.field).toBe('belt_level');
    expect(await api.chat.send.mutate({ text: 'blue belt' })).toMatchObject({ kind: 'profile', value: 'blue' });
    const second = await api.chat.send.mutate({ text: 'kimura from side control' });
    expect(second.kind === 'videos' && second.profilePrompt?.field).toBe('training_frequency');

    const log = await api.chat.send.mutate({ text: 'rolled six times with the comp team tonight' });
    expect(log.kind).toBe('session');
    expect(await sessionsOf(userId)).toBe(1);
    const { profile } = await api.profile.get.query();
    expect(profile).toMatchObject({ belt_level: 'blue', training_frequency: null });
  });

  it('takes a promotion told as news as the answer to the pending belt question', async () => {
    const { api, userId } = await svc().guest();
    await api.chat.send.mutate({ text: 'triangle from closed guard' });
    const answer = await api.chat.send.mutate({ text: 'just got promoted to purple tonight!!' });
    expect(answer).toMatchObject({ kind: 'profile', field: 'belt_level', value: 'purple' });
    expect(await sessionsOf(userId)).toBe(0);
  });
});
