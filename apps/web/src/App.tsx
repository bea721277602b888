import { useEffect, useState } from 'react';
import { trpc } from './trpc';

/** A first page over the typed client: a guest identity, one question, the videos that come back. */
export function App({ tokenKey }: { tokenKey: string }) {
  const [ready, setReady] = useState(() => localStorage.getItem(tokenKey) !== null);
  const guest = trpc.auth.guest.useMutation({
    onSuccess: ({ token }) => { localStorage.setItem(tokenKey, token); setReady(true); },
  });
  const request = trpc.videos.request.useMutation();
  const [query, setQuery] = useState('');

  useEffect(() => { if (!ready && guest.isIdle) guest.mutate({}); }, [ready, guest]);

  return (
    <main style={{ maxWidth: 640, margin: '2rem auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Prof. OS</h1>
      <form onSubmit={(e) => { e.preventDefault(); if (query.trim()) request.mutate({ query }); }}>
        <label htmlFor="q">What do you want to work on?</label>
        <input id="q" data-testid="chat-input" value={query} onChange={(e) => setQuery(e.target.value)} disabled={!ready} />
        <button data-testid="chat-send" type="submit" disabled={!ready || request.isPending}>Ask</button>
      </form>
      {request.error && <p role="alert">{request.error.message}</p>}
      {request.data && (
        <section data-testid="message">
          <p>{request.data.message}</p>
          <ul>
            {request.data.videos.map((v) => (
              <li key={v.engagementId} data-testid="video-card">
                <a data-testid="video-link" href={v.url} target="_blank" rel="noreferrer">{v.title}</a> — {v.instructor}
                <div>{v.reason}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
