// `pnpm db:synth --users 1000000 [--seed 1] [--days 120] [--reset]`: fills the Postgres database
// at DATABASE_URL (migrated and seeded first) with a synthetic population, set-based, in minutes.
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase, seedDatabase } from '@profos/api';
import { extractTopics } from '@profos/api/domain/topics';
import {
  maintainedMilestonesQuery,
  recountMilestonesQuery,
  recountWeeklyQuery,
} from '@profos/api/services/analytics/recount';
import {
  addWeeklyContributionsQuery,
  rebuildUserWeeksQuery,
  weeklyContributionsQuery,
} from '@profos/api/services/analytics/weekly-contributions';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { synthSteps } from './synth/steps';
import { SYNTH_QUERIES } from './synth/queries';

const BIG_TABLES = [
  'users',
  'user_weeks',
  'weekly_counts',
  'engagement_profiles',
  'user_milestones',
  'user_conversions',
  'milestone_counts',
  'video_requests',
  'video_engagements',
  'exposures',
  'training_sessions',
  'example_viewers',
];

async function main() {
  const { values } = parseArgs({
    options: {
      users: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      days: { type: 'string', default: '120' },
      reset: { type: 'boolean', default: false },
    },
  });
  const users = Number(values.users);
  const seed = Number(values.seed);
  const days = Number(values.days);
  if (!Number.isInteger(users) || users < 1) throw new Error('--users must be a positive whole number');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('set DATABASE_URL to the Postgres database to fill (db:synth does not run on PGlite)');

  const database = await openDatabase({ url });
  await migrateDatabase(database, url);
  await seedDatabase(database.db);
  await database.close();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const step = async (name: string, run: () => Promise<unknown>) => {
    const t0 = performance.now();
    process.stdout.write(`  ${name} … `);
    await run();
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  try {
    const { rows } = await client.query(`select count(*)::int as n from users where id like 'synth-%'`);
    if (rows[0].n > 0 && !values.reset)
      throw new Error(`the database already holds ${rows[0].n} synthetic users: add --reset to replace all data`);
    console.log(`db:synth: ${users.toLocaleString()} users over ${days} days, seed ${seed}`);
    if (values.reset)
      await step('reset (truncate)', () =>
        client.query(
          `truncate ${BIG_TABLES.join(', ')}, engagement_nudges, job_runs cascade; update power_user_examples set shown_users = 0, conversions = 0`,
        ),
      );
    // Bulk load: no per-row foreign-key triggers (the data is consistent by construction) and
    // secondary indexes rebuilt once at the end instead of maintained row by row.
    await client.query(`set session_replication_role = replica`);
    await client.query(`set work_mem = '256MB'`);
    await client.query(`set maintenance_work_mem = '1GB'`);
    const indexes = await dropSecondaryIndexes(client);
    try {
      await step('lookup tables', () => lookupTables(client));
      for (const s of synthSteps({ users, seed, days }))
        await step(s.name, () => client.query(s.sql.replaceAll(':seed', String(seed))));
      // The same bits and counts the service keeps, from the events just made (weekly-contributions.ts).
      await step('weekly counts (user weeks, then the counts)', async () => {
        for (const query of [rebuildUserWeeksQuery(synthetic), addWeeklyContributionsQuery(synthetic)]) {
          const { sql: text, params } = asQuery(query);
          await client.query(text, params);
        }
      });
    } finally {
      // Even after a failure, the schema is left whole.
      await step(`rebuild ${indexes.length} indexes`, async () => {
        for (const def of indexes) await client.query(def);
      });
    }
    await step('analyze', () => client.query(`analyze`));
    await step('verify: 500 users against a recount, and every count row', () => verifySample(client));
    const counts =
      await client.query(`select (select count(*) from users)::int users, (select count(*) from video_requests)::int requests,
      (select count(*) from video_engagements)::int engagements, (select count(*) from exposures)::int exposures,
      (select count(*) from training_sessions)::int sessions`);
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s:`, counts.rows[0]);
  } finally {
    await client.end();
  }
}

async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = any($1)
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [BIG_TABLES],
  );
  for (const { name } of rows) await client.query(`drop index "${name}"`);
  return rows.map((r) => r.def);
}

/** A query as text and parameters for the bulk-load client. */
const asQuery = (query: SQL) => new PgDialect().sqlToQuery(query);
const synthetic = (column: SQL) => sql`${column} like 'synth-%'`;
const mismatches = async (client: pg.Client, a: SQL, b: SQL) => {
  const query = asQuery(sql`with a as (${a}), b as (${b})
    select count(*)::int as n from ((select * from a except select * from b) union all (select * from b except select * from a)) d`);
  const { rows } = await client.query(query.sql, query.params);
  return Number(rows[0].n);
};

/** The maintained definitions and the synthetic data must agree; checked on a sample and on every count row. */
async function verifySample(client: pg.Client) {
  const sampled = (column: SQL) =>
    sql`${column} in (select user_id from user_milestones where user_id like 'synth-%' order by hashtext(user_id) limit 500)`;
  const users = await mismatches(
    client,
    sql`select * from (${recountMilestonesQuery()}) r where ${sampled(sql`r.user_id`)}`,
    sql`select * from (${maintainedMilestonesQuery()}) m where ${sampled(sql`m.user_id`)}`,
  );
  if (users > 0) throw new Error(`${users} sampled users' milestones differ from a recount`);
  const counts = await mismatches(
    client,
    sql`select (created_at at time zone 'UTC')::date as cohort_day, ((hashtext(user_id) & 2147483647) % 16)::smallint as shard,
        first_request_at is not null as requested, first_session_at is not null as converted, exposed_mask, holdout_mask, credited_mask,
        count(*)::int as users
      from user_milestones group by 1, 2, 3, 4, 5, 6, 7`,
    sql`select cohort_day, shard, requested, converted, exposed_mask, holdout_mask, credited_mask, users from milestone_counts where users <> 0`,
  );
  if (counts > 0) throw new Error(`milestone_counts differs from the milestones in ${counts} rows`);
  // The sample's weekly counts against a recount of their events, and every weekly count row.
  const weekly = await mismatches(
    client,
    recountWeeklyQuery('1970-01-01', '9999-01-01', sampled),
    sql`select week::text as week, metric, key, sum(n)::int as n from (${weeklyContributionsQuery(sampled)}) c group by 1, 2, 3`,
  );
  if (weekly > 0) throw new Error(`${weekly} weekly counts of the sampled users differ from a recount`);
  const weeklyRows = await mismatches(
    client,
    sql`select week, (hashtext(user_id) & 2147483647) % 16 as shard, metric, key, sum(n)::int as n
      from (${weeklyContributionsQuery(() => sql`true`)}) c group by 1, 2, 3, 4`,
    sql`select week, shard::int, metric, key, n from weekly_counts where n <> 0`,
  );
  if (weeklyRows > 0) throw new Error(`weekly_counts differs from the users' weekly rows in ${weeklyRows} rows`);
}

async function lookupTables(client: pg.Client) {
  await client.query(`create temp table synth_topics (n int primary key, query text, topics text[])`);
  for (const [n, query] of SYNTH_QUERIES.entries()) {
    await client.query('insert into synth_topics values ($1, $2, $3)', [n, query, extractTopics(query)]);
  }
  await client.query(
    `create temp table synth_videos as select (row_number() over (order by id) - 1)::int as n, id from videos`,
  );
  await client.query(
    `create temp table synth_examples as select (row_number() over (order by id) - 1)::int as n, id from power_user_examples where active`,
  );
}

main().catch((error) => {
  console.error(`db:synth: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
