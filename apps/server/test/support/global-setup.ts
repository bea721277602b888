import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase, seedDatabase } from '@profos/api';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { postgresUrlFor } from './backends';
import { startTestPostgres, type TestPostgres } from './test-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
    postgresAdminUrl: string;
  }
}

/**
 * Builds the app, chooses the run's Postgres (and says which), then migrates and seeds once per run: a PGlite
 * data-dir snapshot and a Postgres template database. Each test file then starts from a copy in
 * about a second instead of migrating from scratch.
 */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'profos-test-'));
  const snapshot = path.join(workDir, 'pglite-snapshot.tar');
  let postgres: TestPostgres | null = null;
  const template = `profos_tpl_${randomBytes(4).toString('hex')}`;
  const teardown = async () => {
    rmSync(workDir, { recursive: true, force: true });
    if (!postgres) return;
    await withClient(postgres.adminUrl, (c) => c.query(`drop database if exists ${template} with (force)`)).catch(
      () => {},
    );
    await postgres.stop();
  };
  try {
    // The build `pnpm start` runs, once per run: the browser journey and the start test use it.
    execFileSync('pnpm', ['build'], { stdio: 'ignore' });
    // The PGlite snapshot is made whatever the backends: the simulator's and the weekly report's
    // tests run on the embedded database in every run.
    const embedded = await openDatabase({});
    await migrateDatabase(embedded);
    await seedDatabase(embedded.db);
    const dump = await embedded.pglite!.dumpDataDir('none');
    writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()));
    await embedded.close();
    // Postgres-only tests (two instances, plans) run whatever the backends, so a server is always chosen.
    postgres = await startTestPostgres();
    console.log(`postgres: ${postgres.description}`);
    await withClient(postgres.adminUrl, (c) => c.query(`create database ${template}`));
    const url = postgresUrlFor(template, postgres.adminUrl);
    const database = await openDatabase({ url });
    await migrateDatabase(database, url);
    await seedDatabase(database.db);
    await database.close();
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('pgliteSnapshot', snapshot);
  project.provide('postgresTemplate', template);
  project.provide('postgresAdminUrl', postgres.adminUrl);
  return teardown;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
