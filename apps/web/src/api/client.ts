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
        // The server answers at most this many calls per request (MAX_BATCH_SIZE's default).
        maxItems: 10,
        transformer: superjson,
        headers: () => {
          const token = tokens.get();
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}
