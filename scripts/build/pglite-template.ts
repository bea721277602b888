// `pnpm build` (last step): an embedded database already created and migrated, as a tarball beside
// the server bundle. A first `pnpm start` on an empty DATA_DIR unpacks it instead of running
// PostgreSQL's initdb inside WebAssembly, which takes most of the first start's seconds.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '@profos/api';
import { PGLITE_TEMPLATE, REPO_ROOT } from './paths.mjs';

export async function writePgliteTemplate(): Promise<void> {
  const database = await openDatabase({});
  try {
    await migrateDatabase(database);
    const tarball = await database.pglite!.dumpDataDir('gzip');
    writeFileSync(PGLITE_TEMPLATE, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await database.close();
  }
  console.log(`built ${path.relative(REPO_ROOT, PGLITE_TEMPLATE)}`);
}
