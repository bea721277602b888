import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../apps/server/test/support/server-process';
import { startAll } from './start-all';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a set-up that fails half way', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'profos-start-all-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops the server it had started when the browser fails to launch', async () => {
    let pid = 0;
    const startServer = async () => {
      const server = await startServerProcess({ DATA_DIR: dataDir });
      pid = server.child.pid!;
      return {
        value: server,
        stop: async () => {
          server.child.kill('SIGTERM');
          await server.exited;
        },
      };
    };
    const failToLaunch = () => Promise.reject(new Error('no browser here'));
    await expect(startAll(startServer, failToLaunch)).rejects.toThrow('no browser here');
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid)).toBe(false);
  }, 120_000);
});
