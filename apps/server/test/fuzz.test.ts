import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_TYPES } from '../src/direct-procedures';
import { testBackends } from './support/backends';
import { selectRows } from './support/tables';
import { TEST_ADMIN_TOKEN, useTestService } from './support/test-service';

// Thousands of malformed calls, generated from a fixed seed, over every procedure through real HTTP:
// none may answer 5xx, and none that is refused may change a single row.

type Path = keyof typeof PROCEDURE_TYPES;
type Caller = 'public' | 'user' | 'admin';

/** A valid input per procedure (as the typed client sends it) and who calls it. */
const PROCEDURES: Record<Path, { caller: Caller; input: Record<string, unknown> | null }> = {
  'auth.guest': { caller: 'public', input: { name: 'Ana' } },
  'auth.logout': { caller: 'user', input: null },
  'videos.request': { caller: 'user', input: { query: 'armbar from guard' } },
  'engagement.click': { caller: 'user', input: { engagementId: '00000000-0000-4000-8000-000000000000' } },
  'engagement.feedback': {
    caller: 'user',
    input: { engagementId: '00000000-0000-4000-8000-000000000000', feedback: 'helpful' },
  },
  'profile.get': { caller: 'user', input: null },
  'profile.answer': { caller: 'user', input: { field: 'belt_level', text: 'blue belt' } },
  'profile.setPreferences': { caller: 'user', input: { conversionTips: true } },
  'profile.export': { caller: 'user', input: null },
  'profile.delete': { caller: 'user', input: null },
  'sessions.log': { caller: 'user', input: { text: 'rolled five rounds', trainedAt: new Date('2026-01-01') } },
  'chat.send': { caller: 'user', input: { text: 'kimura from side control' } },
  'examples.list': { caller: 'admin', input: null },
  'examples.upsert': {
    caller: 'admin',
    input: {
      id: 'fuzz-example',
      exampleType: 'fuzz_type',
      userQuestion: 'q',
      profResponseSummary: 'r',
      outcome: 'o',
      effectivenessScore: 5,
    },
  },
  'examples.setActive': { caller: 'admin', input: { id: 'seed-breakthrough', active: true } },
  'experiments.list': { caller: 'admin', input: null },
  'experiments.set': { caller: 'admin', input: { enhancement: 'pattern_teasers', holdoutPercent: 10 } },
  'analytics.funnel': { caller: 'admin', input: { from: new Date('2026-01-01') } },
  'analytics.metrics': { caller: 'admin', input: { from: new Date('2026-01-01') } },
  'analytics.weekly': { caller: 'admin', input: { weeks: 4, from: new Date('2026-01-05') } },
  'jobs.run': { caller: 'admin', input: { name: 'video_follow_ups' } },
  'clock.get': { caller: 'admin', input: null },
  'clock.set': { caller: 'admin', input: { at: new Date('2031-01-01') } },
  'clock.advance': { caller: 'admin', input: { ms: 1000 } },
};

const SEED = 20261205;
const RUNS_WITH_INPUT = 130;
const RUNS_WITHOUT_INPUT = 15;

