import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { httpBatchLink } from '@trpc/client';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import superjson from 'superjson';
import { App } from './App';
import { trpc } from './trpc';

const TOKEN_KEY = 'profos.token';

function Root() {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() => trpc.createClient({
    links: [httpBatchLink({
      url: '/trpc',
      transformer: superjson,
      headers: () => {
        const token = localStorage.getItem(TOKEN_KEY);
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    })],
  }));
  return (
    <trpc.Provider client={client} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>
        <App tokenKey={TOKEN_KEY} />
      </QueryClientProvider>
    </trpc.Provider>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><Root /></StrictMode>);
