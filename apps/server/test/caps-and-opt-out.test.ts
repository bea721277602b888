import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { HOUR, requestDistinct } from './support/requests';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

describe.each(testBackends())('caps, opt-out and concurrency on %s (docs/rules.md §5)', (backend) => {
  const svc = useTestService(backend);

  /** A user with a pending follow-up nudge, 4 requests made (the 5th is a showcase turn), and a triangle habit. */
  async function userWithEverythingDue() {
    const guest = await svc().guest();
    const [first] = await requestDistinct(guest.api, 2);
    await guest.api.engagement.click.mutate({ engagementId: first!.videos[0]!.engagementId });
    await guest.api.videos.request.mutate({ query: 'triangle' });
    await guest.api.videos.request.mutate({ query: 'triangle defense' });
    svc().deps.clock.advance(21 * HOUR);
    await svc().admin().jobs.run.mutate({ name: 'video_follow_ups' });
    return guest;
  }

  it('teaser beats example beats nudge, one per reply, each under its weekly cap', async () => {
    const { api } = await userWithEverythingDue();
    const fifth = await api.videos.request.mutate({ query: 'triangle from closed guard' });
    expect([fifth.teaser?.type, fifth.example, fifth.nudge]).toEqual(['repeated_technique', null, null]);
    const sixth = await api.videos.request.mutate({ query: 'armbar' });
    expect(sixth.teaser).toBeNull();
    expect(sixth.example).toBeNull(); // not a multiple of 5
    expect(sixth.nudge?.type).toBe('video_follow_up');
  });

  it('conversionTips: false stops every conversion prompt; videos keep coming', async () => {
    const guest = await svc().guest();
    await guest.api.profile.setPreferences.mutate({ conversionTips: false });
    const replies = await requestDistinct(guest.api, 5);
    await guest.api.videos.request.mutate({ query: 'triangle' });
    await guest.api.videos.request.mutate({ query: 'triangle' });
    const last = await guest.api.videos.request.mutate({ query: 'triangle' });
    for (const reply of [...replies, last]) {
      expect(reply.videos.length).toBeGreaterThan(0);
      expect([reply.profilePrompt, reply.teaser, reply.example, reply.nudge]).toEqual([null, null, null, null]);
    }
    expect(await selectRows(svc().database, `select 1 from exposures where user_id = '${guest.userId}'`)).toEqual([]);
  });

  it('20 concurrent requests from one user never yield two teasers, two examples or two nudges', async () => {
    const { token, userId } = await userWithEverythingDue();
    const api = svc().client(token, { batch: false });
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api.videos.request.mutate({ query: i % 2 ? 'triangle' : 'kimura' })),
    );
    const count = (pick: (r: (typeof replies)[number]) => unknown) => replies.filter((r) => pick(r) !== null).length;
    expect(count((r) => r.teaser)).toBe(1);
    expect(count((r) => r.example)).toBeLessThanOrEqual(1);
    expect(count((r) => r.nudge)).toBeLessThanOrEqual(1);
    for (const r of replies)
      expect([r.teaser, r.example, r.nudge].filter((x) => x !== null).length).toBeLessThanOrEqual(1);
    const stored = await selectRows<{ kind: string; n: number }>(
      svc().database,
      `select kind, count(*)::int as n from exposures where user_id = '${userId}' and kind <> 'profile_question' group by kind`,
    );
    for (const row of stored) expect(row.n, row.kind).toBe(1);
    const [profile] = await selectRows<{ request_count: number }>(
      svc().database,
      `select request_count from engagement_profiles where user_id = '${userId}'`,
    );
    expect(profile!.request_count).toBe(24);
  });

  it('a request that waited for the lock sees the requests committed before it (teasers are not missed)', async () => {
    for (let i = 0; i < 5; i++) {
      const { token } = await svc().guest();
      const api = svc().client(token, { batch: false });
      await api.videos.request.mutate({ query: 'triangle' });
      const replies = await Promise.all([
        api.videos.request.mutate({ query: 'triangle' }),
        api.videos.request.mutate({ query: 'triangle' }),
      ]);
      expect(replies.filter((r) => r.teaser !== null)).toHaveLength(1);
    }
  });

  it('the reply stays one write of at most 8 statements with every touchpoint included', async () => {
    const { api } = await userWithEverythingDue();
    svc().statements.clear();
    const reply = await api.videos.request.mutate({ query: 'triangle escapes' });
    expect(reply.teaser).not.toBeNull();
    expect(svc().statements.forReply().length).toBeLessThanOrEqual(8);
    expect(
      svc()
        .statements.forReply()
        .filter((s) => /^with prof as/.test(s)),
    ).toHaveLength(1);
    svc().statements.clear();
    const nudged = await api.videos.request.mutate({ query: 'kimura' });
    expect(nudged.nudge).not.toBeNull();
    expect(svc().statements.forReply().length).toBeLessThanOrEqual(8);
  });
});
