import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { rowCounts, selectRows } from './support/tables';
import { useTestService } from './support/test-service';

describe.each(testBackends())('profile through conversation on %s (docs/rules.md §1)', (backend) => {
  const svc = useTestService(backend);

  it('asks on the first 4 requests, the first unknown field in order, and remembers it as pending', async () => {
    const { api } = await svc().guest();
    const first = await api.videos.request.mutate({ query: 'armbar from guard' });
    expect(first.profilePrompt?.field).toBe('belt_level');
    expect(first.profilePrompt?.question).toMatch(/beginner/);
    const answer = await api.profile.answer.mutate({ text: "I'm a blue belt, 2 stripes" });
    expect(answer).toMatchObject({ field: 'belt_level', understood: true, value: 'blue', completion: 25 });
    expect(answer.acknowledgement).toMatch(/blue belt/);

    expect((await api.videos.request.mutate({ query: 'kimura' })).profilePrompt?.field).toBe('training_frequency');
    expect(await api.profile.answer.mutate({ text: '2-3x a week' })).toMatchObject({ value: 2.5, completion: 50 });
    expect((await api.videos.request.mutate({ query: 'omoplata' })).profilePrompt?.field).toBe('main_position');
    expect(await api.profile.answer.mutate({ text: "Top. Guard isn't my thing." })).toMatchObject({
      value: 'top',
      completion: 75,
    });
    expect((await api.videos.request.mutate({ query: 'triangle' })).profilePrompt?.field).toBe('training_goals');
    expect((await api.videos.request.mutate({ query: 'sweeps' })).profilePrompt).toBeNull();
    expect(await api.profile.get.query()).toMatchObject({
      profile: { belt_level: 'blue', training_frequency: 2.5, main_position: 'top', training_goals: null },
      completion: 75,
    });
  });

  it('a field asked twice without an understood answer is not asked again', async () => {
    const { api } = await svc().guest();
    expect((await api.videos.request.mutate({ query: 'armbar' })).profilePrompt?.field).toBe('belt_level');
    expect((await api.videos.request.mutate({ query: 'kimura' })).profilePrompt?.field).toBe('belt_level');
    expect((await api.videos.request.mutate({ query: 'triangle' })).profilePrompt?.field).toBe('training_frequency');
  });

  it('an answer that cannot be read changes nothing and keeps the question pending', async () => {
    const { api, userId } = await svc().guest();
    await api.videos.request.mutate({ query: 'armbar' });
    const before = await selectRows(svc().database, `select * from engagement_profiles where user_id = '${userId}'`);
    const result = await api.profile.answer.mutate({ text: 'whatever lol' });
    expect(result).toMatchObject({ field: 'belt_level', understood: false, value: null, completion: 0 });
    expect(result.acknowledgement).toMatch(/didn't quite catch/);
    expect(await selectRows(svc().database, `select * from engagement_profiles where user_id = '${userId}'`)).toEqual(
      before,
    );
  });

  it('answers a named field without touching the pending one; completion is recomputed, not counted', async () => {
    const { api } = await svc().guest();
    await api.videos.request.mutate({ query: 'armbar' });
    expect(await api.profile.answer.mutate({ field: 'training_goals', text: 'I want to compete' })).toMatchObject({
      value: 'competition',
      completion: 25,
    });
    // Answering the same field again replaces it; completion does not grow.
    expect(await api.profile.answer.mutate({ field: 'training_goals', text: 'stay fit' })).toMatchObject({
      value: 'fitness',
      completion: 25,
    });
    expect(await api.profile.answer.mutate({ text: 'purpel' })).toMatchObject({
      field: 'belt_level',
      value: 'purple',
      completion: 50,
    });
  });

  it('without a field and nothing pending, answering is a BAD_REQUEST on `field` that writes nothing', async () => {
    const { api } = await svc().guest();
    const before = await rowCounts(svc().database, ['engagement_profiles']);
    const error = await expectError(api.profile.answer.mutate({ text: 'blue belt' }), 'BAD_REQUEST');
    expect(error.data?.zodError?.fieldErrors.field).toBeDefined();
    await expectError(api.profile.answer.mutate({ field: 'height' as 'belt_level', text: 'tall' }), 'BAD_REQUEST');
    await expectError(api.profile.answer.mutate({ text: 'x'.repeat(501) }), 'BAD_REQUEST');
    expect(await rowCounts(svc().database, ['engagement_profiles'])).toEqual(before);
  });

  it('each question shown is stored as an exposure of the profile_questions enhancement', async () => {
    const { api, userId } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: 'armbar' });
    const rows = await selectRows(
      svc().database,
      `select kind, enhancement, type, request_id from exposures where user_id = '${userId}'`,
    );
    expect(rows).toEqual([
      { kind: 'profile_question', enhancement: 'profile_questions', type: 'belt_level', request_id: reply.requestId },
    ]);
  });
});
