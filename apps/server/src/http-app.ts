import { createServer, type IncomingMessage, type Server } from 'node:http';
import { answerConfig, appRouter, createContext, type ServiceDeps } from '@profos/api';
import { matchesSecret, secretDigest } from '@profos/api/auth/tokens';
import { RateLimited } from '@profos/api/trpc';
import { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Logger } from 'pino';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './config';
import { PROCEDURE_TYPES } from './direct-procedures';
import { clientAddress } from './http/client-address';
import { databaseAnswers } from './http/readiness';
import { requestIdOf } from './http/request-id';
import { securityHeaders } from './http/security-headers';
import { createSingleCallHandler, writeError, type TRPCAnswer } from './single-call';
import { send, serveStatic, WEB_DIST } from './static-files';

export const MAX_BODY_BYTES = 64 * 1024;

/** What one HTTP request to /trpc did, for its log lines and metrics. */
interface RequestNote {
  log: Logger;
  userId?: string;
  /** Failed calls, in the order they failed. */
  errors: { path: string | undefined; code: string }[];
  /** Set when the whole request was refused before any call ran. */
  refused?: string;
}

export interface HttpAppOptions {
  deps: ServiceDeps;
  log: Logger;
  /** False until migrations and seeding are done, and again while shutting down. */
  isReady: () => boolean;
  webRoot?: string;
  /** False answers every call through tRPC's own adapter (tests compare the two). Default true. */
  directCalls?: boolean;
  limits?: HttpLimits;
  /** When set, GET /metrics asks for it as a bearer token. */
  metricsToken?: string | null;
  hstsMaxAgeSeconds?: number | null;
}

/**
 * One HTTP server: /trpc (tRPC, superjson, batching), /healthz (alive), /readyz (the database
 * answers), /metrics (Prometheus) and the built web app, with security headers on every response.
 */
