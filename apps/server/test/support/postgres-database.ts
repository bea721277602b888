import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { adminUrl, postgresUrlFor } from './backends';

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database copied from the run's migrated template; `drop` removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `profos_t_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name} template ${inject('postgresTemplate')}`);
  return { url: postgresUrlFor(name), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}
