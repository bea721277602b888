import { seededRandom } from '@profos/api';
import { medianRanks, wilsonInterval } from '@profos/api/domain/intervals';
import { maintainedWeeklyQuery, recountWeeklyQuery } from '@profos/api/services/analytics/recount';
import {
  addWeeklyContributionsQuery,
  rebuildUserWeeksQuery,
  subtractUserWeeklyCounts,
  subtractUserWeeklyCountsStep,
} from '@profos/api/services/analytics/weekly-contributions';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { DAY, DISTINCT_QUERIES, HOUR, requestDistinct, type Api } from './support/requests';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

type Reply = Awaited<ReturnType<Api['videos']['request']['mutate']>>;
const asked = (replies: readonly Reply[]) => replies.filter((r) => r.profilePrompt).length;

describe.each(testBackends())('analytics.weekly on %s', (backend) => {
  const svc = useTestService(backend);
  const admin = () => svc().admin();
  const rows = <T extends Record<string, unknown>>(query: Parameters<typeof selectRows>[1]) =>
    selectRows<T>(svc().database, query);

  /** The maintained counts of the weeks [from, to) and their recount from the event tables. */
  async function maintainedAndRecounted(from: string, to: string) {
    const [maintained, recounted] = await Promise.all([
      rows(maintainedWeeklyQuery(from, to)),
      rows(recountWeeklyQuery(from, to)),
    ]);
    return { maintained, recounted };
  }

  it('counts a known population week by week, exactly', async () => {
    const w1 = new Date('2045-01-02T10:00:00Z'); // a Monday: ISO week 2045-W01
    await admin().clock.set.mutate({ at: w1 });
    await svc().guest(); // A: signs up, never asks
    const b = await svc().guest();
    const bReplies = [
      await b.api.videos.request.mutate({ query: 'armbar' }),
      await b.api.videos.request.mutate({ query: 'kimura' }),
    ];
    const c = await svc().guest();
    const cReplies = await requestDistinct(c.api, 5);
    const exampleId = cReplies[4]!.example!.id;
    const d = await svc().guest();
    const dReplies = [];
    for (const query of ['triangle', 'triangle escapes', 'triangle setups'])
      dReplies.push(await d.api.videos.request.mutate({ query }));
    expect(dReplies[2]!.teaser?.type).toBe('repeated_technique');
    // F logs before ever asking for videos: not a video-only user.
    const f = await svc().guest();
    await f.api.sessions.log.mutate({ text: 'rolled five rounds' });
    const fReply = await f.api.videos.request.mutate({ query: 'guillotine' });

    await admin().clock.advance.mutate({ ms: 2 * DAY }); // still week 1
    await b.api.sessions.log.mutate({ text: 'drilled armbars' });

    await admin().clock.advance.mutate({ ms: 7 * DAY }); // week 2 (2045-W02)
    await c.api.sessions.log.mutate({ text: 'drilled kimuras' });
    const dWeek2 = await d.api.videos.request.mutate({ query: 'omoplata' });
    const e = await svc().guest();
    const eFirst = await e.api.videos.request.mutate({ query: 'darce' });
    await admin().jobs.run.mutate({ name: 'discovery_nudges' });
    const eSecond = await e.api.videos.request.mutate({ query: 'heel hook' });
    expect(eSecond.nudge?.type).toBe('discover_session_logging_v1');

    const { weeks, examples, intervalMethod } = await admin().analytics.weekly.query({ from: w1, weeks: 2 });
    expect(intervalMethod).toBe('wilson score, 95%');
    expect(weeks.map((w) => [w.week, w.start.toISOString(), w.complete, w.settled])).toEqual([
      ['2045-W01', '2045-01-02T00:00:00.000Z', true, false],
      ['2045-W02', '2045-01-09T00:00:00.000Z', false, false],
    ]);
    const [one, two] = weeks as [(typeof weeks)[0], (typeof weeks)[0]];
    expect(one).toMatchObject({
      newUsers: 5,
      videoRequesters: 4,
      profileQuestions: { asked: asked([...bReplies, ...cReplies, ...dReplies, fReply]), users: 4 },
      teasers: { shown: 1 },
      examples: { shown: 1 },
      nudges: { shown: 0 },
      firstSessions: 2, // F and B
    });
    expect(one.teasers.byKind.find((t) => t.kind === 'repeated_technique')!.shown).toBe(1);
    expect(one.examples.byExample.find((x) => x.id === exampleId)).toEqual({ id: exampleId, shown: 1, credited: 0 });
    const enhancement = (week: typeof one, name: string) => week.enhancements.find((x) => x.enhancement === name)!;
    // Shown a question before converting in week 1: B, C, D (F had already logged). B converted 2 days
    // later, C 9 days later: both within 14 days of that week's question.
    expect(enhancement(one, 'profile_questions')).toEqual({
      enhancement: 'profile_questions',
      usersReached: 4,
      creditedConversions: 1,
      conversion: { users: 3, converted: 2, rate: 2 / 3, interval: wilsonInterval(2, 3) },
    });
    expect(enhancement(one, 'power_user_showcase')).toMatchObject({
      usersReached: 1,
      creditedConversions: 0,
      conversion: { users: 1, converted: 1, rate: 1 },
    });
    expect(enhancement(one, 'pattern_teasers')).toMatchObject({
      usersReached: 1,
      conversion: { users: 1, converted: 0 },
    });

    expect(two).toMatchObject({
      newUsers: 1,
      videoRequesters: 2,
      profileQuestions: {
        asked: asked([dWeek2, eFirst, eSecond]),
        users: asked([dWeek2]) + Math.min(1, asked([eFirst, eSecond])),
      },
      nudges: { shown: 1 },
      firstSessions: 1,
    });
    expect(two.nudges.byKind.find((n) => n.kind === 'discover_session_logging_v1')!.shown).toBe(1);
    expect(two.examples.byExample.find((x) => x.id === exampleId)).toEqual({ id: exampleId, shown: 0, credited: 1 });
    expect(enhancement(two, 'enhanced_nudges')).toMatchObject({
      usersReached: 1,
      conversion: { users: 1, converted: 0 },
    });
    // C's first session is credited to the question and the example shown 9 days before.
    expect(enhancement(two, 'profile_questions').creditedConversions).toBe(1);
    expect(enhancement(two, 'power_user_showcase').creditedConversions).toBe(1);
    // The example that converted ranks first, with its interval.
    expect(examples[0]).toMatchObject({ id: exampleId, shown: 1, converted: 1, rate: 1 });
    expect(examples[0]!.interval).toEqual(wilsonInterval(1, 1));

    // Every count equals a recount from the event tables.
    const { maintained, recounted } = await maintainedAndRecounted('2045-01-02', '2045-01-16');
    expect(maintained).toEqual(recounted);

    // By default: the weeks up to the current one.
    const recent = await admin().analytics.weekly.query({ weeks: 3 });
    expect(recent.weeks.map((w) => w.week)).toEqual(['2044-W52', '2045-W01', '2045-W02']);
    expect((await admin().analytics.weekly.query()).weeks).toHaveLength(12);

    // The success metrics: B, C, D and E made a video request before any session; B and C logged,
    // 2 and 9 days after their first request.
    const { successMetrics } = await admin().analytics.metrics.query({
      from: w1,
      to: new Date(w1.getTime() + 14 * DAY),
    });
    const metric = (name: string) => successMetrics.metrics.find((m) => m.metric === name)!;
    expect(metric('videoOnlyConversion')).toMatchObject({
      value: 0.5,
      users: 4,
      count: 2,
      baseline: 0.15,
      target: 0.4,
      targetHigh: 0.5,
      status: 'target_met',
      interval: wilsonInterval(2, 4),
    });
    expect(metric('daysToFirstLog').value).toBeCloseTo(5.5, 3);
    expect(metric('daysToFirstLog')).toMatchObject({
      users: 2,
      interval: null,
      baseline: 14,
      target: 7,
      status: 'target_met',
    });
    expect(metric('powerUserRetention')).toMatchObject({ value: null, users: 0, status: 'no_data' });
    expect(successMetrics.bySignupWeek.map((w) => [w.week, w.measures.videoOnlyConversion.users])).toEqual([
      ['2045-W01', 3],
      ['2045-W02', 1],
    ]);
  });

  it('equals a recount from the event tables on a random population, and a user can be taken out exactly', async () => {
    const start = new Date('2046-01-01T00:00:00Z');
    await admin().clock.set.mutate({ at: start });
    const random = seededRandom(backend === 'pglite' ? 11 : 12);
    const guests = await Promise.all(Array.from({ length: 14 }, () => svc().guest()));
    for (let step = 0; step < 160; step++) {
      const guest = guests[Math.floor(random() * guests.length)]!;
      const roll = random();
      if (roll < 0.6) {
        const reply = await guest.api.videos.request.mutate({ query: DISTINCT_QUERIES[Math.floor(random() * 10)]! });
        if (random() < 0.4) await guest.api.engagement.click.mutate({ engagementId: reply.videos[0]!.engagementId });
      } else if (roll < 0.7) await guest.api.sessions.log.mutate({ text: 'rolled and drilled' });
      else if (roll < 0.8)
        await admin().jobs.run.mutate({
          name: (['video_follow_ups', 'discovery_nudges', 'retention_nudges'] as const)[Math.floor(random() * 3)]!,
        });
      else if (roll < 0.82) await guest.api.profile.setPreferences.mutate({ conversionTips: random() < 0.5 });
      else await admin().clock.advance.mutate({ ms: Math.floor(random() * 3 * DAY + HOUR) });
    }
    const [from, to] = ['2045-12-25', '2046-06-01'];
    const before = await maintainedAndRecounted(from, to);
    expect(before.maintained).toEqual(before.recounted);
    expect(before.maintained.map((r) => r.metric)).toEqual(expect.arrayContaining(['converted_after', 'credited']));

    // Take out the user with the most rows: their contribution, then them (as a deletion would).
    const [heaviest] = await rows<{ user_id: string }>(
      sql`select user_id from exposures where user_id in (${sql.join(
        guests.map((g) => sql`${g.userId}`),
        sql`, `,
      )}) group by user_id order by count(*) desc limit 1`,
    );
    await svc().database.db.transaction(async (tx) => {
      await subtractUserWeeklyCounts(tx, heaviest!.user_id);
      await tx.execute(sql`delete from users where id = ${heaviest!.user_id}`);
    });
    const after = await maintainedAndRecounted(from, to);
    expect(after.maintained).toEqual(after.recounted);
    expect(after.maintained).not.toEqual(before.maintained);
    // The same as one step of a statement that deletes the user, after another count update.
    const [next] = await rows<{ user_id: string }>(
      sql`select user_id from user_weeks where user_id in (${sql.join(
        guests.filter((g) => g.userId !== heaviest!.user_id).map((g) => sql`${g.userId}`),
        sql`, `,
      )}) group by user_id order by count(*) desc limit 1`,
    );
    await rows(sql`with other_counts as (update milestone_counts set users = users where false returning 1),
      ${subtractUserWeeklyCountsStep(next!.user_id, ['other_counts'])}
      delete from users where id = ${next!.user_id}`);
    const last = await maintainedAndRecounted(from, to);
    expect(last.maintained).toEqual(last.recounted);
    expect(last.maintained).not.toEqual(after.maintained);
    expect(await rows(sql`select 1 from weekly_counts where n < 0`)).toEqual([]);
  });

  it('counts a user once per week even when a clock set back returns to a week they were counted in', async () => {
    const w1 = new Date('2047-01-07T09:00:00Z'); // a Monday
    await admin().clock.set.mutate({ at: w1 });
    const { api } = await svc().guest();
    await api.videos.request.mutate({ query: 'armbar' });
    await admin().clock.advance.mutate({ ms: 8 * DAY });
    await api.videos.request.mutate({ query: 'kimura' });
    // Back to the first week: the user's latest week row is a later week, so only the row of this
    // week can say whether they were counted in it (the write checks it).
    await admin().clock.set.mutate({ at: new Date(w1.getTime() + 3 * HOUR) });
    await api.videos.request.mutate({ query: 'omoplata' });
    await api.videos.request.mutate({ query: 'guillotine' });
    const { weeks } = await admin().analytics.weekly.query({ from: w1, weeks: 2 });
    expect(weeks.map((w) => w.videoRequesters)).toEqual([1, 1]);
    expect(weeks[0]!.profileQuestions.users).toBe(1);
    const { maintained, recounted } = await maintainedAndRecounted('2047-01-07', '2047-01-21');
    expect(maintained).toEqual(recounted);
  });

  it('stays exact when many users of one sign-up day ask and log at once', async () => {
    const day = new Date('2048-03-02T08:00:00Z'); // a Monday
    await admin().clock.set.mutate({ at: day });
    // More users than shards: several share each count row, and all share a sign-up day.
    const guests = await Promise.all(Array.from({ length: 40 }, () => svc().guest()));
    await Promise.all(
      guests.map(async ({ api }, i) => {
        await requestDistinct(api, 5, i);
        if (i % 2) await api.sessions.log.mutate({ text: 'drilled what I watched' });
        await requestDistinct(api, 2, i + 5);
      }),
    );
    const { weeks } = await admin().analytics.weekly.query({ from: day, weeks: 1 });
    expect(weeks[0]).toMatchObject({ newUsers: 40, videoRequesters: 40, firstSessions: 20, examples: { shown: 40 } });
    const { maintained, recounted } = await maintainedAndRecounted('2048-03-02', '2048-03-09');
    expect(maintained).toEqual(recounted);
  });

  it('bounds the median days from first request to first log by the order statistics of a 95% interval', async () => {
    const from = new Date('2049-01-04T00:00:00Z'); // a Monday
    await admin().clock.set.mutate({ at: from });
    const guests = await Promise.all(Array.from({ length: 12 }, () => svc().guest()));
    for (const { api } of guests) await api.videos.request.mutate({ query: 'armbar' });
    for (const { api } of guests) {
      await admin().clock.advance.mutate({ ms: DAY });
      await api.sessions.log.mutate({ text: 'rolled' });
    }
    const { successMetrics } = await admin().analytics.metrics.query({ from, to: new Date(from.getTime() + DAY) });
    const days = successMetrics.metrics.find((m) => m.metric === 'daysToFirstLog')!;
    // Logged 1, 2, … 12 days after asking: median 6.5; medianRanks(12) = 2nd and 11th.
    expect(medianRanks(12)).toEqual({ lower: 2, upper: 11 });
    expect(days.value).toBeCloseTo(6.5, 3);
    expect(days.interval!.low).toBeCloseTo(2, 3);
    expect(days.interval!.high).toBeCloseTo(11, 3);
    expect(days.status).toBe('target_met');
    expect(successMetrics.bySignupWeek).toHaveLength(1);
    expect(successMetrics.bySignupWeek[0]!.measures.daysToFirstLog.interval).toEqual(days.interval);
  });

  it('rebuilds from the events exactly what the service maintained (db:synth and the migration backfill)', async () => {
    const everything = async () => ({
      weeks: await rows(sql`select user_id, week::text, mask from user_weeks order by 1, 2`),
      counts: await rows(
        sql`select week::text, shard, metric, key, n from weekly_counts where n <> 0 order by 1, 2, 3, 4`,
      ),
    });
    const maintained = await everything();
    expect(maintained.counts.length).toBeGreaterThan(20);
    await svc().database.db.transaction(async (tx) => {
      await tx.execute(sql`delete from user_weeks`);
      await tx.execute(sql`delete from weekly_counts`);
      await tx.execute(rebuildUserWeeksQuery(() => sql`true`));
      await tx.execute(addWeeklyContributionsQuery(() => sql`true`));
    });
    expect(await everything()).toEqual(maintained);
  });

  it('refuses bad input with field errors, and anyone but the admin', async () => {
    for (const input of [
      { weeks: 0 },
      { weeks: 105 },
      { weeks: 1.5 },
      { from: new Date(Number.NaN) },
      { from: new Date('9999-12-01T00:00:00Z') },
    ]) {
      const error = await expectError(admin().analytics.weekly.query(input), 'BAD_REQUEST');
      expect(Object.keys(error.data?.zodError?.fieldErrors ?? {})).toEqual([Object.keys(input)[0]]);
    }
    const tooMany = await expectError(admin().analytics.weekly.query({ weeks: 105 }), 'BAD_REQUEST');
    expect(tooMany.data?.zodError?.fieldErrors.weeks).toEqual(['must be 1–104']);
    const { api } = await svc().guest();
    await expectError(api.analytics.weekly.query({}), 'FORBIDDEN');
    await expectError(svc().client().analytics.weekly.query({}), 'UNAUTHORIZED');
  });
});
