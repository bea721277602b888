import type { PGlite, Transaction as PGliteTransaction } from '@electric-sql/pglite';
import type { Logger, SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { inlineParams } from './sql-literal';

/**
 * One transaction that reads, lets the caller decide, and writes. On Postgres it costs two round
 * trips — `BEGIN; <read>` and `<write>; COMMIT` each go as one simple-protocol batch — because on
 * this kind of machine every socket write is expensive. PGlite is in-process: plain statements.
 */
export interface ReadWriteTx {
  /** Rows of a read; the first one also opens the transaction. */
  read<T>(query: SQL): Promise<T[]>;
  /** A write that does not end the transaction (rare paths). */
  exec(query: SQL): Promise<void>;
  /** The final write, committed with it. */
  commitWith(query: SQL): Promise<void>;
}

export type ReadWriteRunner = <T>(work: (tx: ReadWriteTx) => Promise<T>) => Promise<T>;

const dialect = new PgDialect();
const render = (query: SQL) => dialect.sqlToQuery(query);

export function postgresReadWrite(pool: pg.Pool, logger?: Logger): ReadWriteRunner {
  return async (work) => {
    const client = await pool.connect();
    let open = false;
    let done = false;
    const send = async (prefix: string, query: SQL, suffix: string) => {
      const { sql, params } = render(query);
      logger?.logQuery(sql, params);
      const results = await client.query(`${prefix}${inlineParams(sql, params)}${suffix}`);
      // A batch answers with one result per statement; ours is the one after BEGIN / SET.
      return Array.isArray(results) ? results[prefix ? 2 : 0]! : results;
    };
    const begin = () => {
      if (open) return '';
      open = true;
      logger?.logQuery('begin', []);
      return 'BEGIN; SET LOCAL standard_conforming_strings = on; ';
    };
    const tx: ReadWriteTx = {
      read: async <R>(query: SQL) => (await send(begin(), query, '')).rows as R[],
      exec: async (query) => { await send(begin(), query, ''); },
      commitWith: async (query) => {
        await send(begin(), query, '; COMMIT');
        logger?.logQuery('commit', []);
        done = true;
      },
    };
    try {
      const result = await work(tx);
      if (open && !done) {
        logger?.logQuery('commit', []);
        await client.query('COMMIT');
      }
      return result;
    } catch (error) {
      if (open && !done) await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

export function pgliteReadWrite(pglite: PGlite, logger?: Logger): ReadWriteRunner {
  return (work) => pglite.transaction(async (t: PGliteTransaction) => {
    logger?.logQuery('begin', []);
    const run = async (query: SQL) => {
      const { sql, params } = render(query);
      logger?.logQuery(sql, params);
      return t.query(sql, params);
    };
    const result = await work({
      read: async <R>(query: SQL) => (await run(query)).rows as R[],
      exec: async (query) => { await run(query); },
      commitWith: async (query) => { await run(query); },
    });
    logger?.logQuery('commit', []);
    return result;
  });
}
