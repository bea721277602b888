// `pnpm bench:analytics`: on the database at DATABASE_URL (fill it with `pnpm db:synth`), times
// analytics.funnel + analytics.metrics (maintained milestones) beside the original spec's
// conversion_funnel view logic (recounted from the event tables), and analytics.weekly over 26
// weeks beside a recount of its counts from the event tables; checks that each pair agrees.
import { createContext, openDatabase, serviceDeps } from '@profos/api';
import { funnel } from '@profos/api/services/analytics/funnel';
import { metrics } from '@profos/api/services/analytics/metrics';
import { maintainedWeeklyQuery, recountWeeklyQuery, specFunnelQuery } from '@profos/api/services/analytics/recount';
import { weekly } from '@profos/api/services/analytics/weekly';
import { utcDay } from '@profos/api/clock';
import { rowsOf } from '@profos/api/db/rows';
import { sql } from 'drizzle-orm';
import { percentile } from './bench/load';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function timed<T>(runs: number, fn: () => Promise<T>): Promise<{ p50: number; min: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), min: times[0]!, result };
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL to a Postgres database filled by `pnpm db:synth`');
  const database = await openDatabase({ url, poolSize: 2 });
  const deps = serviceDeps(database, { authSecret: 'x'.repeat(32), guestSignup: false, rateLimits: null });
  const ctx = await createContext(deps, { authorization: undefined, clientAddress: 'bench' });
  try {
    const [{ users, requests }] = rowsOf<{ users: number; requests: number }>(
      await database.db.execute(
        sql`select (select count(*) from users)::int as users, (select count(*) from video_requests)::int as requests`,
      ),
    ) as [{ users: number; requests: number }];
    console.log(
      `bench:analytics — ${new Date().toISOString()} — ${users.toLocaleString()} users, ${requests.toLocaleString()} requests, ${RUNS} runs each (p50)`,
    );
    const ours = await timed(RUNS, async () => ({ funnel: await funnel(ctx, {}), metrics: await metrics(ctx, {}) }));
    const funnelOnly = await timed(RUNS, () => funnel(ctx, {}));
    const metricsOnly = await timed(RUNS, () => metrics(ctx, {}));
    // A range whose ends cut through days: whole days from the counts, the edges from per-user rows.
    const to = new Date(Date.now() - 3.5 * 3_600_000);
    const ragged = { from: new Date(to.getTime() - 30 * 86_400_000 - 5 * 3_600_000), to };
    const rangeRun = await timed(RUNS, async () => ({
      funnel: await funnel(ctx, ragged),
      metrics: await metrics(ctx, ragged),
    }));
    const spec = await timed(
      Math.min(RUNS, 3),
      async () => rowsOf<Record<string, number>>(await database.db.execute(specFunnelQuery(sql`true`)))[0]!,
    );
    console.log(`analytics.funnel            p50 ${funnelOnly.p50.toFixed(0).padStart(7)} ms`);
    console.log(`analytics.metrics           p50 ${metricsOnly.p50.toFixed(0).padStart(7)} ms`);
    console.log(`funnel + metrics            p50 ${ours.p50.toFixed(0).padStart(7)} ms`);
    console.log(
      `funnel + metrics, 30-day ragged range p50 ${rangeRun.p50.toFixed(0).padStart(3)} ms  (${rangeRun.result.funnel.stages[0]!.count.toLocaleString()} users)`,
    );
    console.log(
      `spec conversion_funnel view p50 ${spec.p50.toFixed(0).padStart(7)} ms   (funnel stages only, from event tables)`,
    );
    console.log(`ratio spec view / (funnel + metrics): ${(spec.p50 / ours.p50).toFixed(1)}×`);
    const agree = ours.result.funnel.stages.every((s) => Number(spec.result[s.stage]) === s.count);
    console.log(`stage counts agree with the recount: ${agree ? 'yes' : 'NO'}`);
    console.log(ours.result.funnel.stages.map((s) => `${s.stage}=${s.count}`).join('  '));

    const weeks = await timed(RUNS, () => weekly(ctx, { weeks: 26 }));
    const [weekFrom, weekTo] = [utcDay(weeks.result.weeks[0]!.start), utcDay(weeks.result.weeks.at(-1)!.end)];
    const recountStarted = performance.now();
    const [recounted, maintained, signups] = await Promise.all([
      database.db.execute(recountWeeklyQuery(weekFrom, weekTo)),
      database.db.execute(maintainedWeeklyQuery(weekFrom, weekTo)),
      database.db.execute(
        sql`select date_trunc('week', created_at at time zone 'UTC')::date::text as week, count(*)::int as n from users
          where created_at >= ${weekFrom}::date and created_at < ${weekTo}::date group by 1`,
      ),
    ]);
    const recountMs = performance.now() - recountStarted;
    const asText = (rows: unknown) => JSON.stringify(rowsOf(rows));
    const newUsers = new Map(rowsOf<{ week: string; n: number }>(signups).map((r) => [r.week, r.n]));
    const weeklyAgrees =
      asText(recounted) === asText(maintained) &&
      weeks.result.weeks.every((w) => w.newUsers === (newUsers.get(utcDay(w.start)) ?? 0));
    const counted = weeks.result.weeks.reduce((n, w) => n + w.videoRequesters, 0);
    console.log(
      `analytics.weekly, 26 weeks  p50 ${weeks.p50.toFixed(0).padStart(7)} ms   (${rowsOf(maintained).length.toLocaleString()} counts, ${counted.toLocaleString()} weekly requesters)`,
    );
    console.log(`weekly counts recounted from the event tables: ${recountMs.toFixed(0)} ms`);
    console.log(`weekly counts agree with the recount: ${weeklyAgrees ? 'yes' : 'NO'}`);
    if (!agree || !weeklyAgrees) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
