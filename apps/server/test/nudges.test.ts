import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { DAY, HOUR, requestDistinct } from './support/requests';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

describe.each(testBackends())('nudges and sweeps on %s (docs/rules.md §4)', (backend) => {
  const svc = useTestService(backend);

  const run = (name: 'video_follow_ups' | 'discovery_nudges' | 'retention_nudges') =>
    svc().admin().jobs.run.mutate({ name });
  const nudgesOf = (userId: string) =>
    selectRows<{ nudge_type: string; status: string; content: string; source_key: string }>(
      svc().database,
      `select nudge_type, status, content, source_key from engagement_nudges where user_id = '${userId}' order by created_at`,
    );

  it('follows up on a click 20–48 h old, once per engagement, naming the instructor, and delivers it in a reply', async () => {
    const { api, userId } = await svc().guest();
    const [reply] = await requestDistinct(api, 1);
    const video = reply!.videos[0]!;
    await api.engagement.click.mutate({ engagementId: video.engagementId });
    svc().deps.clock.advance(19 * HOUR);
    await run('video_follow_ups');
    expect(await nudgesOf(userId)).toEqual([]);
    svc().deps.clock.advance(2 * HOUR);
    expect((await run('video_follow_ups')).created).toBeGreaterThanOrEqual(1);
    expect((await run('video_follow_ups')).created).toBe(0);
    const [nudge] = await nudgesOf(userId);
    expect(nudge).toMatchObject({
      nudge_type: 'video_follow_up',
      status: 'pending',
      source_key: `video_follow_up:${video.engagementId}`,
    });
    expect(nudge!.content).toContain(video.instructor);

    const delivered = await api.videos.request.mutate({ query: 'kimura' });
    expect(delivered.nudge).toMatchObject({ type: 'video_follow_up' });
    expect(delivered.nudge!.content).toContain(video.instructor);
    expect((await nudgesOf(userId))[0]!.status).toBe('shown');
    const exposures = await selectRows(
      svc().database,
      `select kind, enhancement, type from exposures where user_id = '${userId}' and kind = 'nudge'`,
    );
    expect(exposures).toEqual([{ kind: 'nudge', enhancement: 'video_follow_ups', type: 'video_follow_up' }]);
  });

  it('a sweep walks clicks stored with microseconds to the end, once each (no endless last batch)', async () => {
    const { api, userId } = await svc().guest();
    const replies = await requestDistinct(api, 3);
    const ids = replies.map((r) => r.videos[0]!.engagementId);
    // Written by something other than this service: times finer than a JS Date holds.
    await selectRows(
      svc().database,
      `update video_engagements set clicked_at = timestamptz '${svc().deps.clock.now().toISOString()}' - interval '30 hours' + (rank + 1) * interval '1.234567 second'
      where id in (${ids.map((id) => `'${id}'`).join(', ')}) returning id`,
    );
    const first = await run('video_follow_ups');
    expect(first.processed).toBeGreaterThanOrEqual(3);
    expect((await nudgesOf(userId)).map((n) => n.source_key).sort()).toEqual(
      ids.map((id) => `video_follow_up:${id}`).sort(),
    );
  });

  it('no follow-up when the user gave feedback, logged a session since the click, or the click is over 48 h old', async () => {
    const click = async () => {
      const guest = await svc().guest();
      const [reply] = await requestDistinct(guest.api, 1);
      const engagementId = reply!.videos[0]!.engagementId;
      await guest.api.engagement.click.mutate({ engagementId });
      return { ...guest, engagementId };
    };
    const late = await click();
    svc().deps.clock.advance(30 * HOUR);
    const rated = await click();
    await rated.api.engagement.feedback.mutate({ engagementId: rated.engagementId, feedback: 'helpful' });
    const logged = await click();
    await logged.api.sessions.log.mutate({ text: 'Watched it and drilled it tonight' });
    const control = await click();
    svc().deps.clock.advance(21 * HOUR);
    await run('video_follow_ups');
    for (const guest of [late, rated, logged]) expect(await nudgesOf(guest.userId)).toEqual([]);
    expect(await nudgesOf(control.userId)).toHaveLength(1);
  });

  it('a session logged after a nudge was created makes it stale: it is never delivered', async () => {
    const { api, userId } = await svc().guest();
    const [reply] = await requestDistinct(api, 1);
    await api.engagement.click.mutate({ engagementId: reply!.videos[0]!.engagementId });
    svc().deps.clock.advance(21 * HOUR);
    await run('video_follow_ups');
    expect((await nudgesOf(userId)).map((n) => n.status)).toEqual(['pending']);
    await api.sessions.log.mutate({ text: 'drilled armbars from guard, hit two' });
    expect((await api.videos.request.mutate({ query: 'kimura' })).nudge).toBeNull();
    expect((await nudgesOf(userId)).map((n) => n.status)).toEqual(['expired']);
  });

  it('at most one nudge is shown per user per rolling week, and a nudge pending over 7 days expires', async () => {
    const { api, userId } = await svc().guest();
    const replies = await requestDistinct(api, 2);
    for (const reply of replies) await api.engagement.click.mutate({ engagementId: reply.videos[0]!.engagementId });
    svc().deps.clock.advance(21 * HOUR);
    await run('video_follow_ups');
    expect(await nudgesOf(userId)).toHaveLength(2);
    // Request 3 and 4: one nudge, then the weekly cap holds the other back.
    expect((await api.videos.request.mutate({ query: 'guillotine' })).nudge).not.toBeNull();
    expect((await api.videos.request.mutate({ query: 'darce' })).nudge).toBeNull();
    svc().deps.clock.advance(7 * DAY);
    expect((await api.videos.request.mutate({ query: 'anaconda' })).nudge).toBeNull();
    await run('retention_nudges');
    expect((await nudgesOf(userId)).map((n) => n.status).sort()).toEqual(['expired', 'shown']);
  });

  it('discovery nudges: v1 for a recent video-only user, v2 after 3+ distinct topics, not twice in a week', async () => {
    const one = await svc().guest();
    const many = await svc().guest();
    await one.api.videos.request.mutate({ query: 'armbar' });
    await requestDistinct(many.api, 3);
    await run('discovery_nudges');
    expect((await nudgesOf(one.userId)).map((n) => n.nudge_type)).toEqual(['discover_session_logging_v1']);
    const [v2] = await nudgesOf(many.userId);
    expect(v2!.nudge_type).toBe('discover_session_logging_v2');
    expect(v2!.content).toMatch(/3 different techniques/);
    svc().deps.clock.advance(DAY);
    await run('discovery_nudges');
    expect(await nudgesOf(one.userId)).toHaveLength(1);
  });

  it('discovery skips users who logged a session or have not asked in the last week', async () => {
    const logger = await svc().guest();
    const quiet = await svc().guest();
    await logger.api.videos.request.mutate({ query: 'armbar' });
    await logger.api.sessions.log.mutate({ text: 'rolled 5 rounds' });
    await quiet.api.videos.request.mutate({ query: 'armbar' });
    svc().deps.clock.advance(8 * DAY);
    await run('discovery_nudges');
    expect(await nudgesOf(logger.userId)).toEqual([]);
    expect(await nudgesOf(quiet.userId)).toEqual([]);
  });

  it('pre-training focus for a quiet logger; a reply naming a technique records it; a follow-up names it 20–48 h later', async () => {
    const { api, userId } = await svc().guest();
    await api.sessions.log.mutate({ text: 'first class, drilled closed guard' });
    svc().deps.clock.advance(8 * DAY);
    await run('retention_nudges');
    expect((await nudgesOf(userId)).map((n) => n.nudge_type)).toEqual(['pre_training_focus']);
    const asked = await api.videos.request.mutate({ query: 'warm up ideas' });
    expect(asked.nudge?.type).toBe('pre_training_focus');
    const focus = await api.videos.request.mutate({ query: 'I want to work on my kimura today' });
    expect(focus.message).toMatch(/kimura is YOUR focus/);
    svc().deps.clock.advance(21 * HOUR);
    await run('retention_nudges');
    const follow = (await nudgesOf(userId)).find((n) => n.nudge_type === 'post_training_follow_up');
    expect(follow?.content).toMatch(/kimura/);
    expect((await run('retention_nudges')).created).toBe(0);
  });

  it('sweeps create no nudges for holdout users, who stay held out after the percentage drops', async () => {
    const setHoldouts = async (holdoutPercent: number) => {
      for (const enhancement of ['enhanced_nudges', 'video_follow_ups'] as const) {
        await svc().admin().experiments.set.mutate({ enhancement, holdoutPercent });
      }
    };
    const clickOne = async () => {
      const guest = await svc().guest();
      const [reply] = await requestDistinct(guest.api, 1);
      await guest.api.engagement.click.mutate({ engagementId: reply!.videos[0]!.engagementId });
      return guest;
    };
    try {
      await setHoldouts(100);
      const held = await clickOne();
      await setHoldouts(0);
      const treated = await clickOne();
      svc().deps.clock.advance(21 * HOUR);
      await run('video_follow_ups');
      await run('discovery_nudges');
      expect(await nudgesOf(held.userId)).toEqual([]);
      expect((await nudgesOf(treated.userId)).map((n) => n.nudge_type).sort()).toEqual([
        'discover_session_logging_v1',
        'video_follow_up',
      ]);
    } finally {
      await setHoldouts(0);
    }
  });

  it('jobs.run is admin only and validates the sweep name', async () => {
    const { api } = await svc().guest();
    await expect(api.jobs.run.mutate({ name: 'video_follow_ups' })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    await expect(
      svc()
        .admin()
        .jobs.run.mutate({ name: 'nope' as 'video_follow_ups' }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });
});

// Postgres only: PGlite has one connection, so no other transaction can hold a row meanwhile.
describe.each(testBackends().filter((b) => b === 'postgres'))('the expiry of stale nudges on %s', (backend) => {
  const svc = useTestService(backend);

  it('never waits on a nudge another transaction holds (so it cannot deadlock with sessions.log), and expires the rest', async () => {
    const db = svc().database;
    const stale = new Date(svc().deps.clock.now().getTime() - 8 * DAY).toISOString();
    const nudgeFor = async (userId: string) =>
      (
        await selectRows<{ id: string }>(
          db,
          `insert into engagement_nudges (id, user_id, nudge_type, source_key, content, status, created_at)
      values (gen_random_uuid(), '${userId}', 'discover_session_logging_v1', 'test:${userId}', 'Log a session?', 'pending', timestamptz '${stale}') returning id::text`,
        )
      )[0]!.id;
    const held = await nudgeFor((await svc().guest()).userId);
    const free = await nudgeFor((await svc().guest()).userId);

    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding!: () => void;
    const isHeld = new Promise<void>((resolve) => {
      holding = resolve;
    });
    // Another transaction (a session being logged, say) holds one of the rows.
    const holder = db.db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from engagement_nudges where id = ${held} for update`);
      holding();
      await released;
    });
    await isHeld;
    let finished = false;
    try {
      const sweep = svc()
        .admin()
        .jobs.run.mutate({ name: 'retention_nudges' })
        .finally(() => {
          finished = true;
        });
      // A sweep waiting on the held row shows up as a backend waiting on a lock.
      const waitingOnLock = async () => {
        while (!finished) {
          const [row] = await selectRows<{ n: number }>(
            db,
            `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`,
          );
          if (row!.n > 0) return 'waited on a lock';
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return 'finished';
      };
      expect(await Promise.race([sweep.then(() => 'finished'), waitingOnLock()])).toBe('finished');
    } finally {
      release();
      await holder;
    }
    const statuses = await selectRows<{ id: string; status: string }>(
      db,
      `select id::text, status from engagement_nudges where id in ('${held}', '${free}')`,
    );
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({ [held]: 'pending', [free]: 'expired' });
  });
});