export function createHttpApp(options: HttpAppOptions): Server {
  const { deps, log, isReady, webRoot = WEB_DIST, directCalls = true, limits = DEFAULT_HTTP_LIMITS } = options;
  const notes = new WeakMap<IncomingMessage, RequestNote>();
  const contextFor = async (req: IncomingMessage) => {
    const ctx = await createContext(deps, {
      authorization: req.headers.authorization,
      clientAddress: clientAddress(req, limits.trustProxyHops),
    });
    const note = notes.get(req);
    if (note && ctx.caller.role === 'user') note.userId = ctx.caller.userId;
    return ctx;
  };
  const onError = ({ error, req, path }: { error: TRPCError; req: IncomingMessage; path?: string }) => {
    const note = notes.get(req);
    note?.errors.push({ path, code: error.code });
    // Unexpected failures are logged by kind only: never the statement's values or the caller's text.
    if (error.code === 'INTERNAL_SERVER_ERROR')
      (note?.log ?? log).error({ err: error.cause ?? error, procedure: path }, 'procedure failed');
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
        extraHeaders: retryAfterHeader,
      })
    : () => null;
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: MAX_BODY_BYTES,
    maxBatchSize: limits.maxBatchSize,
    createContext: ({ req }) => contextFor(req),
    onError,
    responseMeta: ({ errors }) => ({ headers: retryAfterOf(errors) }),
  });
  const web = serveStatic(webRoot);
  const secure = securityHeaders(options.hstsMaxAgeSeconds ?? null);
  const metricsDigest = options.metricsToken ? secretDigest(options.metricsToken) : null;

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node looks for requests past those timeouts (30 s by default).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    (req, res) => {
      const started = performance.now();
      const requestId = requestIdOf(req);
      res.setHeader('x-request-id', requestId);
      secure(req, res);
      const url = urlOf(req.url);
      // A request line no URL parser accepts is the client's error, never the process's.
      if (url === null) return send(res, 400, 'text/plain', 'Bad request');
      const { pathname } = url;
      if (pathname.startsWith('/trpc/')) {
        const paths = pathname.slice('/trpc/'.length).split(',');
        const note: RequestNote = { log: log.child({ reqId: requestId }), errors: [] };
        notes.set(req, note);
        res.on('finish', () => {
          const seconds = (performance.now() - started) / 1000;
          // One line and one count per call, each named, whatever the batch held.
          for (const path of paths) {
            const failed = note.errors.findIndex((e) => e.path === path || e.path === undefined);
            const code =
              note.refused ??
              (failed >= 0 ? note.errors.splice(failed, 1)[0]!.code : res.statusCode < 400 ? 'OK' : 'FAILED');
            note.log.info(
              {
                procedure: path,
                user: note.userId,
                ms: Math.round(seconds * 10_000) / 10,
                status: res.statusCode,
                code,
              },
              'trpc',
            );
            deps.metrics.callAnswered(
              PROCEDURE_TYPES[path as keyof typeof PROCEDURE_TYPES] ? path : 'unknown',
              code,
              seconds,
            );
          }
        });
        const isBatch = url.searchParams.get('batch') === '1';
        const refusal = refuseBeforeTrpc(req, paths, isBatch, limits.maxBatchSize);
        if (refusal) {
          note.refused = refusal.code;
          return writeError(res, answerConfig, refusal, { path: isBatch ? undefined : paths[0], isBatch });
        }
        const answer = singleCall(req, res, url);
        if (!answer) return trpc(req, res);
        // answer() reports a procedure's failures itself; this is for a socket that failed under it.
        return void answer().catch((err: unknown) => {
          note.log.error({ err, procedure: paths.join(',') }, 'request failed');
          res.destroy();
        });
      }
      if (pathname === '/healthz') {
        return isReady()
          ? send(res, 200, 'application/json', JSON.stringify({ ok: true, db: deps.dbKind }))
          : send(res, 503, 'application/json', JSON.stringify({ ok: false, db: deps.dbKind }));
      }
      if (pathname === '/readyz') {
        return void (isReady() ? databaseAnswers(deps.db) : Promise.resolve(false)).then((ok) =>
          send(res, ok ? 200 : 503, 'application/json', JSON.stringify({ ok, db: deps.dbKind })),
        );
      }
      if (pathname === '/metrics') {
        const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
        if (metricsDigest && !matchesSecret(token, metricsDigest))
          return send(res, 401, 'text/plain', 'GET /metrics needs METRICS_TOKEN as a bearer token');
        return void deps.metrics.registry
          .metrics()
          .then((text) => send(res, 200, deps.metrics.registry.contentType, text));
      }
      return web(req, res, pathname);
    },
  );
  server.maxConnections = limits.maxConnections;
  // A connection that sends nothing (a stalled body, an idle client) is closed, not held.
  server.timeout = limits.idleTimeoutMs;
  server.keepAliveTimeout = Math.min(5_000, limits.idleTimeoutMs);
  return server;
}

/**
 * Refusals made before any call runs: a batch over the limit (none of it runs), and a mutation not
 * sent as JSON (a cross-site form post cannot write).
 */
function refuseBeforeTrpc(
  req: IncomingMessage,
  paths: string[],
  isBatch: boolean,
  maxBatchSize: number,
): TRPCError | null {
  if (isBatch && paths.length > maxBatchSize)
    return new TRPCError({
      code: 'BAD_REQUEST',
      message: `A batch may hold at most ${maxBatchSize} calls; this one holds ${paths.length}, and none of them ran`,
    });
  if (req.method === 'POST' && !req.headers['content-type']?.toLowerCase().startsWith('application/json'))
    return new TRPCError({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Calls are accepted as JSON only (Content-Type: application/json)',
    });
  return null;
}

/** Retry-After for a rate-limit refusal, from the shaped answer (the direct path). */
function retryAfterHeader(answer: TRPCAnswer): Record<string, string> {
  const seconds = (Array.isArray(answer) ? answer : [answer]).flatMap((item) =>
    'error' in item ? [(item.error.data as { retryAfterSeconds?: number | null }).retryAfterSeconds ?? 0] : [],
  );
  const longest = Math.max(0, ...seconds);
  return longest > 0 ? { 'retry-after': String(longest) } : {};
}

/** Retry-After for a rate-limit refusal, from the errors (tRPC's adapter). */
function retryAfterOf(errors: TRPCError[]): Record<string, string> {
  const longest = Math.max(0, ...errors.map((e) => (e.cause instanceof RateLimited ? e.cause.retryAfterSeconds : 0)));
  return longest > 0 ? { 'retry-after': String(longest) } : {};
}

function urlOf(url: string | undefined): URL | null {
  try {
    return new URL(url ?? '/', 'http://x');
  } catch {
    return null;
  }
}
