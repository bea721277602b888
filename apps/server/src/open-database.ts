import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrateDatabase, openDatabase, seedDatabase, type Database } from '@profos/api';
import type { Config } from './config';

export class StartupError extends Error {}

/**
 * Opens Postgres (DATABASE_URL) or PGlite in DATA_DIR, then migrates and seeds; errors become one
 * clear line. `template`: the created and migrated embedded database a new one starts from, as
 * `templateToStartFrom` chose it.
 */
export async function openReadyDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'pgPoolSize'>,
  { template = null }: { template?: string | null } = {},
): Promise<Database> {
  // A fresh clone has no ./.data yet: PGlite needs its parent folder to exist.
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = config.databaseUrl
    ? await openDatabase({ url: config.databaseUrl, poolSize: config.pgPoolSize })
    : await openDatabase({
        dataDir: embeddedDataDir(config),
        loadDataDir: template ? new Blob([readFileSync(template)]) : undefined,
      });
  try {
    await migrateDatabase(database, config.databaseUrl ?? undefined);
    await seedDatabase(database.db);
    return database;
  } catch (error) {
    await database.close().catch(() => {});
    throw new StartupError(describeDatabaseError(error, config.databaseUrl));
  }
}

const embeddedDataDir = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'pgdata');

/**
 * The template (`pnpm build` writes one beside the bundle) an embedded database about to be created
 * starts from, or null: on Postgres, when DATA_DIR already holds a database, or with no template.
 */
export function templateToStartFrom(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  pgliteTemplate: string | undefined,
): string | null {
  if (config.databaseUrl || !pgliteTemplate || !existsSync(pgliteTemplate)) return null;
  return existsSync(embeddedDataDir(config)) ? null : pgliteTemplate;
}

function describeDatabaseError(error: unknown, url: string | null): string {
  const message =
    error instanceof Error ? error.message || String((error as NodeJS.ErrnoException).code) : String(error);
  if (!url) return `Cannot open the embedded database: ${message}`;
  return `Cannot use the database at ${redact(url)}: ${message}`;
}

/** Never print a password from DATABASE_URL. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
