import { defineConfig } from 'vitest/config';

// Two cores here: a small worker count keeps PGlite instances and servers from starving each other.
export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'scripts/test/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['apps/server/test/support/global-setup.ts'],
  },
});
