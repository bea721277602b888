import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { rowCounts } from './support/tables';
import { useTestService } from './support/test-service';

describe.each(testBackends())('chat.send on %s', (backend) => {
  const svc = useTestService(backend);

  it('routes an answer to the pending profile question to the profile', async () => {
    const { api } = await svc().guest();
    const first = await api.chat.send.mutate({ text: 'show me triangle escapes' });
    expect(first.kind).toBe('videos');
    if (first.kind !== 'videos') return;
    expect(first.profilePrompt?.field).toBe('belt_level');
    const answer = await api.chat.send.mutate({ text: 'purple belt, 1 stripe' });
    expect(answer).toMatchObject({
      kind: 'profile',
      field: 'belt_level',
      understood: true,
      value: 'purple',
      completion: 25,
    });
  });

  it('a message that is not an answer is handled as usual and the question stays pending', async () => {
    const { api } = await svc().guest();
    await api.chat.send.mutate({ text: 'armbar from guard' });
    const other = await api.chat.send.mutate({ text: 'how do I escape side control?' });
    expect(other.kind).toBe('videos');
    expect(await api.chat.send.mutate({ text: 'blue' })).toMatchObject({ kind: 'profile', value: 'blue' });
  });

  it('an answer that goes on to ask for help gets the videos, and the answer still settles the question', async () => {
    const { api } = await svc().guest();
    await api.chat.send.mutate({ text: 'armbar from guard' });
    const reply = await api.chat.send.mutate({ text: 'blue belt, any tips for escaping mount?' });
    expect(reply).toMatchObject({ kind: 'videos', topics: ['mount', 'mount_escape'] });
    // the belt is known now, so the next question is the next field's
    expect(reply.kind === 'videos' && reply.profilePrompt?.field).toBe('training_frequency');
    expect(await api.profile.get.query()).toMatchObject({ profile: { belt_level: 'blue' } });
    // a story that states no answer before its ask leaves the question pending
    const { api: other } = await svc().guest();
    await other.chat.send.mutate({ text: 'armbar from guard' });
    await other.chat.send.mutate({ text: 'got smashed by a purple belt today, how do i escape side control' });
    expect(await other.profile.get.query()).toMatchObject({ profile: { belt_level: null } });
  });

  it('answers the pending question once, even when the same answer arrives several times at once', async () => {
    const { api } = await svc().guest();
    await api.chat.send.mutate({ text: 'armbar from guard' });
    const replies = await Promise.all(Array.from({ length: 5 }, () => api.chat.send.mutate({ text: 'blue belt' })));
    expect(replies.filter((r) => r.kind === 'profile')).toHaveLength(1);
    expect(replies.filter((r) => r.kind === 'videos')).toHaveLength(4);
    expect(await api.profile.get.query()).toMatchObject({ profile: { belt_level: 'blue' } });
  });

  it('routes only the message right after the question to it; profile.answer still answers it later', async () => {
    const { api } = await svc().guest();
    const first = await api.chat.send.mutate({ text: 'armbar from guard' });
    expect(first.kind === 'videos' && first.profilePrompt?.field).toBe('belt_level');
    expect((await api.chat.send.mutate({ text: 'just trained, rolled 5 rounds and got swept twice' })).kind).toBe(
      'session',
    );
    expect((await api.chat.send.mutate({ text: 'purple belt' })).kind).toBe('videos');
    expect(await api.profile.answer.mutate({ text: 'purple belt' })).toMatchObject({
      field: 'belt_level',
      understood: true,
      value: 'purple',
    });
  });

  it("routes a training log to sessions, with an insight from the user's history", async () => {
    const { api } = await svc().guest();
    await api.chat.send.mutate({ text: 'triangle defense' });
    await api.chat.send.mutate({ text: 'how to stop triangles' });
    const logged = await api.chat.send.mutate({
      text: 'Just trained — rolled 5 rounds, got swept from half guard twice',
    });
    expect(logged.kind).toBe('session');
    if (logged.kind !== 'session') return;
    expect(logged).toMatchObject({ totalSessions: 1, isFirst: true });
    expect(logged.topics).toContain('half_guard');
    expect(logged.insight).toMatch(/half guard|triangle/i);
  });

  it('ambiguous text goes to videos', async () => {
    const { api } = await svc().guest();
    expect((await api.chat.send.mutate({ text: 'guard' })).kind).toBe('videos');
  });

  it('refuses empty and oversized messages, and long non-log text, writing nothing', async () => {
    const { api } = await svc().guest();
    const before = await rowCounts(svc().database, ['video_requests', 'training_sessions']);
    await expectError(api.chat.send.mutate({ text: '  ' }), 'BAD_REQUEST');
    await expectError(api.chat.send.mutate({ text: 'x'.repeat(2001) }), 'BAD_REQUEST');
    const long = await expectError(
      api.chat.send.mutate({ text: `what about ${'the guard '.repeat(60)}` }),
      'BAD_REQUEST',
    );
    expect(long.data?.zodError?.fieldErrors.text).toBeDefined();
    expect(await rowCounts(svc().database, ['video_requests', 'training_sessions'])).toEqual(before);
  });

  it("sessions.log returns an insight that speaks to the user's own game", async () => {
    const { api } = await svc().guest();
    await api.videos.request.mutate({ query: 'kimura from side control' });
    await api.videos.request.mutate({ query: 'kimura grips' });
    const first = await api.sessions.log.mutate({ text: 'drilled kimura from side control for 20 minutes' });
    expect(first.insight).toMatch(/kimura/i);
    const second = await api.sessions.log.mutate({ text: 'rolled, hit a kimura from side control' });
    expect(second.insight).toBeTruthy();
    expect(second.insight).not.toBe(first.insight);
    await expectError(
      api.sessions.log.mutate({ text: 'future', trainedAt: new Date(Date.now() + 10 * 86_400_000) }),
      'BAD_REQUEST',
    );
  });
});
