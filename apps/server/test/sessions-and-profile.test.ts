import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { rowCounts, selectRows } from './support/tables';
import { useTestService } from './support/test-service';

describe.each(testBackends())('sessions and profile on %s', (backend) => {
  const svc = useTestService(backend);

  it('sessions.log reads topics from the text and counts sessions', async () => {
    const { api } = await svc().guest();
    const first = await api.sessions.log.mutate({
      text: 'Rolled 5 rounds, got swept from half guard twice and hit an armbar',
    });
    expect(first).toMatchObject({ totalSessions: 1, isFirst: true });
    expect(first.topics).toEqual(expect.arrayContaining(['half_guard', 'armbar']));
    const trainedAt = new Date(svc().deps.clock.now().getTime() - 86_400_000);
    const second = await api.sessions.log.mutate({ text: 'Drilled knee slice passing', trainedAt });
    expect(second).toMatchObject({ totalSessions: 2, isFirst: false });
    const [row] = await selectRows<{ trained_at: Date }>(
      svc().database,
      `select trained_at from training_sessions where id = '${second.sessionId}'`,
    );
    expect(new Date(row!.trained_at).getTime()).toBe(trainedAt.getTime());
  });

  it.each([
    ['empty text', { text: '' }],
    ['whitespace', { text: '    ' }],
    ['over 2000 characters', { text: 'x'.repeat(2001) }],
    ['a string date', { text: 'trained', trainedAt: '2026-01-01' }],
    ['a date Postgres cannot store', { text: 'trained', trainedAt: new Date(-8.64e15) }],
    ['a date before 1970', { text: 'trained', trainedAt: new Date('1969-12-31T00:00:00Z') }],
  ])('sessions.log refuses %s with BAD_REQUEST and writes nothing', async (_label, input) => {
    const { api } = await svc().guest();
    const before = await rowCounts(svc().database, ['training_sessions', 'engagement_profiles']);
    await expectError(api.sessions.log.mutate(input as { text: string }), 'BAD_REQUEST');
    expect(await rowCounts(svc().database, ['training_sessions', 'engagement_profiles'])).toEqual(before);
  });

  it('profile.get starts empty with completion 0 and tips on', async () => {
    const { api } = await svc().guest();
    expect(await api.profile.get.query()).toEqual({
      profile: { belt_level: null, training_frequency: null, main_position: null, training_goals: null },
      completion: 0,
      preferences: { conversionTips: true },
    });
  });

  it('profile.setPreferences switches conversion tips off and on', async () => {
    const { api } = await svc().guest();
    expect(await api.profile.setPreferences.mutate({ conversionTips: false })).toEqual({ conversionTips: false });
    expect((await api.profile.get.query()).preferences).toEqual({ conversionTips: false });
    await expectError(api.profile.setPreferences.mutate({ conversionTips: 'no' as unknown as boolean }), 'BAD_REQUEST');
    expect((await api.profile.get.query()).preferences).toEqual({ conversionTips: false });
  });
});
