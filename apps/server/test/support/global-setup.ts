import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase, seedDatabase } from '@profos/api';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { adminUrl, postgresUrlFor, testBackends } from './backends';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates and seeds once per run: a PGlite data-dir snapshot and a Postgres template database.
 * Each test file then starts from a copy in about a second instead of migrating from scratch.
 */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'profos-test-'));
  const backends = testBackends();
  const snapshot = path.join(workDir, 'pglite-snapshot.tar');
  if (backends.includes('pglite')) {
    const database = await openDatabase({});
    await migrateDatabase(database);
    await seedDatabase(database.db);
    const dump = await database.pglite!.dumpDataDir('none');
    writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()));
    await database.close();
  }
  const template = `profos_tpl_${randomBytes(4).toString('hex')}`;
  if (backends.includes('postgres')) {
    await withAdmin((c) => c.query(`create database ${template}`));
    const url = postgresUrlFor(template);
    const database = await openDatabase({ url });
    await migrateDatabase(database, url);
    await seedDatabase(database.db);
    await database.close();
  }
  project.provide('pgliteSnapshot', snapshot);
  project.provide('postgresTemplate', template);
  return async () => {
    rmSync(workDir, { recursive: true, force: true });
    if (backends.includes('postgres'))
      await withAdmin((c) => c.query(`drop database if exists ${template} with (force)`));
  };
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
