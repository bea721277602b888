import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
/** What `pnpm start` runs: the build of `pnpm build`. */
const START = fileURLToPath(new URL('../../../../scripts/start.mjs', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * Runs the real entry point as its own process: its TypeScript source, or with `start` what
 * `pnpm start` runs (the compiled build, built first if it is missing or out of date).
 */
export function runServer(
  env: Record<string, string>,
  { start = false } = {},
): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  // `node --import tsx` rather than the tsx CLI: one process, so signals reach our handlers directly.
  const child = spawn(process.execPath, start ? [START] : ['--import', 'tsx', MAIN], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Starts the server and waits for its "serving" log line. */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
  { start = false } = {},
): Promise<ServerProcess> {
  const proc = runServer(env, { start });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = proc
      .output()
      .split('\n')
      .find((l) => l.includes('Prof. OS is serving'));
    if (line) return { ...proc, url: JSON.parse(line).url as string };
    const exitedEarly = await Promise.race([
      proc.exited.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 100)),
    ]);
    if (exitedEarly) throw new Error(`server exited before serving:\n${proc.output()}`);
  }
  proc.child.kill('SIGKILL');
  throw new Error(`server did not start in ${timeoutMs} ms:\n${proc.output()}`);
}
