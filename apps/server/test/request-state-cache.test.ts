import { appRouter, createContext, seedDatabase, serviceDeps, type ServiceDeps } from '@profos/api';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { MINUTE, requestDistinct } from './support/requests';
import { selectRows } from './support/tables';
import { TEST_ADMIN_TOKEN, TEST_AUTH_SECRET, useTestService } from './support/test-service';

// videos.request decides from the user's state cached after their last request and claims its
// write against the state's versions (services/request-state-cache.ts). Here: the repeat request
// really is one round trip, and what another instance of the service changes is never missed.
describe.each(testBackends())('the cached request state on %s', (backend) => {
  const svc = useTestService(backend);
  // PGlite runs in-process: every read-write runs inside its own transaction there.
  const withoutPgliteTransaction = (sent: string[]) =>
    backend === 'pglite' ? sent.filter((s) => s !== 'begin' && s !== 'commit') : sent;
  /** A second instance of the service on the same database: its own deps, so its own cache. */
  const otherInstance = (authorization: string) =>
    appRouter.createCaller(() =>
      createContext(
        serviceDeps(svc().database, { authSecret: TEST_AUTH_SECRET, adminToken: TEST_ADMIN_TOKEN, rateLimits: null }),
        { authorization, clientAddress: 'other-instance' },
      ),
    );

  it('a repeat request sends its claimed write alone, one statement in one round trip: the state it leaves is worked out, not read', async () => {
    const { api } = await svc().guest();
    await api.videos.request.mutate({ query: 'armbar from guard' });
    svc().statements.clear();
    const reply = await api.videos.request.mutate({ query: 'kimura from side control' });
    expect(reply.videos.length).toBeGreaterThan(0);
    const sent = withoutPgliteTransaction(svc().statements.forReply());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(
      /^with prof as \(update engagement_profiles .* state_version = .* returning state_version\)/s,
    );
  });

  it("the request before a showcase turn reads back the state it leaves, with the examples' counts", async () => {
    const { api } = await svc().guest();
    await requestDistinct(api, 3);
    svc().statements.clear();
    await api.videos.request.mutate({ query: 'armbar' }); // the 4th: the 5th is a showcase turn
    const sent = withoutPgliteTransaction(svc().statements.forReply());
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatch(/json_build_object\(\s*'profile'/);
  });

  it('preferences changed through another instance stop the prompts at once', async () => {
    const { api, token, userId } = await svc().guest();
    expect((await api.videos.request.mutate({ query: 'armbar' })).profilePrompt).not.toBeNull();
    await otherInstance(`Bearer ${token}`).profile.setPreferences({ conversionTips: false });
    expect((await api.videos.request.mutate({ query: 'kimura' })).profilePrompt).toBeNull();
    const [profile] = await selectRows<{ asks: number; request_count: number }>(
      svc().database,
      `select belt_level_asks + training_frequency_asks as asks, request_count from engagement_profiles where user_id = '${userId}'`,
    );
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
    for (let i = 0; i < 10; i++)
      await api.videos.request.mutate({ query: ['sweeps', 'kimura', 'armbar', 'guillotine', 'heel hook'][i % 5]! });
    await otherInstance(`Bearer ${token}`).engagement.feedback({
      engagementId: rejected.engagementId,
      feedback: 'not_helpful',
    });
    const again = await api.videos.request.mutate({ query: 'triangle escapes' });
    expect(again.videos.map((v) => v.videoId)).not.toContain(rejected.videoId);
  });

  it('a showcase turn decides from example counts at most 10 minutes old', async () => {
    const { api } = await svc().guest();
    await requestDistinct(api, 4); // the 5th request is a showcase turn for a user with no sessions
    svc().deps.clock.advance(11 * MINUTE);
    svc().statements.clear();
    await api.videos.request.mutate({ query: 'armbar' });
    expect(
      svc()
        .statements.forReply()
        .some((s) => /for update/.test(s)),
    ).toBe(true); // read afresh under the lock

    const other = await svc().guest();
    await requestDistinct(other.api, 4);
    svc().deps.clock.advance(MINUTE);
    svc().statements.clear();
    await other.api.videos.request.mutate({ query: 'armbar' });
    expect(withoutPgliteTransaction(svc().statements.forReply())).toHaveLength(1); // fresh enough: one round trip
  });

  it('a nudge a sweep expired meanwhile is not shown from the cached state, nor marked shown', async () => {
    const { api, userId } = await svc().guest();
    await requestDistinct(api, 2);
    await api.videos.request.mutate({ query: 'triangle' });
    await api.videos.request.mutate({ query: 'triangle defense' });
    const nudgeId = '6a1f4d52-3c1e-4f7b-9a0e-2b7c1d9e8f01';
    await selectRows(
      svc().database,
      `insert into engagement_nudges (id, user_id, nudge_type, source_key, content, status, created_at)
      values ('${nudgeId}', '${userId}', 'discover_session_logging_v1', 'test:${userId}', 'Log a session?', 'pending', timestamptz '${svc().deps.clock.now().toISOString()}') returning id`,
    );
    // The teaser takes this reply, so the nudge stays pending — and in the state cached after it.
    expect((await api.videos.request.mutate({ query: 'triangle from closed guard' })).teaser).not.toBeNull();
    // A sweep whose clock runs ahead expires it, which moves no version.
    await selectRows(
      svc().database,
      `update engagement_nudges set status = 'expired' where id = '${nudgeId}' returning id`,
    );
    const reply = await api.videos.request.mutate({ query: 'armbar' });
    expect(reply.nudge).toBeNull();
    const [after] = await selectRows<{ status: string }>(
      svc().database,
      `select status from engagement_nudges where id = '${nudgeId}'`,
    );
    expect(after!.status).toBe('expired');
  });
});

// Postgres only: PGlite has one connection, so nothing can commit between a transaction's batches.
describe.each(testBackends().filter((b) => b === 'postgres'))('the locked path on %s', (backend) => {
  const svc = useTestService(backend);

  it('a holdout changed between the locked read and the write is decided again, not failed, and written once', async () => {
    const { token, userId } = await svc().guest();
    const base = svc().deps;
    let interfere = true;
    // The service's own runner, with an admin's change committed right after the first locked read.
    const deps: ServiceDeps = {
      ...serviceDeps(svc().database, { authSecret: TEST_AUTH_SECRET, clock: base.clock, rateLimits: null }),
      readWrite: (work) =>
        base.readWrite((tx) =>
          work({
            ...tx,
            read: async (...queries) => {
              const rows = await tx.read(...queries);
              if (interfere) {
                interfere = false;
                await svc().database.db
                  .execute(sql`insert into experiments (enhancement, holdout_percent, updated_at, updated_by)
              values ('pattern_teasers', 0, now(), 'test') on conflict (enhancement) do update set updated_at = now()`);
              }
              return rows as never;
            },
          }),
        ),
    };
    const reply = await appRouter
      .createCaller(() => createContext(deps, { authorization: `Bearer ${token}`, clientAddress: 'test' }))
      .videos.request({ query: 'armbar' });
    expect(interfere).toBe(false);
    expect(reply.videos.length).toBeGreaterThan(0);
    const [counts] = await selectRows<{ requests: number; request_count: number }>(
      svc().database,
      `select (select count(*)::int from video_requests where user_id = '${userId}') as requests, request_count from engagement_profiles where user_id = '${userId}'`,
    );
    expect(counts).toEqual({ requests: 1, request_count: 1 });
  });
});

describe.each(testBackends())('the config version on %s', (backend) => {
  const svc = useTestService(backend);
  const version = async () =>
    (await selectRows<{ version: string }>(svc().database, 'select version::text from service_config'))[0]!.version;

  it('stays put when a start seeds again, and moves when an admin edits an example', async () => {
    const before = await version();
    await seedDatabase(svc().database.db);
    expect(await version()).toBe(before);
    const admin = svc().admin();
    const [example] = await admin.examples.list.query();
    await admin.examples.setActive.mutate({ id: example!.id, active: example!.active });
    expect(await version()).not.toBe(before);
  });
});
