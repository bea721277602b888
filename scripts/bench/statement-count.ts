import {
  appRouter,
  createContext,
  migrateDatabase,
  openDatabase,
  serviceDeps,
  type DatabaseOptions,
} from '@profos/api';
import type { Logger } from 'drizzle-orm';

class Counter implements Logger {
  count = 0;
  logQuery() {
    this.count++;
  }
}

const AUTH_SECRET = 'bench-statement-count-secret-0123456789';

/** SQL statements one call sends, measured on the real code against the benchmarked database (BEGIN and COMMIT included). */
export async function statementsPerRequest(
  options: DatabaseOptions,
  url?: string,
): Promise<{ request: number; trivial: number }> {
  const counter = new Counter();
  const database = await openDatabase({ ...options, logger: counter });
  try {
    await migrateDatabase(database, url);
    const deps = serviceDeps(database, { authSecret: AUTH_SECRET, rateLimits: null });
    const { token } = await appRouter
      .createCaller(() => createContext(deps, { authorization: undefined, clientAddress: 'bench' }))
      .auth.guest({});
    const caller = appRouter.createCaller(() =>
      createContext(deps, { authorization: `Bearer ${token}`, clientAddress: 'bench' }),
    );
    await caller.videos.request({ query: 'warm up' });
    counter.count = 0;
    await caller.videos.request({ query: 'triangle escapes from closed guard' });
    const request = counter.count;
    counter.count = 0;
    await caller.profile.get();
    return { request, trivial: counter.count };
  } finally {
    await database.close();
  }
}
