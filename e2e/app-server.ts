import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServerProcess, type ServerProcess } from '../apps/server/test/support/server-process';

export const E2E_ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

/**
 * What `pnpm start` does, on a fresh PGlite: run the compiled server (built by the test run's global
 * set-up), migrations and seeding included, with the test clock and an admin token.
 */
export async function startApp(
  env: Record<string, string> = {},
): Promise<{ server: ServerProcess; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'profos-e2e-'));
  const server = await startServerProcess(
    { DATA_DIR: dataDir, ADMIN_TOKEN: E2E_ADMIN_TOKEN, PROFOS_TEST_CLOCK: '1', ...env },
    120_000,
    { start: true },
  );
  return {
    server,
    async stop() {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
