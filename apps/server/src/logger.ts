import pino, { type Logger, type LoggerOptions } from 'pino';
import { loggableError } from './log-errors';

// One line per request is a write(2) per request if written synchronously, and on this machine
// that cost a fifth of a request's CPU. Lines are buffered and written in batches instead: at 4 KiB,
// or at the latest every FLUSH_MS, and synchronously at exit so nothing is lost on shutdown.
const BUFFER_BYTES = 4096;
const FLUSH_MS = 200;

export interface ServerLogger {
  log: Logger;
  /** Writes out whatever is buffered, synchronously: call before the process exits. */
  flushSync(): void;
}

/** Logs to stdout (fd 1) unless given another fd or file path. */
export function createLogger(level: string, dest: number | string = 1): ServerLogger {
  const destination = pino.destination({ dest, sync: false, minLength: BUFFER_BYTES });
  const log = pino(serverLogOptions(level), destination);
  // The stream's own flush, without a callback: pino's flush() waits for 'drain' with a listener
  // per call, and under a long stretch of CPU-bound load those piled up faster than drains came.
  setInterval(() => destination.flush(), FLUSH_MS).unref();
  return {
    log,
    flushSync: () => {
      try {
        destination.flushSync();
      } catch {
        /* nothing buffered yet, or stdout already gone */
      }
    },
  };
}

/** The server log's settings: what an error may put in it is decided by log-errors.ts. */
export function serverLogOptions(level: string): LoggerOptions {
  return { level, serializers: { err: loggableError } };
}
