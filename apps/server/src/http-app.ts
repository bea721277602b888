import { createServer, type IncomingMessage, type Server } from 'node:http';
import { answerConfig, appRouter, createContext, type ServiceDeps } from '@profos/api';
import type { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import { PROCEDURE_TYPES } from './direct-procedures';
import { createSingleCallHandler } from './single-call';
import { send, serveStatic, WEB_DIST } from './static-files';

export const MAX_BODY_BYTES = 64 * 1024;

interface RequestNote {
  userId?: string;
  codes: string[];
}

export interface HttpAppOptions {
  deps: ServiceDeps;
  log: Logger;
  /** False until migrations and seeding are done: /healthz reports 503 meanwhile. */
  isReady: () => boolean;
  webRoot?: string;
  /** False answers every call through tRPC's own adapter (tests compare the two). Default true. */
  directCalls?: boolean;
}

/** One HTTP server: /trpc (tRPC, superjson, batching), /healthz and the built web app. */
export function createHttpApp({ deps, log, isReady, webRoot = WEB_DIST, directCalls = true }: HttpAppOptions): Server {
  const notes = new WeakMap<IncomingMessage, RequestNote>();
  const contextFor = async (req: IncomingMessage) => {
    const ctx = await createContext(deps, req.headers.authorization);
    const note = notes.get(req);
    if (note && ctx.caller.role === 'user') note.userId = ctx.caller.userId;
    return ctx;
  };
  const onError = ({ error, req, path }: { error: TRPCError; req: IncomingMessage; path?: string }) => {
    notes.get(req)?.codes.push(error.code);
    if (error.code === 'INTERNAL_SERVER_ERROR')
      log.error({ err: error.cause ?? error, procedure: path }, 'procedure failed');
  };
  // One call, the common case, skips tRPC's Fetch-API translation (single-call.ts); the rest goes to tRPC.
  const singleCall = directCalls
    ? createSingleCallHandler({
        router: appRouter,
        config: answerConfig,
        procedures: PROCEDURE_TYPES,
        maxBodySize: MAX_BODY_BYTES,
        createContext: contextFor,
        onError,
      })
    : () => null;
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req }) => contextFor(req),
    onError,
  });
  const web = serveStatic(webRoot);

  return createServer((req, res) => {
    const started = performance.now();
    const url = urlOf(req.url);
    // A request line no URL parser accepts is the client's error, never the process's.
    if (url === null) return send(res, 400, 'text/plain', 'Bad request');
    const { pathname } = url;
    if (pathname.startsWith('/trpc/')) {
      const note: RequestNote = { codes: [] };
      notes.set(req, note);
      res.on('finish', () => {
        log.info(
          {
            procedure: pathname.slice('/trpc/'.length),
            user: note.userId,
            ms: Math.round((performance.now() - started) * 10) / 10,
            status: res.statusCode,
            code: note.codes.length ? note.codes.join(',') : 'OK',
          },
          'trpc',
        );
      });
      const answer = singleCall(req, res, url);
      if (!answer) return trpc(req, res);
      // answer() reports a procedure's failures itself; this is for a socket that failed under it.
      return void answer().catch((err: unknown) => {
        log.error({ err, procedure: pathname.slice('/trpc/'.length) }, 'request failed');
        res.destroy();
      });
    }
    if (pathname === '/healthz') {
      return isReady()
        ? send(res, 200, 'application/json', JSON.stringify({ ok: true, db: deps.dbKind }))
        : send(res, 503, 'application/json', JSON.stringify({ ok: false, db: deps.dbKind }));
    }
    return web(req, res, pathname);
  });
}

function urlOf(url: string | undefined): URL | null {
  try {
    return new URL(url ?? '/', 'http://x');
  } catch {
    return null;
  }
}
