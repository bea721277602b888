import type { PGlite, Transaction as PGliteTransaction } from '@electric-sql/pglite';
import type { Logger, SQL } from 'drizzle-orm';
import type pg from 'pg';
import { compileSql } from './compile-sql';
import { statementName } from './statement-names';

/**
 * One transaction that reads, lets the caller decide, and writes, in as few round trips as the
 * backend allows. On Postgres the statements of each step travel together without waiting for
 * each other (pg's pipeline mode), each with its values bound as parameters, under a name the
 * connection prepared once when it is a common shape (statement-names.ts):
 *   - a decision made from a cached state is ONE round trip: the claimed write alone (a single
 *     statement is its own transaction), with a read of what it left right behind it if asked;
 *   - otherwise two: `BEGIN; <lock>; <read>`, then `<write>; COMMIT`.
 * PGlite is in-process: plain statements, one after another, in its own transaction.
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
  /**
   * The final write and any statements after it (a read of what it left); the rows of each. Inside
   * an open transaction they are committed with it; otherwise the write commits on its own and the
   * read after it sees what it left.
   */
  commitWith(...queries: SQL[]): Promise<unknown[][]>;
}

export type ReadWriteRunner = <T>(work: (tx: ReadWriteTx) => Promise<T>) => Promise<T>;

/** Runs on a pool of clients created with `pipeline: true`. */
export function postgresReadWrite(pool: pg.Pool, logger?: Logger): ReadWriteRunner {
  return async (work) => {
    const client = await pool.connect();
    let open = false;
    let done = false;
    const control = (text: 'BEGIN' | 'COMMIT' | 'ROLLBACK') => {
      logger?.logQuery(text.toLowerCase(), []);
      return client.query(text);
    };
    const statement = (query: SQL) => {
      const { sql: text, params } = compileSql(query);
      logger?.logQuery(text, params);
      return client.query({ text, values: params, name: statementName(client, text) });
    };
    /** Sends everything at once and waits for all of it; the rows of each query, or the first failure. */
    const send = async (queries: SQL[], { begin = false, commit = false } = {}): Promise<unknown[][]> => {
      const flight = [
        ...(begin ? [control('BEGIN')] : []),
        ...queries.map(statement),
        ...(commit ? [control('COMMIT')] : []),
      ];
      const settled = await Promise.allSettled(flight);
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
      const results = settled.map((s) => (s as PromiseFulfilledResult<pg.QueryResult>).value);
      return results.slice(begin ? 1 : 0, (begin ? 1 : 0) + queries.length).map((r) => r.rows);
    };
    const opening = () => {
      const begin = !open;
      open = true;
      return { begin };
    };
    const tx: ReadWriteTx = {
      read: async <R>(...queries: SQL[]) => (await send(queries, opening())).at(-1) as R[],
      exec: async (query) => {
        await send([query], opening());
      },
      commitWith: async (...queries) => {
        const rows = await send(queries, { commit: open });
        done = true;
        return rows;
      },
    };
    let broken: unknown;
    try {
      const result = await work(tx);
      if (open && !done) await control('COMMIT');
      return result;
    } catch (error) {
      if (open && !done) await control('ROLLBACK').catch((rollbackFailed: unknown) => (broken = rollbackFailed));
      throw error;
    } finally {
      // A connection that could not even roll back is dropped, not handed to the next request.
      client.release(broken instanceof Error ? broken : undefined);
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
