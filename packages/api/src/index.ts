// The package's public surface: the router and its type, and what a host process needs to run it.
export { appRouter, type AppRouter } from './root';
export { answerConfig } from './trpc';
export { createContext, serviceDeps, type ServiceDeps, type Context } from './context';
export { openDatabase, type Database, type DatabaseOptions, type Db, type DbKind } from './db/client';
export { migrateDatabase } from './db/migrate';
export { seedDatabase } from './db/seed';
export { manualClock, realClock, testClock, type Clock } from './clock';
export { restoreTestClock } from './services/test-clock';
export { startScheduler, type Scheduler } from './jobs/scheduler';
export { seededRandom } from './domain/random';
