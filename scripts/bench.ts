// `pnpm bench`: the real server under load, videos.request beside the trivial profile.get in one
// run, at 1, 8 and 32 concurrent clients, on PGlite and on Postgres. Prints req/s, p50, p99, the
// p50 ratio to the trivial procedure, and SQL statements per request; then each procedure alone at
// 32 clients (the best of BENCH_ALONE_RUNS runs), for the throughput one procedure gets from the whole
// machine. Also writes bench-results/.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { drive, type Call, type LatencyStats } from './bench/load';
import { cpuSeconds, startServer } from './bench/server';
import { statementsPerRequest } from './bench/statement-count';

const run = promisify(execFile);
const CONCURRENCY = [1, 8, 32];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
// A long-running server is measured, not one still compiling its hot code: each level is driven
// unmeasured first.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
// Other work on a shared machine only ever slows a run: a procedure alone is measured this many times
// and its best run is reported, the closest to what the machine gives it in a quiet minute.
const ALONE_RUNS = Number(process.env.BENCH_ALONE_RUNS ?? 3);
const ADMIN_URL =
  process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
// Postgres only: first fill the database with `pnpm db:synth --users N`, so the hot path is measured
// against tables of production size rather than a fresh database's few rows.
const SYNTH_USERS = Number(process.env.BENCH_SYNTH_USERS ?? 0);
const QUERIES = [
  'triangle from closed guard',
  'how do I stop people triangling me',
  'armbar escapes',
  'rear naked choke from the back mount',
  'guillotine in nogi',
  'guard passing against bigger guys',
  'sweeps from butterfly',
  'side control escape for beginners',
  'knee on belly transitions to mount',
  'heel hooks from 50/50',
  'half guard sweeps',
  'kimura grip from north south',
];

interface Row {
  backend: string;
  clients: number;
  request: LatencyStats;
  trivial: LatencyStats;
}
interface Solo {
  backend: string;
  clients: number;
  procedure: string;
  stats: LatencyStats;
  /** CPU time of the server process per call, in ms. */
  serverCpuMs: number;
}

const NEVER_REFUSING_LIMITS = {
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000',
  RATE_LIMIT_GUESTS_PER_HOUR: '1000000',
};

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function synthesise(url: string, users: number) {
  console.log(`postgres: filling the database with ${users.toLocaleString()} synthetic users first (db:synth)`);
  await run(process.execPath, ['--import', 'tsx', 'scripts/synth.ts', '--users', String(users)], {
    env: { ...process.env, DATABASE_URL: url },
  });
}

async function guests(url: URL, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const res = await fetch(new URL('/trpc/auth.guest', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"json":{}}',
      });
      return ((await res.json()) as { result: { data: { json: { token: string } } } }).result.data.json.token;
    }),
  );
}

