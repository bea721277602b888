import { connect } from 'node:net';
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
    const [a, b] = await Promise.all([api.videos.request.mutate({ query: 'omoplata' }), api.profile.get.query()]);
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

  it('a request line no URL parser accepts gets a 400, and the server keeps serving', async () => {
    const { port } = new URL(svc().url);
    for (const target of ['http://[', '//[::1', 'http://a:99999/', 'http://%zz/']) {
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
        );
        let data = '';
        socket.on('data', (d) => {
          data += d;
        });
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 400/);
    }
    expect((await fetch(`${svc().url}/healthz`)).status).toBe(200);
  });

  it('an unknown procedure is NOT_FOUND', async () => {
    const res = await fetch(`${svc().url}/trpc/nope.nothing`);
    expect(res.status).toBe(404);
  });
});
