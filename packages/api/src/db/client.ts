import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { pgliteReadWrite, postgresReadWrite, type ReadWriteRunner } from './read-write';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A Drizzle transaction handle; services take `Db | Tx` where either works. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** The raw PGlite instance, for snapshots in tests; null on Postgres. */
  pglite: PGlite | null;
  /** The hot path's read-decide-write transaction, in as few round trips as the backend allows. */
  readWrite: ReadWriteRunner;
  /** Connections per pool right now (none on PGlite), for the metrics. */
  poolStats(): DbPoolStats[];
  close(): Promise<void>;
}

export interface DbPoolStats {
  name: string;
  total: number;
  idle: number;
  waiting: number;
}

/** Connections per pool (one pool for the hot path, one for the rest): on 2 cores a small pool wins. */
export const DEFAULT_POOL_SIZE = 10;

export type DatabaseOptions =
  | { url: string; poolSize?: number; logger?: Logger }
  | { url?: undefined; dataDir?: string; loadDataDir?: Blob; logger?: Logger };

// pg returns `timestamptz` as Date already; `numeric`/`int8` we never use for values we read.
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url !== undefined) {
    const poolSize = options.poolSize ?? DEFAULT_POOL_SIZE;
    const pool = new pg.Pool({ connectionString: options.url, max: poolSize, connectionTimeoutMillis: 10_000 });
    // The hot path has its own connections, in pipeline mode (statements sent without waiting for
    // each other), where the shapes it names always run their generic plan: re-planning the
    // request state's read on every call (what Postgres's "auto" mode settles on for it) cost twice
    // what executing it does. The plan test checks the generic plans stay index walks
    // (scripts/test/hot-path-plans.test.ts).
    const readWritePool = new pg.Pool({
      connectionString: options.url,
      max: poolSize,
      connectionTimeoutMillis: 10_000,
      pipeline: true,
      options: '-c plan_cache_mode=force_generic_plan',
    });
    // An idle client that dies (server restart) must not crash the process.
    pool.on('error', () => {});
    readWritePool.on('error', () => {});
    const db = drizzlePg(pool, { schema, logger: options.logger }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      pglite: null,
      readWrite: postgresReadWrite(readWritePool, options.logger),
      poolStats: () => [statsOf('default', pool), statsOf('read_write', readWritePool)],
      close: async () => {
        await Promise.all([pool.end(), readWritePool.end()]);
      },
    };
  }
  const pglite = await PGlite.create(options.dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const db = drizzlePglite(pglite, { schema, logger: options.logger }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite,
    readWrite: pgliteReadWrite(pglite, options.logger),
    poolStats: () => [],
    close: () => pglite.close(),
  };
}

function statsOf(name: string, pool: pg.Pool): DbPoolStats {
  return { name, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}