async function benchBackend(
  backend: string,
): Promise<{ rows: Row[]; solo: Solo[]; statements: { request: number; trivial: number } }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'profos-bench-'));
  const dbName = `profos_bench_${randomBytes(4).toString('hex')}`;
  const dbUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${dbName}` }).toString();
  if (backend === 'postgres') await adminQuery(`create database ${dbName}`);
  const database: Record<string, string> =
    backend === 'postgres' ? { DATABASE_URL: dbUrl, DATA_DIR: dataDir } : { DATA_DIR: dataDir };
  try {
    if (backend === 'postgres' && SYNTH_USERS > 0) await synthesise(dbUrl, SYNTH_USERS);
    const rows: Row[] = [];
    const solo: Solo[] = [];
    // Load tests run with every rate limit off; the cost of the limits is measured on its own below.
    let server = await startServer({ ...database, RATE_LIMIT: 'off' });
    let tokens: string[] = [];
    const calls = (client: number, i: number): Record<string, Call> => ({
      request: {
        method: 'POST',
        path: '/trpc/videos.request',
        body: JSON.stringify({ json: { query: QUERIES[(client + i) % QUERIES.length] } }),
        token: tokens[client]!,
      },
      trivial: { method: 'GET', path: '/trpc/profile.get', token: tokens[client]! },
    });
    const clients = Math.max(...CONCURRENCY);
    /** One procedure alone at full concurrency: what it gets when it has the server (and the cores) to itself. */
    const alone = async (procedure: 'request' | 'trivial', label: string): Promise<Solo> => {
      const only = (client: number, i: number) => ({ [procedure]: calls(client, i)[procedure]! });
      await drive(server.url, clients, WARMUP_SECONDS, only);
      let result: Solo | null = null;
      for (let run = 0; run < ALONE_RUNS; run++) {
        const cpuBefore = cpuSeconds(server.child.pid!);
        const stats = (await drive(server.url, clients, SECONDS, only))[procedure]!;
        const serverCpuMs = ((cpuSeconds(server.child.pid!) - cpuBefore) * 1000) / Math.max(1, stats.count);
        if (!result || stats.perSecond > result.stats.perSecond)
          result = { backend, clients, procedure: label, stats, serverCpuMs };
      }
      if (!result) throw new Error('BENCH_ALONE_RUNS must be at least 1');
      solo.push(result);
      printSolo(result);
      return result;
    };
    try {
      tokens = await guests(server.url, clients);
      for (const level of CONCURRENCY) {
        await drive(server.url, level, WARMUP_SECONDS, calls);
        const stats = await drive(server.url, level, SECONDS, calls);
        const row = { backend, clients: level, request: stats.request!, trivial: stats.trivial! };
        rows.push(row);
        printRow(row);
      }
      await alone('trivial', 'profile.get');
      const off = await alone('request', 'videos.request');
      await server.stop();
      // The same with every limit on (set high enough that none refuses): what counting costs.
      server = await startServer({ ...database, ...NEVER_REFUSING_LIMITS });
      const on = await alone('request', 'videos.request, rate limits on');
      console.log(
        `${backend}: rate limits cost ${(on.serverCpuMs - off.serverCpuMs).toFixed(3)} ms of server CPU per videos.request ` +
          `and ${(100 * (1 - on.stats.perSecond / off.stats.perSecond)).toFixed(1)}% of its throughput alone`,
      );
    } finally {
      await server.stop();
    }
    const statements =
      backend === 'postgres'
        ? await statementsPerRequest({ url: dbUrl }, dbUrl)
        : await statementsPerRequest({ dataDir: path.join(dataDir, 'pgdata') });
    console.log(
      `${backend}: a returning user's videos.request sends ${statements.request} SQL statement(s) (BEGIN/COMMIT included); profile.get sends ${statements.trivial}`,
    );
    return { rows, solo, statements };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (backend === 'postgres') await adminQuery(`drop database if exists ${dbName} with (force)`);
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);
function printRow({ backend, clients, request, trivial }: Row) {
  console.log(
    `${backend.padEnd(9)} ${String(clients).padStart(3)} clients | videos.request ${fmt(request.perSecond, 0)} req/s p50 ${fmt(request.p50)} ms p99 ${fmt(request.p99)} ms` +
      ` | profile.get ${fmt(trivial.perSecond, 0)} req/s p50 ${fmt(trivial.p50)} ms p99 ${fmt(trivial.p99)} ms | p50 ratio ${(request.p50 / trivial.p50).toFixed(2)}` +
      `${request.errors + trivial.errors ? ` | ERRORS ${request.errors + trivial.errors}` : ''}`,
  );
}

function printSolo({ backend, clients, procedure, stats, serverCpuMs }: Solo) {
  console.log(
    `${backend.padEnd(9)} ${String(clients).padStart(3)} clients | ${procedure} alone ${fmt(stats.perSecond, 0)} req/s p50 ${fmt(stats.p50)} ms p99 ${fmt(stats.p99)} ms server CPU ${serverCpuMs.toFixed(3)} ms/call` +
      `${stats.errors ? ` | ERRORS ${stats.errors}` : ''}`,
  );
}

async function main() {
  console.log(
    `Prof. OS benchmark — ${new Date().toISOString()} — ${SECONDS}s per level after ${WARMUP_SECONDS}s of warm-up, each client alternating videos.request and profile.get`,
  );
  // Other work on the machine slows every figure: say how busy it was before starting.
  console.log(
    `load average before the run: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} (1, 5, 15 min)`,
  );
  const results = [];
  for (const backend of BACKENDS) results.push({ backend, ...(await benchBackend(backend)) });
  mkdirSync('bench-results', { recursive: true });
  const file = path.join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\nwrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
