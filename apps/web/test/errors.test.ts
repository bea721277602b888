import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@profos/api';
import { describe, expect, it } from 'vitest';
import {
  describeError,
  errorCode,
  fieldErrorsOf,
  fieldLabel,
  isAuthError,
  refusalMessage,
  shouldRetry,
} from '../src/lib/errors';

function trpcError(code: string, message: string, zodError: unknown = null) {
  return TRPCClientError.from<AppRouter>({
    error: { code: -32600, message, data: { code, httpStatus: 400, path: 'chat.send', zodError } },
  });
}

const zod = { formErrors: [], fieldErrors: { text: ['Too big: expected string to have <=2000 characters'] } };

describe('errors', () => {
  it('reads the code of a TRPCClientError', () => {
    expect(errorCode(trpcError('UNAUTHORIZED', 'Invalid token'))).toBe('UNAUTHORIZED');
    expect(errorCode(new Error('Failed to fetch'))).toBeNull();
    expect(errorCode(null)).toBeNull();
  });

  it('treats UNAUTHORIZED and FORBIDDEN as auth errors', () => {
    expect(isAuthError(trpcError('UNAUTHORIZED', 'x'))).toBe(true);
    expect(isAuthError(trpcError('FORBIDDEN', 'x'))).toBe(true);
    expect(isAuthError(trpcError('NOT_FOUND', 'x'))).toBe(false);
  });

  it('extracts zod field errors', () => {
    expect(fieldErrorsOf(trpcError('BAD_REQUEST', 'bad', zod))).toEqual(zod);
    expect(
      fieldErrorsOf(
        trpcError('BAD_REQUEST', 'bad', { formErrors: ['Whole form'], fieldErrors: { a: [], b: ['x', 3] } }),
      ),
    ).toEqual({ formErrors: ['Whole form'], fieldErrors: { b: ['x'] } });
    expect(fieldErrorsOf(new Error('x'))).toEqual({ formErrors: [], fieldErrors: {} });
  });

  it('says what to fix on a bad request, one line per field, with the form’s labels', () => {
    expect(describeError(trpcError('BAD_REQUEST', 'raw', zod))).toBe(
      'Text: Too big: expected string to have <=2000 characters',
    );
    expect(describeError(trpcError('BAD_REQUEST', 'raw', zod), { text: 'Message' })).toBe(
      'Message: Too big: expected string to have <=2000 characters',
    );
    const two = {
      formErrors: ['`from` must not be after `to`'],
      fieldErrors: { holdoutPercent: ['Too big', 'at most two decimals'] },
    };
    expect(describeError(trpcError('BAD_REQUEST', 'raw', two))).toBe(
      '`from` must not be after `to`\nHoldout percent: Too big; at most two decimals',
    );
  });

  it('falls back to the message, and hides internals', () => {
    expect(describeError(trpcError('BAD_REQUEST', 'No profile question is pending'))).toBe(
      'No profile question is pending',
    );
    expect(describeError(trpcError('NOT_FOUND', 'No such engagement'))).toBe('No such engagement');
    expect(describeError(trpcError('INTERNAL_SERVER_ERROR', 'Internal server error'))).toMatch(/on our side/);
  });

  it('explains a network failure', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/Can't reach Prof\. OS/);
    expect(describeError(new TRPCClientError('fetch failed'))).toMatch(/Can't reach Prof\. OS/);
    expect(describeError(undefined)).toMatch(/Can't reach Prof\. OS/);
  });

  it('labels fields in words', () => {
    expect(fieldLabel('holdoutPercent')).toBe('Holdout percent');
    expect(fieldLabel('training_goals')).toBe('Training goals');
    expect(fieldLabel('text')).toBe('Text');
  });

  it('retries only failures a retry can fix', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(0, trpcError('INTERNAL_SERVER_ERROR', 'x'))).toBe(true);
    expect(shouldRetry(2, trpcError('INTERNAL_SERVER_ERROR', 'x'))).toBe(false);
    for (const code of ['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'])
      expect(shouldRetry(0, trpcError(code, 'x'))).toBe(false);
  });

  it('tells a user token from a wrong admin token', () => {
    expect(refusalMessage('FORBIDDEN')).toMatch(/user token/);
    expect(refusalMessage('UNAUTHORIZED')).toMatch(/wasn't accepted/);
  });
});

describe('a rate-limit refusal', () => {
  const limited = (retryAfterSeconds: unknown) =>
    TRPCClientError.from<AppRouter>({
      error: {
        code: -32029,
        message: 'Too many requests: try again in 12 s',
        data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, path: 'chat.send', zodError: null, retryAfterSeconds },
      },
    });

  it('reads as a friendly wait that says how long', () => {
    expect(describeError(limited(12))).toBe("You're going a bit fast for me. Give it 12 seconds, then try again.");
    expect(describeError(limited(1))).toBe("You're going a bit fast for me. Give it 1 second, then try again.");
    expect(describeError(limited(3600))).toBe("You're going a bit fast for me. Give it 60 minutes, then try again.");
    expect(describeError(limited(null))).toBe("You're going a bit fast for me. Give it a moment, then try again.");
  });

  it('is not retried at once', () => {
    expect(shouldRetry(0, limited(5))).toBe(false);
  });
});
