import { inject } from 'vitest';

export type Backend = 'pglite' | 'postgres';

/** PROFOS_TEST_BACKENDS=pglite,postgres (default both): the databases the integration suite runs on. */
export function testBackends(): Backend[] {
  const raw = process.env.PROFOS_TEST_BACKENDS ?? 'pglite,postgres';
  return raw
    .split(',')
    .map((b) => b.trim())
    .filter((b): b is Backend => b === 'pglite' || b === 'postgres');
}

/** The server this run creates and drops its databases on (chosen once, in global-setup.ts). */
export function adminUrl(): string {
  return inject('postgresAdminUrl');
}

export function postgresUrlFor(database: string, server = adminUrl()): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}
