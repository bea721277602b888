import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  callTRPCProcedure,
  getErrorShape,
  getTRPCErrorFromUnknown,
  transformTRPCResponse,
  TRPCError,
  type AnyTRPCRootTypes,
  type AnyTRPCRouter,
  type TRPCRootConfig,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';

// tRPC's Node adapter turns every request into a Fetch `Request` and its answer into a `Response`
// (headers objects, web streams, an AbortController aborted on every close). On this machine that
// was half of what a `videos.request` cost the server. The calls the chat makes all the time — one
// query or mutation of a known procedure, batched or not, with a JSON body — are answered here
// instead, straight from Node's request and response, with tRPC's public `callTRPCProcedure` and
// its own helpers for the answer's shape. Everything else (other procedures, several calls, wrong
// methods, other content types) goes to tRPC unchanged; single-call.test.ts checks both paths
// answer alike.

export type ProcedureType = 'query' | 'mutation';

export interface SingleCallOptions {
  router: AnyTRPCRouter;
  /** The router's transformer and error formatter, as tRPC's helpers take them. */
  config: TRPCRootConfig<AnyTRPCRootTypes>;
  /** The procedures answered here, by path, with their type. */
  procedures: Readonly<Record<string, ProcedureType>>;
  maxBodySize: number;
  createContext: (req: IncomingMessage) => Promise<object> | object;
  onError: (opts: { error: TRPCError; path: string | undefined; req: IncomingMessage }) => void;
  /** Headers an answer adds (Retry-After on a rate-limit refusal). */
  extraHeaders?: (answer: TRPCAnswer) => Record<string, string>;
}

export type TRPCAnswer = Parameters<typeof getHTTPStatusCode>[0];

/** Returns the work that answers the request, or null when tRPC's own adapter must take it. */
export type SingleCallHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => (() => Promise<void>) | null;

const HEADERS = { 'content-type': 'application/json', vary: 'trpc-accept, accept' };

export function createSingleCallHandler(opts: SingleCallOptions): SingleCallHandler {
  const { config, router } = opts;
  const deserialize = (value: unknown) => config.transformer.input.deserialize(value);

  return (req, res, url) => {
    const path = url.pathname.slice('/trpc/'.length);
    const type = Object.hasOwn(opts.procedures, path) ? opts.procedures[path]! : null;
    if (!type || !takes(req, url, type)) return null;
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
      let answer: TRPCAnswer;
      let text: string;
      try {
        ctx = await opts.createContext(req);
        const data: unknown = await callTRPCProcedure({
          router,
          path,
          getRawInput,
          ctx,
          type,
          signal: undefined,
          batchIndex: 0,
        });
        const result = { result: { data } };
        answer = isBatch ? [result] : result;
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        opts.onError({ error, path, req });
        const shaped = {
          error: getErrorShape({ config, ctx, error, input: inputRead ? input : undefined, path, type }),
        };
        answer = isBatch ? [shaped] : shaped;
      }
      try {
        text = JSON.stringify(transformTRPCResponse(config, answer));
      } catch (cause) {
        // What tRPC's resolver catches at its top level (an output the transformer cannot serialise):
        // answered, and reported, without the call's path.
        const error = getTRPCErrorFromUnknown(cause);
        opts.onError({ error, path: undefined, req });
        answer = { error: getErrorShape({ config, ctx, error, input: undefined, path: undefined, type }) };
        text = JSON.stringify(transformTRPCResponse(config, answer));
      }
      writeAnswer(res, getHTTPStatusCode(answer), text, opts.extraHeaders?.(answer));
    };
  };
}

/** Answers a whole HTTP request with one error, shaped as tRPC shapes it (for refusals made before tRPC). */
export function writeError(
  res: ServerResponse,
  config: TRPCRootConfig<AnyTRPCRootTypes>,
  error: TRPCError,
  { path, isBatch }: { path: string | undefined; isBatch: boolean },
): void {
  const shaped = { error: getErrorShape({ config, ctx: undefined, error, input: undefined, path, type: 'unknown' }) };
  const answer = isBatch ? [shaped] : shaped;
  writeAnswer(res, getHTTPStatusCode(answer), JSON.stringify(transformTRPCResponse(config, answer)));
}

function writeAnswer(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...HEADERS, ...extra, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** The requests this handler answers; tRPC's adapter answers the rest. */
function takes(req: IncomingMessage, url: URL, type: ProcedureType): boolean {
  if (url.searchParams.has('connectionParams')) return false;
  // tRPC builds the request's URL from its Host header and refuses one that does not parse.
  if (!URL.canParse(`http://${req.headers.host ?? 'localhost'}`)) return false;
  if (req.headers['trpc-accept'] !== undefined || req.headers.accept?.includes('application/jsonl')) return false;
  const contentType = req.headers['content-type'];
  if (type === 'query')
    return req.method === 'GET' && (contentType === undefined || contentType.startsWith('application/json'));
  return req.method === 'POST' && contentType !== undefined && contentType.startsWith('application/json');
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

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The call's input as tRPC's JSON handler reads it: a query's `?input=` (absent → undefined), a
 * mutation's body (empty → a parse error); a batch of one takes its entry "0".
 */
function rawInput(text: string | null, isBatch: boolean, deserialize: (value: unknown) => unknown): unknown {
  if (text === null) return undefined;
  const inputs: unknown = JSON.parse(text);
  if (!isBatch) return deserialize(inputs);
  if (!isPlainObject(inputs))
    throw new TRPCError({ code: 'BAD_REQUEST', message: '"input" needs to be an object when doing a batch call' });
  const first = inputs[0];
  return first === undefined ? undefined : deserialize(first);
}
