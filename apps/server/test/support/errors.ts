import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@profos/api';
import { expect } from 'vitest';

export type ClientError = TRPCClientError<AppRouter>;

/** Awaits a call that must fail with the contract's error `code`, and returns the error for more checks. */
export async function expectError(call: Promise<unknown>, code: string): Promise<ClientError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}, but the call succeeded`).toBeInstanceOf(TRPCClientError);
  const clientError = error as ClientError;
  expect(clientError.data?.code, clientError.message).toBe(code);
  return clientError;
}
