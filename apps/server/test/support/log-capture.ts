import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { serverLogOptions } from '../../src/logger';

/** A logger configured as the server's (same error serializer) that keeps every line, parsed. */
export function capturedLog(): { log: Logger; lines: Record<string, unknown>[]; text: () => string } {
  const raw: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      raw.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const log = pino(serverLogOptions('info'), sink);
  return {
    log,
    get lines() {
      return raw.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    text: () => raw.join('\n'),
  };
}
