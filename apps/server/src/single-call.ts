import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnyTRPCRouter } from '@trpc/server';
import {
  getErrorShape,
  getHTTPStatusCode,
  getTRPCErrorFromUnknown,
  isAsyncIterable,
  isObject,
  isPromise,
  transformTRPCResponse,
  TRPCError,
} from '@trpc/server/unstable-core-do-not-import';

// tRPC's Node adapter turns every request into a Fetch `Request` and its answer into a `Response`
// (headers objects, web streams, an AbortController aborted on every close). On this machine that
// was half of what a `videos.request` cost the server. The common case — one query or mutation,
// batched or not, with a JSON body — is answered here instead, straight from Node's request and
// response, by calling the procedure exactly as tRPC's own resolver does. Everything else (bigger
// batches, unknown procedures, wrong methods, streaming, other content types) goes to tRPC unchanged,
// so its answers stay tRPC's own; single-call.test.ts checks both paths answer alike.

export interface SingleCallOptions<TRouter extends AnyTRPCRouter> {
  router: TRouter;
  maxBodySize: number;
  createContext: (req: IncomingMessage) => Promise<object> | object;
  onError: (opts: { error: TRPCError; path: string | undefined; req: IncomingMessage }) => void;
}

/** Returns the work that answers the request, or null when tRPC's own adapter must take it. */
export type SingleCallHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => (() => Promise<void>) | null;

interface Procedure {
  _def: { type: 'query' | 'mutation' | 'subscription' };
  (opts: {
    path: string;
    getRawInput: () => Promise<unknown>;
    ctx: unknown;
    type: string;
    signal: undefined;
    batchIndex: number;
  }): Promise<unknown>;
}

const PLAIN_PATH = /^[A-Za-z0-9_.]+$/;
const HEADERS = { 'content-type': 'application/json', vary: 'trpc-accept, accept' };

export function createSingleCallHandler<TRouter extends AnyTRPCRouter>(
  opts: SingleCallOptions<TRouter>,
): SingleCallHandler {
  const config = opts.router._def._config;
  const procedures = opts.router._def.procedures as Record<string, Procedure>;
  const deserialize = (value: unknown) => config.transformer.input.deserialize(value);

  return (req, res, url) => {
    const path = url.pathname.slice('/trpc/'.length);
    const procedure = PLAIN_PATH.test(path) && Object.hasOwn(procedures, path) ? procedures[path]! : null;
    if (!procedure || !takes(req, url, procedure._def.type)) return null;
    const type = procedure._def.type;
    const isBatch = url.searchParams.get('batch') === '1';
    const body = req.method === 'POST' ? readBody(req, opts.maxBodySize) : null;
    body?.catch(() => {
      /* reported by getRawInput, if the procedure gets that far */
    });
    return async () => {
      let input: unknown;
      let inputRead = false;
      // Read when the procedure's input step asks for it, after its middlewares, as tRPC does.
      const getRawInput = async () => {
        try {
          input = rawInput(body ? await body : url.searchParams.get('input') || null, isBatch, deserialize);
        } catch (cause) {
          throw cause instanceof TRPCError
            ? cause
            : new TRPCError({
                code: 'BAD_REQUEST',
                message: cause instanceof Error ? cause.message : 'Invalid input',
                cause,
              });
        }
        inputRead = true;
        return input;
      };
      let ctx: object | undefined;
      let response: { result: { data: unknown } } | { error: unknown };
      try {
        ctx = await opts.createContext(req);
        response = {
          result: { data: await procedure({ path, getRawInput, ctx, type, signal: undefined, batchIndex: 0 }) },
        };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        opts.onError({ error, path, req });
        response = { error: getErrorShape({ config, ctx, error, input: inputRead ? input : undefined, path, type }) };
      }
      // A stream-like result needs a streaming link: refused as tRPC refuses it (for a batch, as that call's error).
      const streamLike = 'result' in response && isDataStream(response.result.data);
      if (streamLike && isBatch)
        response = {
          error: getErrorShape({
            config,
            ctx,
            error: notStreaming(),
            input: inputRead ? input : undefined,
            path,
            type,
          }),
        };
      let answer = (isBatch ? [response] : response) as Parameters<typeof getHTTPStatusCode>[0];
      let text: string;
      try {
        if (streamLike && !isBatch) throw notStreaming();
        text = JSON.stringify(transformTRPCResponse(config, answer));
      } catch (cause) {
        // What tRPC's resolver catches at its top level (an output the transformer cannot serialise):
        // answered, and reported, without the call's path.
        const error = getTRPCErrorFromUnknown(cause);
        opts.onError({ error, path: undefined, req });
        answer = { error: getErrorShape({ config, ctx, error, input: undefined, path: undefined, type }) };
        text = JSON.stringify(transformTRPCResponse(config, answer));
      }
      res.writeHead(getHTTPStatusCode(answer), { ...HEADERS, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
  };
}

const notStreaming = () =>
  new TRPCError({
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink',
  });

/** A promise or async iterable, or an object holding one at its top level (tRPC's isDataStream). */
function isDataStream(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (isAsyncIterable(value)) return true;
  const values = Object.values(value);
  return values.some(isPromise) || values.some(isAsyncIterable);
}

/** The requests this handler answers; tRPC's adapter answers the rest. */
function takes(req: IncomingMessage, url: URL, type: string): boolean {
  if (url.searchParams.has('connectionParams')) return false;
  // tRPC builds the request's URL from its Host header and refuses one that does not parse.
  if (!URL.canParse(`http://${req.headers.host ?? 'localhost'}`)) return false;
  if (req.headers['trpc-accept'] !== undefined || req.headers.accept?.includes('application/jsonl')) return false;
  const contentType = req.headers['content-type'];
  if (type === 'query')
    return req.method === 'GET' && (contentType === undefined || contentType.startsWith('application/json'));
  if (type === 'mutation')
    return req.method === 'POST' && contentType !== undefined && contentType.startsWith('application/json');
  return false;
}

/** The whole body as text; past the limit, PAYLOAD_TOO_LARGE and nothing more is read. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      reject(new TRPCError({ code: 'PAYLOAD_TOO_LARGE' }));
    };
    let ended = false;
    const onEnd = () => {
      ended = true;
      // Two byte-order marks at most, as a Fetch Request's json() strips them.
      resolve(
        Buffer.concat(chunks)
          .toString('utf8')
          .replace(/^\uFEFF\uFEFF?/, ''),
      );
    };
    req.on('data', onData).on('end', onEnd).on('error', reject);
    req.on('close', () => {
      if (!ended) reject(new TRPCError({ code: 'BAD_REQUEST', message: 'The request was aborted' }));
    });
  });
}

/**
 * The call's input as tRPC's JSON handler reads it: a query's `?input=` (absent → undefined), a
 * mutation's body (empty → a parse error); a batch of one takes its entry "0".
 */
function rawInput(text: string | null, isBatch: boolean, deserialize: (value: unknown) => unknown): unknown {
  if (text === null) return undefined;
  const inputs: unknown = JSON.parse(text);
  if (!isBatch) return deserialize(inputs);
  if (!isObject(inputs))
    throw new TRPCError({ code: 'BAD_REQUEST', message: '"input" needs to be an object when doing a batch call' });
  const first = inputs[0];
  return first === undefined ? undefined : deserialize(first);
}
