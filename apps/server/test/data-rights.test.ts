import { serviceDeps } from '@profos/api';
import { FRESH_MS } from '@profos/api/auth/token-versions';
import { maintainedWeeklyQuery, recountWeeklyQuery } from '@profos/api/services/analytics/recount';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { mintToken } from './support/mint-token';
import { exampleCountersAndRecount, milestoneCountsAndRegrouping } from './support/recounts';
import { DAY, requestDistinct } from './support/requests';
import { rowCounts, rowsAbout, selectRows } from './support/tables';
import { TEST_ADMIN_TOKEN, TEST_AUTH_SECRET, useTestService } from './support/test-service';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(testBackends())('tokens, export and deletion on %s', (backend) => {
  const svc = useTestService(backend);

  it('auth.logout revokes the token it was called with; a new guest is unaffected', async () => {
    const { api, token } = await svc().guest();
    await api.videos.request.mutate({ query: 'armbar' });
    expect(await api.auth.logout.mutate()).toEqual({ ok: true });
    const revoked = await expectError(svc().client(token).profile.get.query(), 'UNAUTHORIZED');
    expect(revoked.message).toBe('Token revoked');
    const before = await rowCounts(svc().database, ['video_requests', 'video_engagements']);
    await expectError(svc().client(token).videos.request.mutate({ query: 'kimura' }), 'UNAUTHORIZED');
    expect(await rowCounts(svc().database, ['video_requests', 'video_engagements'])).toEqual(before);
    const fresh = await svc().guest();
    await fresh.api.profile.get.query();
  });

  it('a logout through one instance is honoured by another within a couple of seconds', async () => {
    const { createContext, appRouter } = await import('@profos/api');
    const other = serviceDeps(svc().database, { authSecret: TEST_AUTH_SECRET, rateLimits: null });
    const { token, api } = await svc().guest();
    const callOther = () =>
      appRouter
        .createCaller(() => createContext(other, { authorization: `Bearer ${token}`, clientAddress: 'test' }))
        .profile.get();
    await callOther(); // the other instance now holds this user's token version
    await api.auth.logout.mutate();
    await sleep(FRESH_MS + 100);
    await expect(callOther()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it("a host app's token (no version claim) keeps working until the user logs out", async () => {
    const token = await mintToken({ sub: `host-user-${backend}` }, { now: svc().deps.clock.now() });
    const api = svc().client(token);
    await api.videos.request.mutate({ query: 'triangle' });
    await api.auth.logout.mutate();
    await expectError(api.profile.get.query(), 'UNAUTHORIZED');
  });

  it('profile.export returns everything stored about the caller, and nothing about anyone else', async () => {
    const { api, userId } = await svc().guest('Rita');
    const other = await svc().guest('Other');
    await other.api.videos.request.mutate({ query: 'heel hook' });
    const reply = await api.videos.request.mutate({ query: 'triangle escapes' });
    await api.engagement.click.mutate({ engagementId: reply.videos[0]!.engagementId });
    await api.engagement.feedback.mutate({ engagementId: reply.videos[0]!.engagementId, feedback: 'helpful' });
    await api.profile.answer.mutate({ field: 'belt_level', text: 'blue belt' });
    await api.sessions.log.mutate({ text: 'drilled triangle escapes tonight' });
    const exported = await api.profile.export.query();
    expect(exported.user).toMatchObject({ id: userId, name: 'Rita' });
    expect(exported.profile).toMatchObject({ userId, beltLevel: 'blue' });
    expect(exported.videoRequests.map((r) => r.query)).toEqual(['triangle escapes']);
    expect(exported.videoEngagements).toHaveLength(reply.videos.length);
    expect(exported.videoEngagements[0]).toMatchObject({ feedback: 'helpful', clickedAt: expect.any(Date) });
    expect(exported.exposures.length).toBeGreaterThan(0); // the profile question asked in the reply
    expect(exported.trainingSessions.map((s) => s.text)).toEqual(['drilled triangle escapes tonight']);
    expect(exported.milestones).toMatchObject({ userId, firstSessionAt: expect.any(Date) });
    expect(exported.conversion).toMatchObject({ userId });
    const everything = JSON.stringify(exported);
    expect(everything).not.toContain(other.userId);
    expect(everything).not.toContain('heel hook');
  });

  it('profile.delete removes the caller and every row about them in one go; every maintained count stays exact', async () => {
    await svc()
      .admin()
      .clock.set.mutate({ at: new Date('2045-03-01T10:00:00Z') });
    // A population with conversions, examples seen, nudges and feedback; the leaver has a bit of everything.
    const stayer = await svc().guest();
    const leaver = await svc().guest();
    for (const { api } of [stayer, leaver]) {
      const replies = await requestDistinct(api, 5); // the 5th request is a showcase turn
      await api.engagement.click.mutate({ engagementId: replies[0]!.videos[0]!.engagementId });
      await api.engagement.feedback.mutate({
        engagementId: replies[1]!.videos[0]!.engagementId,
        feedback: 'not_helpful',
      });
    }
    await svc().admin().clock.advance.mutate({ ms: DAY });
    await svc().admin().jobs.run.mutate({ name: 'video_follow_ups' });
    await svc().admin().jobs.run.mutate({ name: 'discovery_nudges' });
    await leaver.api.sessions.log.mutate({ text: 'rolled five rounds' });
    const before = await rowsAbout(svc().database, leaver.userId);
    expect(before.users).toBe(1);
    expect(before.example_viewers).toBe(1);
    expect(before.user_conversions).toBe(1);
    expect(before.engagement_nudges).toBeGreaterThan(0);
    expect(before.user_weeks).toBeGreaterThan(0);
    const funnelBefore = await svc().admin().analytics.funnel.query({});

    expect(await leaver.api.profile.delete.mutate()).toEqual({ deleted: true });

    const after = await rowsAbout(svc().database, leaver.userId);
    expect(
      Object.values(after).every((n) => n === 0),
      JSON.stringify(after),
    ).toBe(true);
    const milestones = await milestoneCountsAndRegrouping(svc().database);
    expect(milestones.counted).toEqual(milestones.regrouped);
    const examples = await exampleCountersAndRecount(svc().database);
    expect(examples.counted).toEqual(examples.recounted);
    const [maintainedWeeks, recountedWeeks] = await Promise.all([
      selectRows(svc().database, maintainedWeeklyQuery('2045-02-20', '2045-03-20')),
      selectRows(svc().database, recountWeeklyQuery('2045-02-20', '2045-03-20')),
    ]);
    expect(maintainedWeeks).toEqual(recountedWeeks);
    expect(maintainedWeeks.length).toBeGreaterThan(5);
    const funnelAfter = await svc().admin().analytics.funnel.query({});
    const count = (f: typeof funnelBefore, stage: string) => f.stages.find((s) => s.stage === stage)!.count;
    expect(count(funnelAfter, 'total_users')).toBe(count(funnelBefore, 'total_users') - 1);
    expect(count(funnelAfter, 'logged_first_session')).toBe(count(funnelBefore, 'logged_first_session') - 1);
    // The leaver's token is refused now (no user behind it), and nothing about them comes back.
    await expectError(leaver.api.profile.get.query(), 'UNAUTHORIZED');
    await expectError(leaver.api.videos.request.mutate({ query: 'armbar' }), 'UNAUTHORIZED');
    expect(Object.values(await rowsAbout(svc().database, leaver.userId)).every((n) => n === 0)).toBe(true);
    // The other user is untouched.
    expect((await rowsAbout(svc().database, stayer.userId)).users).toBe(1);
    await stayer.api.videos.request.mutate({ query: 'armbar' });
  });

  it('the admin is not a user: export and delete are FORBIDDEN for the admin token', async () => {
    const admin = svc().client(TEST_ADMIN_TOKEN);
    await expectError(admin.profile.export.query(), 'FORBIDDEN');
    await expectError(admin.profile.delete.mutate(), 'FORBIDDEN');
  });
});
