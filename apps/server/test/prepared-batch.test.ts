import { openDatabase, type Database } from '@profos/api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from './support/postgres-database';

// The read-write runner sends each statement as EXECUTE of a shape the connection PREPAREd once
// (packages/api/src/db/prepared-batch.ts). Checked here on a real Postgres, with a pool of one so
// every transaction runs on the same connection.
describe('prepared statements inside simple-protocol batches (Postgres)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let database: Database;

  beforeAll(async () => {
    db = await createPostgresDatabase();
    database = await openDatabase({ url: db.url, poolSize: 1 });
  });
  afterAll(async () => {
    await database?.close();
    await db?.drop();
  });

  const preparedNames = () =>
    database.readWrite((tx) =>
      tx.read<{ name: string; statement: string }>(
        sql`select name, statement from pg_prepared_statements where name like 'rw\_%' order by name`,
      ),
    );
  const videoTitle = (id: string) => sql`select title from videos where id = ${id}`;

  it('prepares a shape once per connection and reuses it with new values, quotes and backslashes included', async () => {
    const ids = (
      await database.readWrite((tx) => tx.read<{ id: string }>(sql`select id from videos order by id limit 2`))
    ).map((r) => r.id);
    const first = await database.readWrite((tx) => tx.read<{ title: string }>(videoTitle(ids[0]!)));
    const second = await database.readWrite((tx) => tx.read<{ title: string }>(videoTitle(ids[1]!)));
    const odd = await database.readWrite((tx) => tx.read<{ title: string }>(videoTitle("it's a \\ test")));
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(second[0]!.title).not.toBe(first[0]!.title);
    expect(odd).toEqual([]);
    const shapes = (await preparedNames()).filter((p) => p.statement.includes('select title from videos'));
    expect(shapes).toHaveLength(1);
  });

  it('runs on connections that always use the generic plan of a prepared shape (no re-planning per call)', async () => {
    const setting = sql`select current_setting('plan_cache_mode') as mode`;
    expect(await database.readWrite((tx) => tx.read(setting))).toEqual([{ mode: 'force_generic_plan' }]);
    // Only there: the service's other queries keep Postgres's default.
    expect(((await database.db.execute(setting)) as unknown as { rows: unknown[] }).rows).toEqual([{ mode: 'auto' }]);
  });

  it('stays usable after a failed batch that never reached one of its PREPAREs', async () => {
    const count = (id: string) => sql`select count(*) from users where id = ${id}`;
    const failing = database.readWrite((tx) => tx.read(sql`select 1 / ${0}::int`, count('x')));
    await expect(failing).rejects.toThrow(/division by zero/);
    // The error stopped the batch before the count's PREPARE; the runner re-read the connection's
    // prepared list, so the next use prepares it instead of executing a statement that isn't there.
    expect(await database.readWrite((tx) => tx.read(count('y')))).toEqual([{ count: '0' }]);
    await expect(database.readWrite((tx) => tx.read(sql`select 1 / ${0}::int`))).rejects.toThrow(/division by zero/);
  });
});
