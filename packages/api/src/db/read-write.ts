import type { PGlite, Transaction as PGliteTransaction } from '@electric-sql/pglite';
import type { Logger, SQL } from 'drizzle-orm';
import type pg from 'pg';
import { compileSql } from './compile-sql';
import { preparedStatement, resyncPrepared } from './prepared-batch';

/**
 * One transaction that reads, lets the caller decide, and writes. On Postgres it costs two round
 * trips — `BEGIN; <lock>; <read>` and `<write>; COMMIT` each go as one simple-protocol batch, or
 * one when the caller already knows what to write (`BEGIN; <write>; COMMIT`, with a read of what
 * it left before the COMMIT when the caller asks for one) —
 * because on this kind of machine every socket write is expensive; each statement in a batch is
 * an EXECUTE of a shape the connection prepared once (prepared-batch.ts). PGlite is in-process:
 * plain statements, one after another.
 */
export interface ReadWriteTx {
  /**
   * Runs the statements in order, in one round trip, and returns the rows of the last. Each is its
   * own statement, so a read placed after a lock sees what committed while it waited for the lock.
   * The first call also opens the transaction.
   */
  read<T>(...queries: SQL[]): Promise<T[]>;
  /** A write that does not end the transaction (rare paths). */
  exec(query: SQL): Promise<void>;
  /** The final write and any statements after it (a read of what it left), committed with them; the rows of each. */
  commitWith(...queries: SQL[]): Promise<unknown[][]>;
}

export type ReadWriteRunner = <T>(work: (tx: ReadWriteTx) => Promise<T>) => Promise<T>;

export function postgresReadWrite(pool: pg.Pool, logger?: Logger): ReadWriteRunner {
  return async (work) => {
    const client = await pool.connect();
    let open = false;
    let done = false;
    /** Sends control statements and queries as one batch; returns the rows of each query. */
    const send = async (queries: SQL[], { commit = false } = {}): Promise<unknown[][]> => {
      const control = open ? [] : ['BEGIN'];
      if (!open) logger?.logQuery('begin', []);
      open = true;
      // A query's first sighting on this connection adds its PREPARE: remember where its EXECUTE lands.
      const texts: string[] = [];
      const positions = queries.map((query) => {
        const { sql, params } = compileSql(query);
        logger?.logQuery(sql, params);
        texts.push(...preparedStatement(client, sql, params));
        return control.length + texts.length - 1;
      });
      const batch = [...control, ...texts, ...(commit ? ['COMMIT'] : [])];
      const results = await client.query(batch.join(';\n'));
      if (commit) {
        logger?.logQuery('commit', []);
        done = true;
      }
      // One statement answers with a result, a batch with one per statement.
      const all = Array.isArray(results) ? results : [results];
      return positions.map((at) => all[at]!.rows);
    };
    const tx: ReadWriteTx = {
      read: async <R>(...queries: SQL[]) => (await send(queries)).at(-1) as R[],
      exec: async (query) => {
        await send([query]);
      },
      commitWith: (...queries) => send(queries, { commit: true }),
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
      await resyncPrepared(client).catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

export function pgliteReadWrite(pglite: PGlite, logger?: Logger): ReadWriteRunner {
  return (work) =>
    pglite.transaction(async (t: PGliteTransaction) => {
      logger?.logQuery('begin', []);
      const run = async (query: SQL) => {
        const { sql, params } = compileSql(query);
        logger?.logQuery(sql, params);
        return t.query(sql, params);
      };
      const runAll = async (queries: SQL[]) => {
        const rows: unknown[][] = [];
        for (const query of queries) rows.push((await run(query)).rows);
        return rows;
      };
      const result = await work({
        read: async <R>(...queries: SQL[]) => (await runAll(queries)).at(-1) as R[],
        exec: async (query) => {
          await run(query);
        },
        commitWith: (...queries) => runAll(queries),
      });
      logger?.logQuery('commit', []);
      return result;
    });
}