/** Values that have broken services before: wrong types, extremes, text Postgres cannot hold. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }), // lone surrogates included
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.string({ minLength: 501, maxLength: 3000 }),
  fc.constantFrom(1e-300, -1e-300, 1e300, -1e300, Number.MAX_VALUE, Number.MIN_VALUE, -0, 0.1 + 0.2, 2 ** 53 + 1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('', ' ', 'null', '00000000-0000-0000-0000-000000000000', 'not-a-uuid', '🥋'.repeat(300)),
);

/** superjson's `meta` tags, right and wrong, for a key: how a client sends Dates, Sets, BigInts… */
const hostileMeta = (key: string): fc.Arbitrary<unknown> =>
  fc
    .oneof(
      fc.constantFrom(['Date'], ['bigint'], ['set'], ['map'], ['regexp'], ['undefined'], ['Error'], ['number']),
      fc.tuple(fc.constantFrom('class', 'custom', 'symbol'), fc.string({ maxLength: 8 })),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map((tag) => ({ values: { [key]: tag } }));

/** A body (mutations) or `?input=` (queries) for one malformed call of `path`. */
function malformed(path: Path): fc.Arbitrary<string> {
  const valid = PROCEDURES[path].input ?? {};
  const keys = Object.keys(valid);
  const json = (value: unknown) => JSON.stringify({ json: value });
  const oneKeyWrong = keys.length
    ? fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => json({ ...plain(valid), [key]: value }))
    : fc.constant(json({}));
  const metaWrong = keys.length
    ? fc
        .tuple(fc.constantFrom(...keys), hostileValue, fc.constantFrom(...keys).chain(hostileMeta))
        .map(([key, value, meta]) => JSON.stringify({ json: { ...plain(valid), [key]: value }, meta }))
    : fc.constant('{"json":{},"meta":{"values":["Date"]}}');
  return fc.oneof(
    oneKeyWrong,
    metaWrong,
    fc.jsonValue({ maxDepth: 3 }).map(json), // anything at all as the input
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), // no superjson envelope
    fc.record({ extra: hostileValue }).map((extra) => json({ ...plain(valid), ...extra })),
    fc.string({ unit: 'binary', maxLength: 60 }), // not JSON at all
  );
}

/** A valid input as superjson's JSON: Dates as ISO text (the malformed ones drop the meta). */
function plain(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

describe.each(testBackends())('malformed input to every procedure on %s', (backend) => {
  const svc = useTestService(backend);

  /** Every table a call could write, and every maintained counter, as one value. */
  const fingerprint = async () => {
    const [row] = await selectRows<{ f: string }>(
      svc().database,
      `select concat_ws(',',
        (select count(*) from users), (select sum(token_version) from users),
        (select count(*) from engagement_profiles), (select sum(state_version) from engagement_profiles),
        (select count(*) from video_requests), (select count(*) from video_engagements),
        (select count(clicked_at) from video_engagements), (select count(feedback) from video_engagements),
        (select count(*) from exposures), (select count(*) from engagement_nudges),
        (select count(*) from training_sessions), (select count(*) from user_milestones),
        (select count(*) from user_conversions), (select count(*) from example_viewers),
        (select sum(users) from milestone_counts), (select count(*) from experiments),
        (select count(*) from experiment_changes), (select count(*) from power_user_examples),
        (select sum(shown_users) from power_user_examples), (select count(*) from job_runs),
        (select version from service_config), (select count(*) from test_clock)) as f`,
    );
    return row!.f;
  };

  it('never answers 5xx, and a refused call changes no row', { timeout: 600_000 }, async () => {
    const start = svc().deps.clock.now();
    const shared = await svc().guest();
    let calls = 0;
    for (const path of Object.keys(PROCEDURES) as Path[]) {
      const { caller, input } = PROCEDURES[path];
      const samples = fc.sample(malformed(path), {
        seed: SEED + path.length,
        numRuns: input ? RUNS_WITH_INPUT : RUNS_WITHOUT_INPUT,
      });
      for (const sample of samples) {
        // A user who logged out or deleted themselves calls no more: those two get a fresh one each time.
        const user = () => (path === 'auth.logout' || path === 'profile.delete' ? svc().guest() : shared);
        const token = caller === 'admin' ? TEST_ADMIN_TOKEN : caller === 'user' ? (await user()).token : null;
        const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
        const before = await fingerprint();
        const res =
          PROCEDURE_TYPES[path] === 'query'
            ? await fetch(`${svc().url}/trpc/${path}?input=${encodeURIComponent(sample)}`, { headers })
            : await fetch(`${svc().url}/trpc/${path}`, {
                method: 'POST',
                headers: { ...headers, 'content-type': 'application/json' },
                body: sample,
              });
        const body = await res.text();
        calls++;
        expect(res.status, `${path} ${sample.slice(0, 200)} → ${body.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400)
          expect(await fingerprint(), `${path} refused ${sample.slice(0, 200)} but wrote`).toBe(before);
        // Clock moves that were accepted are undone, so later calls keep valid tokens.
        if (path.startsWith('clock.') && res.status < 400) await svc().admin().clock.set.mutate({ at: start });
      }
    }
    expect(calls).toBeGreaterThan(2_000);
  });
});
