// `pnpm dev`: the API server (test clock on, a dev admin token unless ADMIN_TOKEN is set) and Vite
// with hot reload on http://127.0.0.1:5173, which proxies /trpc to the server.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const apiPort = process.env.API_PORT ?? '3000';
const env = {
  ...process.env,
  PORT: apiPort,
  PROFOS_TEST_CLOCK: process.env.PROFOS_TEST_CLOCK ?? '1',
  // A fresh token each run: no fixed development token ever works anywhere else.
  ADMIN_TOKEN: process.env.ADMIN_TOKEN ?? randomBytes(24).toString('base64url'),
};
const children = [
  spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], { env, stdio: 'inherit' }),
  spawn('pnpm', ['--filter', '@profos/web', 'exec', 'vite', '--host', '127.0.0.1'], {
    env: { ...env, API_PORT: apiPort },
    stdio: 'inherit',
  }),
];
console.log(
  `pnpm dev: API on :${apiPort}, web with hot reload on http://127.0.0.1:5173 (admin token: ${env.ADMIN_TOKEN})`,
);
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of children)
  child.once('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
