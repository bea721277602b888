import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HTTP_LIMITS } from '../src/config';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { capturedLog } from './support/log-capture';
import { rowCounts } from './support/tables';
import { useTestService } from './support/test-service';

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe.each(testBackends())('what one client may send, on %s', (backend) => {
  const captured = capturedLog();
  const svc = useTestService(backend, {
    rateLimits: { userPerMinute: 1_000, addressPerMinute: 10_000, guestsPerHour: 1_000 },
    log: captured.log,
  });

  it('refuses a batch of more than 10 calls with a clear message, and runs none of them', async () => {
    const users = () => rowCounts(svc().database, ['users']);
    const before = await users();
    const batch = (n: number) =>
      post(
        `${svc().url}/trpc/${Array(n).fill('auth.guest').join(',')}?batch=1`,
        JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: {} }]))),
      );
    const refused = await batch(11);
    expect(refused.status).toBe(400);
    const [answer] = (await refused.json()) as { error: { json: { message: string; data: { code: string } } } }[];
    expect(answer!.error.json.message).toBe(
      'A batch may hold at most 10 calls; this one holds 11, and none of them ran',
    );
    expect(answer!.error.json.data.code).toBe('BAD_REQUEST');
    expect(await users()).toEqual(before);
    const accepted = await batch(10);
    expect(accepted.status).toBe(200);
    expect((await users()).users).toBe(before.users! + 10);
  });

  it('logs each call of a batch on its own line, with the request id it answered under', async () => {
    const { token } = await svc().guest();
    const res = await fetch(
      `${svc().url}/trpc/profile.get,profile.get,profile.export?batch=1&input=${encodeURIComponent('{}')}`,
      { headers: { authorization: `Bearer ${token}`, 'x-request-id': 'trace-1234' } },
    );
    expect(res.headers.get('x-request-id')).toBe('trace-1234');
    await expect.poll(() => captured.lines.filter((l) => l.reqId === 'trace-1234').length).toBe(3);
    const lines = captured.lines.filter((l) => l.reqId === 'trace-1234');
    expect(lines.map((l) => l.procedure)).toEqual(['profile.get', 'profile.get', 'profile.export']);
    expect(lines.every((l) => l.code === 'OK')).toBe(true);
    // A request without an id of its own gets one.
    const other = await fetch(`${svc().url}/healthz`);
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('accepts calls as JSON only: a cross-site form post or text body signs no one up', async () => {
    const before = await rowCounts(svc().database, ['users']);
    const form = new FormData();
    form.set('name', 'mallory');
    const multipart = await fetch(`${svc().url}/trpc/auth.guest`, { method: 'POST', body: form });
    expect(multipart.status).toBe(415);
    const plain = await fetch(`${svc().url}/trpc/auth.guest`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"json":{}}',
    });
    expect(plain.status).toBe(415);
    const urlencoded = await fetch(`${svc().url}/trpc/auth.guest`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'json=%7B%7D',
    });
    expect(urlencoded.status).toBe(415);
    expect(await rowCounts(svc().database, ['users'])).toEqual(before);
  });

  it('serves the web app with a strict CSP, no framing, no sniffing and no referrer; HSTS only when configured', async () => {
    for (const page of ['/', '/admin']) {
      const res = await fetch(`${svc().url}${page}`);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

describe('HSTS for a service reached over HTTPS', () => {
  const svc = useTestService('pglite', { hstsMaxAgeSeconds: 31_536_000 });

  it('sends Strict-Transport-Security when HSTS_MAX_AGE is set', async () => {
    const res = await fetch(`${svc().url}/`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe.each(testBackends())('rate limits on %s', (backend) => {
  const svc = useTestService(backend, { rateLimits: { userPerMinute: 5, addressPerMinute: 1_000, guestsPerHour: 3 } });

  it('sign-up is limited per address: over it, TOO_MANY_REQUESTS with Retry-After, and no user created', async () => {
    for (let i = 0; i < 3; i++) await svc().client().auth.guest.mutate({});
    const before = await rowCounts(svc().database, ['users']);
    const res = await post(`${svc().url}/trpc/auth.guest`, JSON.stringify({ json: {} }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as { error: { json: { data: { code: string; retryAfterSeconds: number } } } };
    expect(body.error.json.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(await rowCounts(svc().database, ['users'])).toEqual(before);
    // The typed client sees the same refusal.
    const error = await expectError(svc().client().auth.guest.mutate({}), 'TOO_MANY_REQUESTS');
    expect(error.data?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('each user is limited on every procedure, and one user over the limit leaves others alone', async () => {
    const api = svc().client(await mintForLimitTest(), { batch: false });
    for (let i = 0; i < 5; i++) await api.profile.get.query();
    await expectError(api.videos.request.mutate({ query: 'armbar' }), 'TOO_MANY_REQUESTS');
    await expectError(api.profile.get.query(), 'TOO_MANY_REQUESTS');
    const other = svc().client(await mintForLimitTest());
    await other.profile.get.query();
  });

  async function mintForLimitTest() {
    const { mintToken } = await import('./support/mint-token');
    return mintToken({ sub: `limit-user-${Math.random().toString(36).slice(2)}` }, { now: svc().deps.clock.now() });
  }
});

describe('the client address behind a proxy (TRUST_PROXY)', () => {
  const limits = { userPerMinute: 1_000, addressPerMinute: 1_000, guestsPerHour: 1 };
  const direct = useTestService('pglite', { rateLimits: limits });
  const proxied = useTestService('pglite', { rateLimits: limits, http: { ...DEFAULT_HTTP_LIMITS, trustProxyHops: 1 } });
  const signUp = (url: string, forwardedFor: string) =>
    post(`${url}/trpc/auth.guest`, JSON.stringify({ json: {} }), { 'x-forwarded-for': forwardedFor });

  it('ignores X-Forwarded-For unless told to trust it: a client cannot pick its own address', async () => {
    expect((await signUp(direct().url, '10.0.0.1')).status).toBe(200);
    expect((await signUp(direct().url, '10.0.0.2')).status).toBe(429);
  });

  it('behind one trusted proxy, takes the address that proxy saw, not what the client wrote before it', async () => {
    expect((await signUp(proxied().url, '10.0.0.1')).status).toBe(200);
    expect((await signUp(proxied().url, '10.0.0.2')).status).toBe(200);
    expect((await signUp(proxied().url, 'forged, 10.0.0.2')).status).toBe(429);
  });
});

describe('server timeouts and the connection cap', () => {
  const svc = useTestService('pglite', {
    http: {
      ...DEFAULT_HTTP_LIMITS,
      headersTimeoutMs: 1_000,
      requestTimeoutMs: 2_000,
      idleTimeoutMs: 1_000,
      maxConnections: 3,
    },
  });

  /** Opens a raw connection and reports when the server closes it. */
  const rawConnection = async () => {
    const { port } = new URL(svc().url);
    const socket: Socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const started = Date.now();
    let received = '';
    socket.on('data', (d) => (received += d));
    const closed = new Promise<{ afterMs: number; received: string }>((resolve) =>
      socket.once('close', () => resolve({ afterMs: Date.now() - started, received })),
    );
    socket.on('error', () => {});
    return { socket, closed };
  };

  it('cuts off a client that sends its body one byte at a time, in seconds', async () => {
    const { socket, closed } = await rawConnection();
    socket.write(
      'POST /trpc/auth.guest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n',
    );
    const drip = setInterval(() => socket.writable && socket.write('{'), 400);
    const { afterMs, received } = await closed;
    clearInterval(drip);
    expect(afterMs).toBeLessThan(10_000); // the default would have held it for minutes
    expect(received === '' || /^HTTP\/1\.1 408/.test(received)).toBe(true);
  });

  it('cuts off a client that never finishes its headers', async () => {
    const { socket, closed } = await rawConnection();
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 300);
    const { afterMs } = await closed;
    clearInterval(drip);
    expect(afterMs).toBeLessThan(10_000);
  });

  it('holds at most MAX_CONNECTIONS connections: one more is closed at once, and the service keeps serving', async () => {
    const open = await Promise.all([rawConnection(), rawConnection(), rawConnection()]);
    const extra = await rawConnection();
    await extra.closed;
    for (const { socket } of open) socket.destroy();
    await Promise.all(open.map((c) => c.closed));
    expect((await fetch(`${svc().url}/healthz`)).status).toBe(200);
  });
});
