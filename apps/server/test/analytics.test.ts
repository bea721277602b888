import { seededRandom } from '@profos/api';
import {
  maintainedMilestonesQuery,
  recountMilestonesQuery,
  specFunnelQuery,
} from '@profos/api/services/analytics/recount';
import { wilsonInterval } from '@profos/api/domain/intervals';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { DAY, DISTINCT_QUERIES, HOUR, requestDistinct } from './support/requests';
import { milestoneCountsAndRegrouping } from './support/recounts';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

describe.each(testBackends())('analytics on %s (docs/rules.md §6)', (backend) => {
  const svc = useTestService(backend);
  const admin = () => svc().admin();

  /** Moves the clock to a fresh window so only this test's users are created in it. */
  async function window(start: string) {
    const from = new Date(start);
    await admin().clock.set.mutate({ at: from });
    return from;
  }

  it('the funnel counts a known population exactly, stage by stage', async () => {
    const from = await window('2040-01-01T00:00:00Z');
    await svc().guest(); // signs up, never asks
    const asker = await svc().guest();
    await asker.api.videos.request.mutate({ query: 'armbar' });
    const teased = await svc().guest();
    for (const q of ['triangle', 'triangle escapes', 'triangle setups'])
      await teased.api.videos.request.mutate({ query: q });
    const shown = await svc().guest();
    await requestDistinct(shown.api, 5);
    const logger = await svc().guest();
    await logger.api.videos.request.mutate({ query: 'kimura' });
    await logger.api.sessions.log.mutate({ text: 'drilled kimura' });
    const power = await svc().guest();
    await power.api.videos.request.mutate({ query: 'guillotine' });
    for (let i = 0; i < 5; i++) await power.api.sessions.log.mutate({ text: `session ${i}: rolled` });
    const quiet = await svc().guest();
    await quiet.api.profile.setPreferences.mutate({ conversionTips: false });
    await quiet.api.videos.request.mutate({ query: 'omoplata' });
    const to = new Date(from.getTime() + 30 * DAY);

    const { stages } = await admin().analytics.funnel.query({ from, to });
    expect(stages).toEqual([
      { stage: 'total_users', count: 7 },
      { stage: 'video_requesters', count: 6 },
      { stage: 'received_profile_question', count: 5 },
      { stage: 'received_pattern_teaser', count: 1 },
      { stage: 'received_power_example', count: 1 },
      { stage: 'logged_first_session', count: 2 },
      { stage: 'power_users', count: 1 },
    ]);
    // The spec's view logic, recounted from the event tables, agrees.
    const range = sql`u.created_at >= ${from} and u.created_at < ${to}`;
    const [recount] = await selectRows<Record<string, number>>(svc().database, specFunnelQuery(range));
    expect(stages.map((s) => Number(recount![s.stage]))).toEqual(stages.map((s) => s.count));

    const metrics = await admin().analytics.metrics.query({ from, to });
    expect(metrics).toMatchObject({ users: 7, convertedUsers: 2, conversionRate: 2 / 7 });
    expect(metrics.conversionInterval).toEqual(wilsonInterval(2, 7));
    expect(metrics.daysToFirstLog.distribution.find((b) => b.bucket === '0-1')?.count).toBe(2);
    expect(metrics.powerUsers).toMatchObject({ count: 1, eligibleForRetention: 0, retained: 0, retention: null });
    const questions = metrics.enhancements.find((e) => e.enhancement === 'profile_questions')!;
    expect(questions).toMatchObject({
      exposedUsers: 5,
      creditedConversions: 2,
      holdout: { users: 0 },
      treatment: { users: 6, converted: 2 },
      difference: null,
    });
    expect(metrics.enhancements.find((e) => e.enhancement === 'power_user_showcase')).toMatchObject({
      exposedUsers: 1,
      creditedConversions: 0,
    });
    // Ranges that cut through days count the partial days from the per-user rows: same totals.
    const ragged = await admin().analytics.funnel.query({
      from: new Date(from.getTime() - 3 * HOUR),
      to: new Date(to.getTime() + 5 * HOUR),
    });
    expect(ragged.stages).toEqual(stages);
    const sameDay = await admin().analytics.funnel.query({
      from: new Date(from.getTime() - HOUR),
      to: new Date(from.getTime() + 20 * HOUR),
    });
    expect(sameDay.stages).toEqual(stages);
    // An empty range is all zeros, not an error.
    const empty = await admin().analytics.funnel.query({ from: new Date('1999-01-01'), to: new Date('1999-01-02') });
    expect(empty.stages.every((s) => s.count === 0)).toBe(true);
  });

  it('credits a conversion to exposures in the 14 days before it, and to the last example shown', async () => {
    const from = await window('2041-01-01T00:00:00Z');
    const { api } = await svc().guest();
    const replies = await requestDistinct(api, 5);
    const exampleId = replies[4]!.example!.id;
    const [before] = await selectRows<{ conversions: number }>(
      svc().database,
      `select conversions from power_user_examples where id = '${exampleId}'`,
    );
    await admin().clock.advance.mutate({ ms: 13 * DAY });
    await api.sessions.log.mutate({ text: 'finally trained: drilled armbars' });
    const [after] = await selectRows<{ conversions: number }>(
      svc().database,
      `select conversions from power_user_examples where id = '${exampleId}'`,
    );
    expect(after!.conversions).toBe(before!.conversions + 1);
    const metrics = await admin().analytics.metrics.query({ from, to: new Date(from.getTime() + 60 * DAY) });
    expect(metrics.examples.find((e) => e.id === exampleId)).toMatchObject({
      usersShown: 1,
      creditedConversions: 1,
      conversionRate: 1,
    });
    expect(metrics.enhancements.find((e) => e.enhancement === 'power_user_showcase')!.creditedConversions).toBe(1);
    expect(metrics.daysToFirstLog.median).toBeCloseTo(13, 1);

    // Past the window, nothing is credited.
    const late = await svc().guest();
    await late.api.videos.request.mutate({ query: 'armbar' });
    await admin().clock.advance.mutate({ ms: 15 * DAY });
    await late.api.sessions.log.mutate({ text: 'rolled today' });
    const [row] = await selectRows<{ credited_mask: number; days_to_first_log: number }>(
      svc().database,
      `select m.credited_mask, c.days_to_first_log from user_milestones m join user_conversions c using (user_id) where user_id = '${late.userId}'`,
    );
    expect(row!.credited_mask).toBe(0);
    expect(Number(row!.days_to_first_log)).toBeCloseTo(15, 2);
  });

  it('power-user retention: of users who became power users 30+ days ago, the share active in the last 30 days', async () => {
    const from = await window('2042-01-01T00:00:00Z');
    const active = await svc().guest();
    const lapsed = await svc().guest();
    for (const g of [active, lapsed])
      for (let i = 0; i < 5; i++) await g.api.sessions.log.mutate({ text: `rolled ${i}` });
    await admin().clock.advance.mutate({ ms: 40 * DAY });
    await active.api.sessions.log.mutate({ text: 'back on the mats' });
    const metrics = await admin().analytics.metrics.query({ from, to: new Date(from.getTime() + DAY) });
    expect(metrics.powerUsers).toMatchObject({ count: 2, eligibleForRetention: 2, retained: 1, retention: 0.5 });
    expect(metrics.powerUsers.retentionInterval!.low).toBeLessThan(0.5);
    expect(metrics.powerUsers.retentionInterval!.high).toBeGreaterThan(0.5);
  });

  it('a 100% holdout never gets the enhancement; treatment vs holdout is compared with an interval', async () => {
    const from = await window('2043-01-01T00:00:00Z');
    await admin().experiments.set.mutate({ enhancement: 'pattern_teasers', holdoutPercent: 100, changedBy: 'ana' });
    const held = await svc().guest();
    const replies = [];
    for (const q of ['triangle', 'triangle escapes', 'triangle setups', 'triangle finish'])
      replies.push(await held.api.videos.request.mutate({ query: q }));
    expect(replies.every((r) => r.teaser === null)).toBe(true);
    expect(replies[0]!.profilePrompt).not.toBeNull(); // everything else still works
    await held.api.sessions.log.mutate({ text: 'drilled triangles' });
    await admin().experiments.set.mutate({ enhancement: 'pattern_teasers', holdoutPercent: 0 });
    // Sticky: lowering the percentage does not release someone already held out.
    expect((await held.api.videos.request.mutate({ query: 'triangle again' })).teaser).toBeNull();
    const treated = await svc().guest();
    for (const q of ['triangle', 'triangle escapes']) await treated.api.videos.request.mutate({ query: q });
    expect((await treated.api.videos.request.mutate({ query: 'triangle setups' })).teaser).not.toBeNull();

    const metrics = await admin().analytics.metrics.query({ from, to: new Date(from.getTime() + DAY) });
    const teasers = metrics.enhancements.find((e) => e.enhancement === 'pattern_teasers')!;
    expect(teasers.holdout).toMatchObject({ users: 1, converted: 1, rate: 1 });
    expect(teasers.treatment).toMatchObject({ users: 1, converted: 0, rate: 0 });
    expect(teasers.difference!.estimate).toBe(-1);
    expect(teasers.difference!.low).toBeLessThan(-0.1);
    expect(teasers.difference!.high).toBeGreaterThan(-1);

    const { experiments, changes } = await admin().experiments.list.query();
    expect(experiments.find((e) => e.enhancement === 'pattern_teasers')).toMatchObject({
      holdoutPercent: 0,
      updatedBy: 'admin',
    });
    expect(changes.slice(0, 2).map((c) => [c.previousPercent, c.holdoutPercent, c.changedBy])).toEqual([
      [100, 0, 'admin'],
      [0, 100, 'ana'],
    ]);
  });

  it('refuses invalid experiment changes with field errors and records nothing', async () => {
    const before = await admin().experiments.list.query();
    for (const input of [
      { enhancement: 'pattern_teasers', holdoutPercent: 101 },
      { enhancement: 'pattern_teasers', holdoutPercent: -1 },
      { enhancement: 'nope', holdoutPercent: 10 },
      { enhancement: 'pattern_teasers', holdoutPercent: 12.345 },
      { enhancement: 'pattern_teasers', holdoutPercent: 1e-300 },
    ]) {
      await expectError(
        admin().experiments.set.mutate(input as { enhancement: 'pattern_teasers'; holdoutPercent: number }),
        'BAD_REQUEST',
      );
    }
    expect((await admin().experiments.list.query()).changes).toHaveLength(before.changes.length);
    // The field error says what to fix in plain words.
    const tooBig = await expectError(
      admin().experiments.set.mutate({ enhancement: 'pattern_teasers', holdoutPercent: 101 }),
      'BAD_REQUEST',
    );
    expect(tooBig.data?.zodError?.fieldErrors.holdoutPercent).toEqual(['must be 0–100']);
    const { api } = await svc().guest();
    await expectError(api.analytics.funnel.query({}), 'FORBIDDEN');
    await expectError(
      admin().analytics.metrics.query({ from: new Date('2030-01-02'), to: new Date('2030-01-01') }),
      'BAD_REQUEST',
    );
    await expectError(admin().analytics.funnel.query({ from: new Date(8.64e15) }), 'BAD_REQUEST');
    await expectError(admin().analytics.metrics.query({ from: new Date(-8.64e15) }), 'BAD_REQUEST');
    await expectError(admin().clock.set.mutate({ at: new Date(8.64e15) }), 'BAD_REQUEST');
  });

  it('maintained milestones equal a from-scratch recount on a random population', async () => {
    await window('2044-01-01T00:00:00Z');
    const random = seededRandom(backend === 'pglite' ? 5 : 6);
    const guests = await Promise.all(Array.from({ length: 12 }, () => svc().guest()));
    for (let step = 0; step < 120; step++) {
      const guest = guests[Math.floor(random() * guests.length)]!;
      const roll = random();
      if (roll < 0.55) {
        const reply = await guest.api.videos.request.mutate({ query: DISTINCT_QUERIES[Math.floor(random() * 8)]! });
        if (random() < 0.4) await guest.api.engagement.click.mutate({ engagementId: reply.videos[0]!.engagementId });
      } else if (roll < 0.7) await guest.api.sessions.log.mutate({ text: 'rolled and drilled' });
      else if (roll < 0.8)
        await admin().jobs.run.mutate({
          name: (['video_follow_ups', 'discovery_nudges', 'retention_nudges'] as const)[Math.floor(random() * 3)]!,
        });
      else await admin().clock.advance.mutate({ ms: Math.floor(random() * 3 * DAY + HOUR) });
    }
    const ids = guests.map((g) => `'${g.userId}'`).join(',');
    const recounted = await selectRows<Record<string, unknown>>(
      svc().database,
      sql`select * from (${recountMilestonesQuery()}) r where r.user_id in (${sql.raw(ids)})`,
    );
    const maintained = await selectRows<Record<string, unknown>>(
      svc().database,
      sql`select * from (${maintainedMilestonesQuery()}) m where m.user_id in (${sql.raw(ids)})`,
    );
    const normalise = (rows: Record<string, unknown>[]) =>
      rows.map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [
            k,
            v === null
              ? null
              : typeof v === 'string' && /^\d{4}-/.test(v)
                ? new Date(v).toISOString()
                : v instanceof Date
                  ? v.toISOString()
                  : Number.isFinite(Number(v)) && typeof v !== 'string'
                    ? Number(v)
                    : v,
          ]),
        ),
      );
    expect(normalise(maintained)).toEqual(normalise(recounted));
    expect(maintained.some((r) => r.first_session_at !== null)).toBe(true);

    // The per-day counts equal a regrouping of every user's milestones, with nothing negative.
    const { counted, regrouped } = await milestoneCountsAndRegrouping(svc().database);
    expect(counted).toEqual(regrouped);
    expect(await selectRows(svc().database, 'select 1 from milestone_counts where users < 0')).toEqual([]);
  });
});
