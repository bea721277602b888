import { randomUUID } from 'node:crypto';
import { requestStateQuery, type RawState } from '@profos/api/services/request-state';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { DAY } from './support/requests';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

// After a repeat video request the service caches the state its write left, worked out from what
// it wrote rather than read back (services/state-after-reply.ts). Here a user goes through every
// kind of reply — profile questions, answers, teasers, showcase turns, nudges of each kind, a
// pre-training focus, holdouts — and after each request the cached state must be exactly what the
// database reads for them.

/** Timestamps compare as instants (Postgres and JS spell them differently); pending nudges in any order. */
function normalised(raw: RawState): unknown {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return Date.parse(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const pending = raw.pendingNudges && [...raw.pendingNudges].sort((a, b) => (a.id < b.id ? -1 : 1));
  return walk({ ...raw, pendingNudges: pending });
}

describe.each(testBackends())('the state cached after a reply on %s', (backend) => {
  const svc = useTestService(backend);

  it('is what the database holds, request after request, through every kind of reply', async () => {
    const { api, userId } = await svc().guest();
    const db = svc().database;
    let worked = 0;
    let readBack = 0;

    const request = async (query: string) => {
      svc().statements.clear();
      const reply = await api.videos.request.mutate({ query });
      const sent = [...svc().statements.statements];
      const now = svc().deps.clock.now();
      const cached = svc().deps.requestStates.get(userId, now);
      expect(cached, `a state is cached after "${query}"`).toBeDefined();
      const [fresh] = await selectRows<{ state: RawState }>(db, requestStateQuery(userId, now));
      expect(normalised(cached!.raw), `after "${query}"`).toEqual(normalised(fresh!.state));
      // Read back: the state read follows the (last) write. Worked out: nothing follows it but COMMIT.
      const write = sent.findLastIndex((s) => /^with prof as/.test(s));
      if (sent.slice(write + 1).some((s) => /json_build_object\(\s*'profile'/.test(s))) readBack++;
      else worked++;
      return reply;
    };
    const addNudge = async (type: string, content: string) => {
      const id = randomUUID();
      await selectRows(
        db,
        `insert into engagement_nudges (id, user_id, nudge_type, source_key, content, status, created_at)
        values ('${id}', '${userId}', '${type}', 'test:${id}', '${content}', 'pending', timestamptz '${svc().deps.clock.now().toISOString()}') returning id`,
      );
      return id;
    };

    // Profile questions on the first four requests, one answered in between.
    const first = await request('armbar from closed guard');
    expect(first.profilePrompt).not.toBeNull();
    await request('kimura');
    await api.profile.answer.mutate({ text: 'blue belt, 2 stripes' });
    await request('triangle from guard');
    await request('triangles'); // the next is a showcase turn: this state is read back, not worked out
    expect((await request('bow and arrow choke')).example).not.toBeNull();
    expect((await request('triangle finishes')).teaser).not.toBeNull();
    // Past the weekly caps, then nudges: a discovery nudge, then a pre-training focus question.
    svc().deps.clock.advance(8 * DAY);
    await addNudge('discover_session_logging_v1', 'Log a session?');
    // A teaser due again takes the first reply; the nudge rides the next (a teaser, then the nudge).
    const nudged = async (queries: string[]) => {
      for (const query of queries) {
        const reply = await request(query);
        if (reply.nudge) return reply.nudge;
      }
      return null;
    };
    expect(await nudged(['guillotine', 'heel hook', 'americana'])).not.toBeNull();
    await request('north south choke'); // the nudge shown is gone from the pending list
    svc().deps.clock.advance(8 * DAY);
    await addNudge('pre_training_focus', 'Training today? What will you focus on?');
    expect((await nudged(['side control escapes', 'mount escapes', 'takedowns']))?.type).toBe('pre_training_focus');
    await request('how was your week'); // the focus question stays open
    await request('omoplata'); // names a technique: the focus is recorded, and the state read back
    // A holdout set meanwhile: the next reply records the user's holdout mask.
    const admin = svc().admin();
    const cachedCount = () => svc().deps.requestStates.get(userId, svc().deps.clock.now())!.raw.profile.requestCount;
    // So that the reply taking the holdout is not the one before a showcase turn (that one is read back).
    if (cachedCount() % 5 === 3) await request('spider guard');
    await admin.experiments.set.mutate({ enhancement: 'pattern_teasers', holdoutPercent: 100 });
    try {
      const workedBefore = worked;
      await request('butterfly sweeps');
      expect(worked).toBe(workedBefore + 1);
      expect(svc().deps.requestStates.get(userId, svc().deps.clock.now())!.raw.milestones.holdoutMask).not.toBe(0);
      for (const query of ['deep half', 'x guard', 'back takes', 'darce', 'anaconda', 'toe hold', 'kneebar'])
        await request(query);
      svc().deps.clock.advance(3 * DAY); // an old pending nudge leaves the window as the week passes
      await addNudge('post_training_follow_up', 'How did it go?');
      svc().deps.clock.advance(5 * DAY);
      for (const query of ['wristlock', 'ezekiel', 'loop choke']) await request(query);
    } finally {
      await admin.experiments.set.mutate({ enhancement: 'pattern_teasers', holdoutPercent: 0 });
    }
    // Most repeat requests work the state out; showcase turns, fresh reads and the focus read it back.
    expect(worked).toBeGreaterThan(12);
    expect(readBack).toBeGreaterThan(3);
  });

  it("is read back when the clock reads earlier than the user's newest request", async () => {
    const { api, userId } = await svc().guest();
    // Two requests first, so the one after the next is no showcase turn (the next would be read back anyway).
    for (const query of ['armbar', 'kimura']) await api.videos.request.mutate({ query });
    // Another instance's clock, or this one set back (within the tokens' allowed skew): the new
    // request sorts below the others.
    svc().deps.clock.advance(-20_000);
    await api.videos.request.mutate({ query: 'guillotine' });
    const now = svc().deps.clock.now();
    const [fresh] = await selectRows<{ state: RawState }>(svc().database, requestStateQuery(userId, now));
    expect(fresh!.state.recentRequests!.at(-1)!.topics).toEqual(['guillotine']);
    expect(normalised(svc().deps.requestStates.get(userId, now)!.raw)).toEqual(normalised(fresh!.state));
  });
});
