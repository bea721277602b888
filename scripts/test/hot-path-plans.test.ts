import type {} from '../../apps/server/test/support/global-setup';
import { requestStateQuery } from '@profos/api/services/request-state';
import { sessionHistoryQuery } from '@profos/api/services/session-history';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../../apps/server/test/support/postgres-database';

// The per-user reads of the hot paths must stay index walks as tables grow: a plan that scans or
// sorts a whole table is fast on a test's few rows and takes seconds at a million users. Checked
// on a skewed population in both plans a prepared statement can get (the hot path runs generic
// ones), before any ANALYZE (a database whose autovacuum is off never has statistics) and after.
const PER_USER_TABLES = [
  'video_requests',
  'video_engagements',
  'exposures',
  'training_sessions',
  'engagement_nudges',
  'user_weeks',
];
const USERS = 3000;

// One heavy user (u1, 400 requests) and a long tail of light ones; three videos per request, some
// feedback, exposures, sessions and nudges — set-based, a few seconds.
const POPULATION = [
  `insert into users (id, created_at) select 'u' || i, now() - interval '90 days' from generate_series(1, ${USERS}) i`,
  `insert into engagement_profiles (user_id, updated_at) select id, now() from users`,
  `insert into user_milestones (user_id, created_at) select id, created_at from users`,
  `insert into video_requests (id, user_id, query, topics, created_at)
    select gen_random_uuid(), 'u' || u, 'triangle', '{triangle}', now() - k * interval '37 minutes'
    from generate_series(1, ${USERS}) u, generate_series(1, case when u = 1 then 400 else 1 + (u * 7919) % 80 end) k`,
  `insert into video_engagements (id, user_id, request_id, video_id, rank, shown_at, feedback, feedback_at)
    select gen_random_uuid(), r.user_id, r.id, v.id, v.rank, r.created_at,
      case when (hashtext(r.id::text) + v.rank) % 20 = 0 then 'helpful' end,
      case when (hashtext(r.id::text) + v.rank) % 20 = 0 then r.created_at end
    from video_requests r cross join (select id, (row_number() over (order by id) - 1)::smallint as rank from videos order by id limit 3) v`,
  `insert into exposures (id, user_id, kind, enhancement, type, request_id, shown_at)
    select gen_random_uuid(), user_id, 'teaser', 'pattern_teasers', 'repeated_technique', id, created_at
    from video_requests where hashtext(id::text) % 7 = 0`,
  `insert into user_weeks (user_id, week, mask)
    select user_id, date_trunc('week', created_at at time zone 'UTC')::date, 1 from video_requests group by 1, 2`,
  `insert into training_sessions (id, user_id, text, topics, trained_at, created_at)
    select gen_random_uuid(), 'u' || u, 'drilled triangles', '{triangle}', now() - k * interval '2 days', now() - k * interval '2 days'
    from generate_series(1, ${USERS}, 3) u, generate_series(1, 1 + u % 12) k`,
  `insert into engagement_nudges (id, user_id, nudge_type, source_key, content, status, created_at, shown_at, focus_topic, focus_at)
    select gen_random_uuid(), u.id, t.type, u.id || ':' || t.type || ':' || k, 'nudge', t.status, now() - k * interval '9 days',
      case when t.status = 'shown' then now() - k * interval '9 days' end,
      case when t.type = 'pre_training_focus' and k = 1 then 'triangle' end,
      case when t.type = 'pre_training_focus' and k = 1 then now() - interval '10 days' end
    from users u cross join generate_series(1, 3) k
    cross join (values ('pre_training_focus', 'shown'), ('discover_session_logging_v1', 'pending'), ('video_follow_up', 'expired')) t(type, status)`,
];

describe('query plans of the per-user hot-path reads (Postgres)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let client: pg.Client;

  beforeAll(async () => {
    db = await createPostgresDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // "Never analyzed" must hold however fast autovacuum is: it may not touch these tables.
    for (const table of PER_USER_TABLES)
      await client.query(`alter table ${table} set (autovacuum_enabled = false, toast.autovacuum_enabled = false)`);
    for (const statement of POPULATION) await client.query(statement);
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  async function plans(query: SQL): Promise<string[]> {
    const { sql, params } = new PgDialect().sqlToQuery(query);
    await client.query('deallocate all');
    await client.query(`prepare hot as ${sql}`);
    const literals = params
      .map((p) => client.escapeLiteral(p instanceof Date ? p.toISOString() : String(p)))
      .join(', ');
    const result: string[] = [];
    for (const mode of ['force_custom_plan', 'force_generic_plan']) {
      await client.query(`set plan_cache_mode = ${mode}`);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain execute hot(${literals})`);
      result.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
    return result;
  }

  function expectIndexWalks(plan: string) {
    for (const table of PER_USER_TABLES) expect(plan, plan).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
    expect(plan, plan).not.toMatch(/Hash Join/);
  }

  async function checkHotReads() {
    for (const plan of await plans(requestStateQuery('u1', new Date()))) {
      expectIndexWalks(plan);
      // The last requests come straight off the (user, newest first) index, never all of them sorted.
      expect(plan, plan).toMatch(/Index Scan using video_requests_user_time_idx/);
      expect(plan, plan).not.toMatch(/Sort Key: video_requests(_\d+)?\.created_at/);
      // The user's latest week row, read backwards off its primary key.
      expect(plan, plan).toMatch(/Index Scan Backward using user_weeks_pk/);
    }
    for (const plan of await plans(sessionHistoryQuery('u1', '00000000-0000-0000-0000-000000000000', new Date())))
      expectIndexWalks(plan);
  }

  it('videos.request and sessions.log read by walking indexes on tables never analyzed', async () => {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_stats where tablename = 'video_requests'`,
    );
    expect(rows[0]!.n).toBe(0);
    await checkHotReads();
  });

  it('and once statistics exist', async () => {
    await client.query('analyze');
    await checkHotReads();
  });
});
