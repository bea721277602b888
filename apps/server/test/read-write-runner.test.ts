import { openDatabase, type Database } from '@profos/api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from './support/postgres-database';

// The hot path's runner on a real Postgres (packages/api/src/db/read-write.ts), with a pool of one so
// every run lands on the same connection and what it prepared can be read back from the server.
describe('the read-write runner on Postgres', () => {
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

  const prepared = () =>
    database.readWrite((tx) =>
      tx.read<{ name: string; statement: string; parameter_types: string[] }>(
        sql`select name, statement, parameter_types::text[] from pg_prepared_statements where name like 'rw\\_%'`,
      ),
    );
  const titleOf = (id: string) => sql`select title from videos where id = ${id}`;

  it('names a statement shape the second time the connection sees it, and reuses it with new values', async () => {
    const [a, b] = (
      await database.readWrite((tx) => tx.read<{ id: string }>(sql`select id from videos order by id limit 2`))
    ).map((r) => r.id);
    const shape = <T extends { statement: string }>(rows: T[]) =>
      rows.filter((p) => p.statement.includes('select title from videos'));
    await database.readWrite((tx) => tx.read(titleOf(a!)));
    expect(shape(await prepared())).toEqual([]);
    const second = await database.readWrite((tx) => tx.read<{ title: string }>(titleOf(b!)));
    const third = await database.readWrite((tx) => tx.read<{ title: string }>(titleOf(a!)));
    expect(second[0]!.title).not.toBe(third[0]!.title);
    // Prepared once, with its value as a bound parameter: the text holds a placeholder, not the id.
    const [named] = shape(await prepared());
    expect(named!.statement).toBe('select title from videos where id = $1');
    expect(named!.parameter_types).toEqual(['text']);
  });

  it('binds values as parameters: hostile text and negative numbers arrive exactly', async () => {
    for (const value of ["it's", "\\'; select 1; --", 'back\\slash', '$1 $2', '\u00e9\u{1F94B}']) {
      const rows = await database.readWrite((tx) => tx.read<{ v: string }>(sql`select ${value}::text as v`));
      expect(rows[0]!.v).toBe(value);
    }
    // Written as a literal after a minus, -3 would start a `--` comment.
    const [difference] = await database.readWrite((tx) => tx.read<{ d: number }>(sql`select 5-${-3}::int as d`));
    expect(difference!.d).toBe(8);
  });

  it('runs the generic plan of what it prepares; the service’s other connections keep Postgres’s default', async () => {
    const setting = sql`select current_setting('plan_cache_mode') as mode`;
    expect(await database.readWrite((tx) => tx.read(setting))).toEqual([{ mode: 'force_generic_plan' }]);
    expect(((await database.db.execute(setting)) as unknown as { rows: unknown[] }).rows).toEqual([{ mode: 'auto' }]);
  });

  it('commits a lone write as its own transaction, and everything after BEGIN together or not at all', async () => {
    await database.db.execute(sql`create table runner_probe (n int primary key)`);
    const count = async () =>
      (await database.readWrite((tx) => tx.read<{ n: number }>(sql`select count(*)::int as n from runner_probe`)))[0]!
        .n;
    await database.readWrite((tx) => tx.commitWith(sql`insert into runner_probe values (${1})`));
    expect(await count()).toBe(1);
    const failing = database.readWrite(async (tx) => {
      await tx.read(sql`select n from runner_probe where n = ${1} for update`);
      await tx.commitWith(sql`insert into runner_probe values (${2})`, sql`insert into runner_probe values (${1})`);
    });
    await expect(failing).rejects.toThrow(/duplicate key/);
    expect(await count()).toBe(1);
    // The connection is usable afterwards, outside any transaction.
    await database.readWrite((tx) => tx.commitWith(sql`insert into runner_probe values (${3})`));
    expect(await count()).toBe(2);
  });

  it('stays usable after a statement fails in the middle of a flight', async () => {
    const count = (id: string) => sql`select count(*)::int as n from users where id = ${id}`;
    await expect(database.readWrite((tx) => tx.read(sql`select 1 / ${0}::int`, count('x')))).rejects.toThrow(
      /division by zero/,
    );
    expect(await database.readWrite((tx) => tx.read(count('y')))).toEqual([{ n: 0 }]);
  });
});
