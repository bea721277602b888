// `pnpm start`: runs the compiled server (plain node, no TypeScript at run time), building it first
// when there is no build yet or the sources are newer than it, as on a fresh clone.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { staleBuildReason } from './build/freshness.mjs';
import { REPO_ROOT, SERVER_BUNDLE } from './build/paths.mjs';

const reason = staleBuildReason();
if (reason) {
  console.error(`prof-os: ${reason}: running pnpm build first`);
  execFileSync('pnpm', ['build'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
}
await import(pathToFileURL(SERVER_BUNDLE).href);
