import type {} from '../../apps/server/test/support/global-setup';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { requestStateQuery } from '@profos/api/services/request-state';
import { sessionHistoryQuery } from '@profos/api/services/session-history';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../../apps/server/test/support/postgres-database';

// The per-user reads of the hot paths must stay index walks as tables grow: a plan that scans or
// sorts a whole table is fast on a test's few rows and takes seconds at a million users. Checked on
// a synthetic population (db:synth) after ANALYZE, in both plans a prepared statement can get.
const PER_USER_TABLES = ['video_requests', 'video_engagements', 'exposures', 'training_sessions', 'engagement_nudges'];
const run = promisify(execFile);

describe('query plans of the per-user hot-path reads (Postgres, synthetic population)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let client: pg.Client;
  let userId: string;

  beforeAll(async () => {
    db = await createPostgresDatabase();
    await run(process.execPath, ['--import', 'tsx', 'scripts/synth.ts', '--users', '3000'], { env: { ...process.env, DATABASE_URL: db.url } });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // db:synth leaves nudges to the sweeps; give every user a few, as weeks of sweeps would.
    await client.query(`
      insert into engagement_nudges (id, user_id, nudge_type, source_key, content, status, created_at, shown_at, focus_topic, focus_at)
      select gen_random_uuid(), u.id, t.type, u.id || ':' || t.type || ':' || k, 'nudge', t.status, now() - k * interval '9 days',
        case when t.status = 'shown' then now() - k * interval '9 days' end,
        case when t.type = 'pre_training_focus' and k = 1 then 'triangle' end,
        case when t.type = 'pre_training_focus' and k = 1 then now() - interval '10 days' end
      from users u cross join generate_series(1, 3) k
      cross join (values ('pre_training_focus', 'shown'), ('discover_session_logging_v1', 'pending'), ('video_follow_up', 'expired')) t(type, status)`);
    await client.query('analyze engagement_nudges');
    // The heaviest requester: the user a bad plan hurts most.
    const { rows } = await client.query<{ user_id: string }>('select user_id from video_requests group by user_id order by count(*) desc limit 1');
    userId = rows[0]!.user_id;
  }, 180_000);
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  async function plans(query: SQL): Promise<string[]> {
    const { sql, params } = new PgDialect().sqlToQuery(query);
    await client.query('deallocate all');
    await client.query(`prepare hot as ${sql}`);
    const literals = params.map((p) => client.escapeLiteral(p instanceof Date ? p.toISOString() : String(p))).join(', ');
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

  it('videos.request reads its state by walking indexes, newest requests first without a sort', async () => {
    for (const plan of await plans(requestStateQuery(userId, new Date()))) {
      expectIndexWalks(plan);
      // The last requests come straight off the (user, newest first) index, never all of them sorted.
      expect(plan, plan).toMatch(/Index Scan using video_requests_user_time_idx/);
      expect(plan, plan).not.toMatch(/Sort Key: video_requests(_\d+)?\.created_at/);
    }
  });

  it('sessions.log reads the history for its insight by walking indexes', async () => {
    for (const plan of await plans(sessionHistoryQuery(userId, '00000000-0000-0000-0000-000000000000', new Date()))) expectIndexWalks(plan);
  });
});
