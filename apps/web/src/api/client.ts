import { httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import type { TokenStore } from './tokens';
import { trpc } from './trpc';

/** A client that sends the given store's token, read at each request so a new token applies at once. */
export function createApiClient(tokens: TokenStore) {
  return trpc.createClient({
    links: [
      httpBatchLink({
        url: '/trpc',
        transformer: superjson,
        headers: () => {
          const token = tokens.get();
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}
