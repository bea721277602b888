import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startApp } from './app-server';
import { launchBrowser } from './browser';
import { startAll } from './start-all';

type App = Awaited<ReturnType<typeof startApp>>;

/**
 * For the enclosing describe block: the app as `pnpm start` runs it (with `env` added) and a browser,
 * started together and stopped after; a set-up that fails half way stops what it started.
 */
export function useAppInBrowser(env: Record<string, string> = {}): { app: () => App; browser: () => Browser } {
  let app: App | undefined;
  let browser: Browser | undefined;
  let stopAll: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const started = await startAll(
      async () => {
        const value = await startApp(env);
        return { value, stop: value.stop };
      },
      async () => {
        const value = await launchBrowser();
        return { value, stop: () => value.close() };
      },
    );
    [app, browser] = started.values;
    stopAll = started.stop;
  }, 180_000);
  afterAll(() => stopAll?.());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app and browser have not started');
    return value;
  };
  return { app: () => started(app), browser: () => started(browser) };
}
