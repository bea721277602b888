import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { errorCode, isAuthError, shouldRetry } from '../lib/errors';
import { createApiClient } from './client';
import type { TokenStore } from './tokens';
import { trpc } from './trpc';

type AuthErrorListener = (code: string) => void;

const AuthErrorListeners = createContext<Set<AuthErrorListener> | null>(null);

/** The typed client and its query cache, for one page and the token that page sends. */
export function ApiProvider({ tokens, children }: { tokens: TokenStore; children: ReactNode }) {
  const [listeners] = useState(() => new Set<AuthErrorListener>());
  const [queryClient] = useState(() => {
    // Any call the server refuses for its token (UNAUTHORIZED, FORBIDDEN) is the page's to handle.
    const report = (error: unknown) => {
      if (isAuthError(error)) for (const listener of listeners) listener(errorCode(error) ?? 'UNAUTHORIZED');
    };
    return new QueryClient({
      queryCache: new QueryCache({ onError: report }),
      mutationCache: new MutationCache({ onError: report }),
      defaultOptions: {
        queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 5_000 },
        mutations: { retry: false },
      },
    });
  });
  const [client] = useState(() => createApiClient(tokens));
  return (
    <AuthErrorListeners.Provider value={listeners}>
      <trpc.Provider client={client} queryClient={queryClient}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </trpc.Provider>
    </AuthErrorListeners.Provider>
  );
}

/** Calls `listener` whenever the server refuses this page's token. */
export function useOnAuthError(listener: AuthErrorListener) {
  const listeners = useContext(AuthErrorListeners);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  }, [listener]);
  useEffect(() => {
    if (!listeners) return;
    const call: AuthErrorListener = (code) => latest.current(code);
    listeners.add(call);
    return () => {
      listeners.delete(call);
    };
  }, [listeners]);
}
