import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { useTestService } from './support/test-service';

describe.each(testBackends())('HTTP server on %s', (backend) => {
  const svc = useTestService(backend);

  it('GET /healthz reports ready and which database', async () => {
    const res = await fetch(`${svc().url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: backend });
  });

  it('refuses request bodies over 64 KiB', async () => {
    const { token } = await svc().guest();
    const res = await fetch(`${svc().url}/trpc/videos.request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ json: { query: 'x'.repeat(70 * 1024) } }),
    });
    expect(res.status).toBe(413);
  });

  it('batches several procedures in one HTTP request', async () => {
    const { api } = await svc().guest();
    const [a, b] = await Promise.all([
      api.videos.request.mutate({ query: 'omoplata' }),
      api.profile.get.query(),
    ]);
    expect(a.topics).toContain('omoplata');
    expect(b.completion).toBe(0);
  });

  it('malformed JSON is a client error, not a 500', async () => {
    const { token } = await svc().guest();
    const res = await fetch(`${svc().url}/trpc/videos.request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"json": {',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('an unknown procedure is NOT_FOUND', async () => {
    const res = await fetch(`${svc().url}/trpc/nope.nothing`);
    expect(res.status).toBe(404);
  });
});
