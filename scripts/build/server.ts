// `pnpm build` (server half): apps/server and the @profos/api source it imports, bundled by esbuild
// into one ES module, apps/server/dist/main.js, that plain `node` runs. npm packages stay outside
// the bundle and are loaded from node_modules at run time: apps/server's package.json lists every
// one its code or @profos/api's imports (checked here, so a missing one fails the build, not a start).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { writePgliteTemplate } from './pglite-template';
import { REPO_ROOT, SERVER_BUNDLE } from './paths.mjs';

const dependencies = (dir: string): string[] =>
  Object.keys(JSON.parse(readFileSync(path.join(REPO_ROOT, dir, 'package.json'), 'utf8')).dependencies ?? {});
const serverDependencies = new Set(dependencies('apps/server'));

/** Fails the build on an npm import apps/server does not declare (it would not resolve at run time). */
const declaredOnly: Plugin = {
  name: 'declared-dependencies-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.path.startsWith('@profos/')) return undefined;
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]!;
      if (!serverDependencies.has(name))
        return { errors: [{ text: `${name} (imported by ${args.importer}) is not a dependency of apps/server` }] };
      return { path: args.path, external: true };
    });
  },
};

await build({
  entryPoints: [path.join(REPO_ROOT, 'apps/server/src/main.ts')],
  outfile: SERVER_BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [declaredOnly],
});
console.log(`built ${path.relative(REPO_ROOT, SERVER_BUNDLE)}`);
await writePgliteTemplate();
