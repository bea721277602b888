import { createServer, type IncomingMessage, type Server } from 'node:http';
import { appRouter, createContext, type ServiceDeps } from '@profos/api';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import { send, serveStatic, WEB_DIST } from './static-files';

export const MAX_BODY_BYTES = 64 * 1024;

interface RequestNote { userId?: string; codes: string[] }

export interface HttpAppOptions {
  deps: ServiceDeps;
  log: Logger;
  /** False until migrations and seeding are done: /healthz reports 503 meanwhile. */
  isReady: () => boolean;
  webRoot?: string;
}

/** One HTTP server: /trpc (tRPC, superjson, batching), /healthz and the built web app. */
export function createHttpApp({ deps, log, isReady, webRoot = WEB_DIST }: HttpAppOptions): Server {
  const notes = new WeakMap<IncomingMessage, RequestNote>();
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req }) => {
      const ctx = createContext(deps, req.headers.authorization);
      const note = notes.get(req);
      if (note && ctx.caller.role === 'user') note.userId = ctx.caller.userId;
      return ctx;
    },
    onError: ({ error, req, path }) => {
      notes.get(req)?.codes.push(error.code);
      if (error.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error.cause ?? error, procedure: path }, 'procedure failed');
    },
  });
  const web = serveStatic(webRoot);

  return createServer((req, res) => {
    const started = performance.now();
    const pathname = pathnameOf(req.url);
    // A request line no URL parser accepts is the client's error, never the process's.
    if (pathname === null) return send(res, 400, 'text/plain', 'Bad request');
    if (pathname.startsWith('/trpc/')) {
      const note: RequestNote = { codes: [] };
      notes.set(req, note);
      res.on('finish', () => {
        log.info({
          procedure: pathname.slice('/trpc/'.length),
          user: note.userId,
          ms: Math.round((performance.now() - started) * 10) / 10,
          status: res.statusCode,
          code: note.codes.length ? note.codes.join(',') : 'OK',
        }, 'trpc');
      });
      return trpc(req, res);
    }
    if (pathname === '/healthz') {
      return isReady()
        ? send(res, 200, 'application/json', JSON.stringify({ ok: true, db: deps.dbKind }))
        : send(res, 503, 'application/json', JSON.stringify({ ok: false, db: deps.dbKind }));
    }
    return web(req, res, pathname);
  });
}

function pathnameOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://x').pathname;
  } catch {
    return null;
  }
}
