/** Something a test started, with what stops it. */
export interface Resource<T> {
  value: T;
  stop: () => Promise<void>;
}

/**
 * Starts several things at once. If any fails to start, those that did are stopped before the
 * failure is rethrown, so a failed set-up leaves no process behind.
 */
export async function startAll<T extends unknown[]>(
  ...starters: { [K in keyof T]: () => Promise<Resource<T[K]>> }
): Promise<{ values: T; stop: () => Promise<void> }> {
  const settled = await Promise.allSettled(starters.map((start) => start()));
  const started = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value as Resource<unknown>] : []));
  const stop = async () => {
    await Promise.allSettled(started.map((r) => r.stop()));
  };
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return { values: started.map((r) => r.value) as T, stop };
}
