import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { preparedStatement } from '../src/db/prepared-batch';

const connection = () => ({}) as pg.ClientBase;

describe('preparedStatement', () => {
  it('prepares a shape the first time a connection sees it, then only executes it with literals', () => {
    const client = connection();
    const text = 'select title from videos where id = $1 and created_at < $2';
    const [prepare, execute] = preparedStatement(client, text, ['a', new Date('2026-01-01T00:00:00Z')]);
    expect(prepare).toMatch(/^PREPARE rw_[0-9a-f]{32} AS select title from videos where id = \$1/);
    expect(execute).toMatch(/^EXECUTE rw_[0-9a-f]{32}\('a', '2026-01-01T00:00:00.000Z'::timestamptz\)$/);
    expect(preparedStatement(client, text, ["o'neil", new Date(0)])).toEqual([
      execute!.replace("'a', '2026-01-01T00:00:00.000Z'", "'o''neil', '1970-01-01T00:00:00.000Z'"),
    ]);
    // Another connection has its own prepared statements.
    expect(preparedStatement(connection(), text, ['a', new Date(0)])).toHaveLength(2);
  });

  it('executes a statement without parameters by name alone', () => {
    const client = connection();
    preparedStatement(client, 'select 1', []);
    expect(preparedStatement(client, 'select 1', [])[0]).toMatch(/^EXECUTE rw_[0-9a-f]{32}$/);
  });

  it('stops preparing new shapes past its bound and sends them with inline values', () => {
    const client = connection();
    for (let i = 0; i < 100; i++) preparedStatement(client, `select ${i} where $1 = 1`, [1]);
    expect(preparedStatement(client, 'select 100 where $1 = 1', [1])).toEqual(['select 100 where 1 = 1']);
    expect(preparedStatement(client, 'select 7 where $1 = 1', [2])).toEqual([
      expect.stringMatching(/^EXECUTE rw_\w+\(2\)$/),
    ]);
  });
});
