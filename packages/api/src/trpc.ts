import {
  initTRPC,
  TRPCError,
  type AnyTRPCRootTypes,
  type TRPCDefaultErrorShape,
  type TRPCErrorFormatter,
  type TRPCRootConfig,
} from '@trpc/server';
import superjson from 'superjson';
import { ZodError, ZodRealError, z } from 'zod';
import type { Context } from './context';

/** The cause of a TOO_MANY_REQUESTS: callers read `error.data.retryAfterSeconds`, HTTP clients `Retry-After`. */
export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limited for ${retryAfterSeconds} s`);
  }
}

/** zod's field errors, as callers receive them in `error.data.zodError`. */
export interface FieldErrors {
  formErrors: string[];
  fieldErrors: Record<string, string[] | undefined>;
}

/** Error shapes: what callers see of a failure. */
const errorFormatter = ({ shape, error }: Parameters<TRPCErrorFormatter<Context, TRPCDefaultErrorShape>>[0]) => {
  const zodError: FieldErrors | null =
    error.code === 'BAD_REQUEST' && error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
  // Unexpected failures never leak internals to callers; the server log has the cause. Bad input
  // says what to fix in one line ("query: must not be empty") instead of zod's raw issue list.
  const message =
    error.code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : zodError ? summarise(zodError) : shape.message;
  const { stack: _stack, ...data } = shape.data;
  const retryAfterSeconds = error.cause instanceof RateLimited ? error.cause.retryAfterSeconds : null;
  return { ...shape, message, data: { ...data, zodError, retryAfterSeconds } };
};

const t = initTRPC.context<Context>().create({ transformer: superjson, errorFormatter, isDev: false });

/**
 * The same transformer and error formatter, for an HTTP adapter that shapes answers with tRPC's
 * public helpers (`getErrorShape`, `transformTRPCResponse`): apps/server/src/single-call.ts.
 */
export const answerConfig: TRPCRootConfig<AnyTRPCRootTypes> = {
  $types: null as never,
  transformer: { input: superjson, output: superjson },
  errorFormatter,
  allowOutsideOfServer: false,
  isServer: true,
  isDev: false,
};

function summarise({ formErrors, fieldErrors }: FieldErrors): string {
  const fields = Object.entries(fieldErrors)
    .filter(([, errors]) => errors?.length)
    .map(([field, errors]) => `${field}: ${errors!.join('; ')}`);
  return [...formErrors, ...fields].join('. ') || 'Invalid input';
}

export const router = t.router;

/** Every call counts against its caller's rate limits before anything else runs (limits/rate-limits.ts). */
const rateLimited = t.middleware(async ({ ctx, path, next }) => {
  if (ctx.rateLimits) {
    const userId = ctx.caller.role === 'user' ? ctx.caller.userId : null;
    const refusal = await ctx.rateLimits.check({ path, userId, address: ctx.clientAddress });
    if (refusal) {
      ctx.metrics.rateLimited(refusal.limiter);
      throw new TRPCError({
        code: 'TOO_MANY_REQUESTS',
        message: `Too many requests: try again in ${refusal.retryAfterSeconds} s`,
        cause: new RateLimited(refusal.retryAfterSeconds),
      });
    }
  }
  return next();
});

const procedure = t.procedure.use(rateLimited);
export const publicProcedure = procedure;

const UNAUTHENTICATED = {
  missing: 'Missing bearer token',
  invalid: 'Invalid token',
  expired: 'Token expired',
  revoked: 'Token revoked',
} as const;

/** Acts for the caller only: `ctx.userId` is the token's subject. */
export const userProcedure = procedure.use(({ ctx, next }) => {
  const { caller } = ctx;
  if (caller.role === 'anonymous')
    throw new TRPCError({ code: 'UNAUTHORIZED', message: UNAUTHENTICATED[caller.reason] });
  if (caller.role !== 'user') throw new TRPCError({ code: 'FORBIDDEN', message: 'This procedure is for users' });
  return next({ ctx: { ...ctx, userId: caller.userId } });
});

const adminOnly = t.middleware(({ ctx, next }) => {
  const { caller } = ctx;
  if (caller.role === 'anonymous')
    throw new TRPCError({ code: 'UNAUTHORIZED', message: UNAUTHENTICATED[caller.reason] });
  if (caller.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN', message: 'Admin only' });
  return next();
});

export const adminProcedure = procedure.use(adminOnly);

/** `clock.*`: absent (NOT_FOUND, for everyone) unless PROFOS_TEST_CLOCK=1, then admin only. */
export const testClockProcedure = procedure
  .use(({ ctx, next }) => {
    if (!ctx.clock.adjustable)
      throw new TRPCError({ code: 'NOT_FOUND', message: 'clock.* exists only with PROFOS_TEST_CLOCK=1' });
    return next();
  })
  .use(adminOnly);

export type UserContext = Context & { userId: string };

/** A BAD_REQUEST that carries field errors like zod's, for rules checked beyond the input schema. */
export function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({
    code: 'BAD_REQUEST',
    message,
    // ZodRealError is the Error subclass zod itself throws; tRPC keeps only Error causes.
    cause: new ZodRealError([{ code: 'custom', path: [field], message, input: undefined }]),
  });
}
