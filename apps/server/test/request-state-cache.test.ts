import { appRouter, createContext, serviceDeps } from '@profos/api';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { selectRows } from './support/tables';
import { TEST_ADMIN_TOKEN, TEST_AUTH_SECRET, useTestService } from './support/test-service';

// videos.request decides from the user's state cached after their last request and claims its
// write against the state's versions (services/request-state-cache.ts). Here: the repeat request
// really is one round trip, and what another instance of the service changes is never missed.
describe.each(testBackends())('the cached request state on %s', (backend) => {
  const svc = useTestService(backend);
  /** A second instance of the service on the same database: its own deps, so its own cache. */
  const otherInstance = (authorization: string) =>
    appRouter.createCaller(createContext(serviceDeps(svc().database, { authSecret: TEST_AUTH_SECRET, adminToken: TEST_ADMIN_TOKEN }), authorization));

  it('a repeat request sends BEGIN, its claimed write, the read of what it left and COMMIT, in one batch', async () => {
    const { api } = await svc().guest();
    await api.videos.request.mutate({ query: 'armbar from guard' });
    svc().statements.clear();
    const reply = await api.videos.request.mutate({ query: 'kimura from side control' });
    expect(reply.videos.length).toBeGreaterThan(0);
    const sent = svc().statements.statements;
    expect(sent).toHaveLength(4);
    expect(sent[0]).toBe('begin');
    expect(sent[1]).toMatch(/^with prof as \(update engagement_profiles .* state_version = /s);
    expect(sent[2]).toMatch(/json_build_object\(\s*'profile'/);
    expect(sent[3]).toBe('commit');
  });

  it('preferences changed through another instance stop the prompts at once', async () => {
    const { api, token, userId } = await svc().guest();
    expect((await api.videos.request.mutate({ query: 'armbar' })).profilePrompt).not.toBeNull();
    await otherInstance(`Bearer ${token}`).profile.setPreferences({ conversionTips: false });
    expect((await api.videos.request.mutate({ query: 'kimura' })).profilePrompt).toBeNull();
    const [profile] = await selectRows<{ asks: number; request_count: number }>(svc().database,
      `select belt_level_asks + training_frequency_asks as asks, request_count from engagement_profiles where user_id = '${userId}'`);
    expect(profile).toEqual({ asks: 1, request_count: 2 });
  });

  it('a holdout set through another instance applies to the very next request', async () => {
    const { api } = await svc().guest();
    expect((await api.videos.request.mutate({ query: 'armbar' })).profilePrompt).not.toBeNull();
    const admin = otherInstance(`Bearer ${TEST_ADMIN_TOKEN}`);
    await admin.experiments.set({ enhancement: 'profile_questions', holdoutPercent: 100 });
    try {
      expect((await api.videos.request.mutate({ query: 'kimura' })).profilePrompt).toBeNull();
    } finally {
      await admin.experiments.set({ enhancement: 'profile_questions', holdoutPercent: 0 });
    }
  });

  it('feedback given through another instance is honoured by the next request here', async () => {
    const { api, token } = await svc().guest();
    const first = await api.videos.request.mutate({ query: 'triangle escapes' });
    const rejected = first.videos[0]!;
    // Past the repeat window, so only the feedback can keep that video out of the next reply.
    for (let i = 0; i < 10; i++) await api.videos.request.mutate({ query: ['sweeps', 'kimura', 'armbar', 'guillotine', 'heel hook'][i % 5]! });
    await otherInstance(`Bearer ${token}`).engagement.feedback({ engagementId: rejected.engagementId, feedback: 'not_helpful' });
    const again = await api.videos.request.mutate({ query: 'triangle escapes' });
    expect(again.videos.map((v) => v.videoId)).not.toContain(rejected.videoId);
  });
});
