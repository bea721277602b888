import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PGLITE_TEMPLATE, REPO_ROOT, SERVER_BUNDLE, WEB_INDEX } from './paths.mjs';

// What the builds are made from: a change to any of it makes the build out of date.
const SOURCES = [
  'packages/api/src',
  'packages/api/package.json',
  'apps/server/src',
  'apps/server/package.json',
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/package.json',
  'apps/web/vite.config.ts',
  'drizzle',
  'pnpm-lock.yaml',
  'scripts/build',
];

/** The newest modification time of a file at or under `target`, or 0 when there is none. */
export function newestMtime(target) {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Why the build must run first, or null when every output exists and are newer than every source. */
export function staleBuildReason(root = REPO_ROOT, outputs = [SERVER_BUNDLE, WEB_INDEX, PGLITE_TEMPLATE]) {
  const built = outputs.map((file) => newestMtime(file));
  const missing = outputs.filter((_, i) => built[i] === 0);
  if (missing.length) return `no build yet (${missing.map((f) => path.relative(root, f)).join(', ')})`;
  const newestSource = Math.max(...SOURCES.map((source) => newestMtime(path.join(root, source))));
  return newestSource > Math.min(...built) ? 'sources changed since the last build' : null;
}
