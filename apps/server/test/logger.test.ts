import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/logger';

// A file destination opens asynchronously: wait until it is open, or removing the directory
// afterwards races the open and fails it with an uncaught ENOENT in whichever test runs next.
async function openTestLog(dir: string) {
  const file = path.join(dir, 'out.log');
  const { log, flushSync } = createLogger('info', file);
  const stream = (log as unknown as Record<symbol, NodeJS.EventEmitter>)[pino.symbols.streamSym]!;
  await once(stream, 'ready');
  return { file, log, flushSync, stream };
}

describe('the buffered request log', () => {
  it('flushes on its timer without waiting on the stream: a write still under way adds no listeners', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] }); // before the logger, so its flush timer is ours
    const dir = mkdtempSync(path.join(tmpdir(), 'profos-log-'));
    try {
      const { log, flushSync, stream } = await openTestLog(dir);
      // Over the buffer size, so a write starts; it cannot finish while this test holds the event loop.
      for (let i = 0; i < 100; i++) log.info({ line: i, padding: 'x'.repeat(100) }, 'request');
      vi.advanceTimersByTime(10_000); // fifty timer flushes
      expect(stream.listenerCount('drain') + stream.listenerCount('error')).toBeLessThanOrEqual(1);
      flushSync();
    } finally {
      vi.useRealTimers();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps up with ten lines a millisecond on a busy event loop and loses none', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'profos-log-'));
    try {
      const { file, log, flushSync, stream } = await openTestLog(dir);
      let lines = 0;
      let mostListeners = 0;
      await new Promise<void>((resolve) => {
        const started = Date.now();
        const tick = setInterval(() => {
          const busyUntil = Date.now() + 2;
          while (Date.now() < busyUntil) {
            /* a request's work */
          }
          for (let i = 0; i < 10; i++) log.info({ line: ++lines, padding: 'x'.repeat(200) }, 'request');
          mostListeners = Math.max(mostListeners, stream.listenerCount('drain'), stream.listenerCount('error'));
          if (Date.now() - started > 1500) {
            clearInterval(tick);
            resolve();
          }
        }, 1);
      });
      flushSync();
      expect(mostListeners).toBeLessThanOrEqual(2);
      expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(lines);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
