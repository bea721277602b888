import { describe, expect, it } from 'vitest';
import { inlineParams, sqlLiteral } from '../src/db/sql-literal';

describe('sqlLiteral', () => {
  it.each([
    [null, 'NULL'],
    [undefined, 'NULL'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [42, '42'],
    [-2.5, '-2.5'],
    ["it's", "'it''s'"],
    ['back\\slash', "E'back\\\\slash'"],
    ["'; drop table users; --", "'''; drop table users; --'"],
    [new Date('2026-11-25T12:00:00Z'), "'2026-11-25T12:00:00.000Z'::timestamptz"],
    [['a', "b'c"], "ARRAY['a','b''c']"],
    [[], "'{}'"],
  ])('writes %j as %s', (value, literal) => {
    expect(sqlLiteral(value)).toBe(literal);
  });

  it.each([[Number.NaN], [Infinity], [new Date('nope')], ['nul\u0000byte'], [{ a: 1 }], [[1, 2]]])(
    'refuses %j',
    (value) => {
      expect(() => sqlLiteral(value)).toThrow();
    },
  );
});

describe('inlineParams', () => {
  it('replaces each placeholder once, never re-reading a value that contains "$2"', () => {
    expect(inlineParams('select $1, $2', ['$2', 'x'])).toBe("select '$2', 'x'");
  });

  it('handles ten or more parameters', () => {
    const params = Array.from({ length: 12 }, (_, i) => i);
    expect(inlineParams('$1 $10 $12', params)).toBe('0 9 11');
  });

  it('fails loudly on a missing value', () => {
    expect(() => inlineParams('select $3', [1, 2])).toThrow(/\$3/);
  });
});

describe('the read-write runner on a connection with standard_conforming_strings off', () => {
  it('still reads back hostile text exactly', async () => {
    const pg = (await import('pg')).default;
    const { sql } = await import('drizzle-orm');
    const { postgresReadWrite } = await import('../src/db/read-write');
    const pool = new pg.Pool({
      connectionString: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      options: '-c standard_conforming_strings=off',
      max: 1,
    });
    try {
      for (const value of ["\\'; select 1; --", 'back\\slash', "it's", '\\\\\\', 'plain']) {
        const rows = await postgresReadWrite(pool)((tx) => tx.read<{ v: string }>(sql`select ${value}::text as v`));
        expect(rows[0]!.v).toBe(value);
      }
    } finally {
      await pool.end();
    }
  });
});
