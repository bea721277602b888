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
    // A new migration changes the embedded database's template.
    write(outputs[0]!, 6_000);
    write(outputs[1]!, 6_000);
    expect(staleBuildReason(root, outputs)).toBeNull();
    write(path.join(root, 'drizzle/0099_next.sql'), 7_000);
    expect(staleBuildReason(root, outputs)).toMatch(/sources changed/);
  });
});

// One call over plain HTTP, as tRPC's wire format has it (superjson: `{ json }`).
async function call(base: string, procedure: string, input: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res =
    input === undefined
      ? await fetch(`${base}/trpc/${procedure}`, { headers })
      : await fetch(`${base}/trpc/${procedure}`, { method: 'POST', headers, body: JSON.stringify({ json: input }) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return ((await res.json()) as { result: { data: { json: any } } }).result.data.json;
}

describe('pnpm start', () => {
  it("serves from the compiled build with plain node; a new embedded database starts from the build's template and keeps what is written", async () => {
    const dataDir = tempDir('profos-start-');
    const server = await startServerProcess({ DATA_DIR: dataDir }, 120_000, { start: true });
    let token: string;
    try {
      // Plain node: no TypeScript loader between it and the build.
      const cmdline = readFileSync(`/proc/${server.child.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      expect(cmdline.slice(1)).toEqual([expect.stringMatching(/scripts\/start\.mjs$/)]);
      expect(server.output()).not.toMatch(/running pnpm build first/);
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ ok: true, db: 'pglite' });
      const page = await fetch(`${server.url}/`);
      expect(await page.text()).toMatch(/<div id="root">/);
      expect(server.output()).toMatch(/"newDatabase":"template"/);
      // Migrated and seeded: a video request is answered from the library.
      token = (await call(server.url, 'auth.guest', {})).token;
      expect(
        (await call(server.url, 'videos.request', { query: 'triangle escapes' }, token)).videos.length,
      ).toBeGreaterThan(0);
      await call(server.url, 'profile.setPreferences', { conversionTips: false }, token);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const again = await startServerProcess({ DATA_DIR: dataDir }, 120_000, { start: true });
    try {
      expect(again.output()).not.toMatch(/newDatabase/);
      const profile = await call(again.url, 'profile.get', undefined, token);
      expect(profile.preferences).toEqual({ conversionTips: false });
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  });
});
