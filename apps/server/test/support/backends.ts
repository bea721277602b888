export type Backend = 'pglite' | 'postgres';

/** PROFOS_TEST_BACKENDS=pglite,postgres (default both): the databases the integration suite runs on. */
export function testBackends(): Backend[] {
  const raw = process.env.PROFOS_TEST_BACKENDS ?? 'pglite,postgres';
  return raw
    .split(',')
    .map((b) => b.trim())
    .filter((b): b is Backend => b === 'pglite' || b === 'postgres');
}

/** The server the Postgres runs use to create and drop their own databases. */
export function adminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

export function postgresUrlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}
