import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../../apps/server/test/support/server-process';
import { staleBuildReason } from '../build/freshness.mjs';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('whether pnpm start builds first', () => {
  const write = (file: string, atSeconds: number) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'x');
    utimesSync(file, atSeconds, atSeconds);
  };

  it('builds when a build is missing, or older than any source; not when it is newer than all of them', () => {
    const root = tempDir('profos-freshness-');
    const outputs = [path.join(root, 'apps/server/dist/main.js'), path.join(root, 'apps/web/dist/index.html')];
    write(path.join(root, 'packages/api/src/domain/topics.ts'), 1_000);
    write(path.join(root, 'apps/web/src/App.tsx'), 1_000);
    expect(staleBuildReason(root, outputs)).toMatch(/no build yet/);
    write(outputs[0]!, 2_000);
    expect(staleBuildReason(root, outputs)).toMatch(/apps\/web\/dist\/index\.html/);
    write(outputs[1]!, 2_000);
    expect(staleBuildReason(root, outputs)).toBeNull();
    write(path.join(root, 'apps/web/src/App.tsx'), 3_000);
    expect(staleBuildReason(root, outputs)).toMatch(/sources changed/);
    write(outputs[1]!, 4_000);
    write(path.join(root, 'packages/api/src/db/schema.ts'), 5_000);
    expect(staleBuildReason(root, outputs)).toMatch(/sources changed/);
  });
});

describe('pnpm start', () => {
  it('serves from the compiled build with plain node, migrating and seeding a fresh database', async () => {
    const server = await startServerProcess({ DATA_DIR: tempDir('profos-start-') }, 120_000, { start: true });
    try {
      // Plain node: no TypeScript loader between it and the build.
      const cmdline = readFileSync(`/proc/${server.child.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      expect(cmdline.slice(1)).toEqual([expect.stringMatching(/scripts\/start\.mjs$/)]);
      expect(server.output()).not.toMatch(/running pnpm build first/);
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ ok: true, db: 'pglite' });
      const page = await fetch(`${server.url}/`);
      expect(await page.text()).toMatch(/<div id="root">/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
