import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { useTestService } from './support/test-service';

describe.each(testBackends())('admin procedures on %s', (backend) => {
  const svc = useTestService(backend);

  it('lists the five seeded examples with their measured rates', async () => {
    const examples = await svc().admin().examples.list.query();
    expect(examples.map((e) => e.exampleType).sort()).toEqual([
      'breakthrough',
      'game_development',
      'injury_prevention',
      'pattern_detection',
      'progress_tracking',
    ]);
    const pattern = examples.find((e) => e.exampleType === 'pattern_detection')!;
    expect(pattern.userQuestion).toBe('I keep losing position from side control');
    expect(pattern.effectivenessScore).toBe(9);
    expect(pattern.conversionRate).toBeNull();
  });

  it('creates, edits and deactivates examples; an inactive one is never shown', async () => {
    const admin = svc().admin();
    const created = await admin.examples.upsert.mutate({
      exampleType: 'progress_tracking',
      userQuestion: 'Did I improve?',
      profResponseSummary: 'Yes: 3 escapes this week vs 0 last month.',
      outcome: 'They kept logging.',
      effectivenessScore: 6,
    });
    expect(created.active).toBe(true);
    const edited = await admin.examples.upsert.mutate({
      ...created,
      effectivenessScore: 7,
      outcome: 'They kept logging every session.',
    });
    expect(edited).toMatchObject({
      id: created.id,
      effectivenessScore: 7,
      outcome: 'They kept logging every session.',
    });
    const off = await admin.examples.setActive.mutate({ id: created.id, active: false });
    expect(off.active).toBe(false);
    await expectError(admin.examples.setActive.mutate({ id: 'no-such-example', active: true }), 'NOT_FOUND');
    const bad = await expectError(admin.examples.upsert.mutate({ ...created, effectivenessScore: 11 }), 'BAD_REQUEST');
    expect(bad.data?.zodError?.fieldErrors.effectivenessScore).toBeDefined();
  });

  it('admin procedures refuse users (FORBIDDEN) and anonymous callers (UNAUTHORIZED)', async () => {
    const { api } = await svc().guest();
    await expectError(api.examples.list.query(), 'FORBIDDEN');
    await expectError(svc().client().examples.list.query(), 'UNAUTHORIZED');
    await expectError(svc().client('wrong-admin-token').examples.list.query(), 'UNAUTHORIZED');
  });

  it('the test clock can be read, set and advanced, and keeps ticking from there', async () => {
    const admin = svc().admin();
    const at = new Date('2030-01-01T00:00:00Z');
    expect((await admin.clock.set.mutate({ at })).now.getTime()).toBeGreaterThanOrEqual(at.getTime());
    const advanced = await admin.clock.advance.mutate({ ms: 3_600_000 });
    expect(advanced.now.getTime()).toBeGreaterThanOrEqual(at.getTime() + 3_600_000);
    await new Promise((r) => setTimeout(r, 30));
    expect((await admin.clock.get.query()).now.getTime()).toBeGreaterThan(advanced.now.getTime());
    const { api } = await svc().guest();
    const logged = await api.sessions.log.mutate({ text: 'rolled' });
    expect(logged.totalSessions).toBe(1);
    await expectError(admin.clock.advance.mutate({ ms: 1.5 }), 'BAD_REQUEST');
  });

  it('refuses to move the clock where no row could be stored, and leaves it where it was', async () => {
    const admin = svc().admin();
    await admin.clock.set.mutate({ at: new Date('9999-12-30T00:00:00Z') });
    const past = await expectError(admin.clock.advance.mutate({ ms: 300 * 86_400_000 }), 'BAD_REQUEST');
    expect(past.data?.zodError?.fieldErrors.ms).toBeDefined();
    await admin.clock.set.mutate({ at: new Date('1970-01-02T00:00:00Z') });
    await expectError(admin.clock.advance.mutate({ ms: -3 * 86_400_000 }), 'BAD_REQUEST');
    expect((await admin.clock.get.query()).now.getUTCFullYear()).toBe(1970);
    await admin.clock.set.mutate({ at: new Date() });
    const { api } = await svc().guest();
    expect((await api.videos.request.mutate({ query: 'armbar' })).videos.length).toBeGreaterThan(0);
  });
});

describe('without PROFOS_TEST_CLOCK', () => {
  const svc = useTestService(testBackends()[0]!, { testClock: false });

  it('clock.* is NOT_FOUND for everyone', async () => {
    await expectError(svc().admin().clock.get.query(), 'NOT_FOUND');
    await expectError(svc().admin().clock.set.mutate({ at: new Date() }), 'NOT_FOUND');
    await expectError(svc().client().clock.advance.mutate({ ms: 1000 }), 'NOT_FOUND');
  });
});

describe('without ADMIN_TOKEN', () => {
  const svc = useTestService(testBackends()[0]!, { adminToken: null });

  it('admin procedures refuse everyone', async () => {
    await expectError(svc().client('test-admin-token-0123456789abcdef').examples.list.query(), 'UNAUTHORIZED');
    const { api } = await svc().guest();
    await expectError(api.jobs.run.mutate({ name: 'discovery_nudges' }), 'FORBIDDEN');
  });
});
