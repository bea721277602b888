import { connect, type AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCEDURE_TYPES } from '../src/direct-procedures';
import { createHttpApp } from '../src/http-app';
import { testBackends } from './support/backends';
import { TEST_ADMIN_TOKEN, useTestService } from './support/test-service';

// The server answers single calls itself (single-call.ts) and hands the rest to tRPC's adapter.
// Every answer here is compared with what tRPC's adapter alone gives for the same request, on a
// second server over the same service: status, headers that matter, and the whole body.

interface Answer {
  status: number;
  contentType: string | null;
  vary: string | null;
  body: unknown;
  direct: boolean;
}

async function answer(base: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    vary: res.headers.get('vary'),
    body: text ? JSON.parse(text) : null,
    // tRPC's adapter streams its body (chunked); the direct answer is written whole, with a length.
    direct: res.headers.has('content-length'),
  };
}

const post = (body: string, token?: string, contentType = 'application/json'): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body,
});
const get = (token?: string): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : {} });
const json = (input: unknown) => JSON.stringify({ json: input });

describe.each(testBackends())('single calls answered directly, as tRPC answers them, on %s', (backend) => {
  const svc = useTestService(backend);
  let trpcOnly: ReturnType<typeof createHttpApp>;
  let trpcBase = '';
  let token = '';

  beforeAll(async () => {
    trpcOnly = createHttpApp({
      deps: svc().deps,
      log: pino({ level: 'silent' }),
      isReady: () => true,
      directCalls: false,
    });
    await new Promise<void>((resolve) => trpcOnly.listen(0, '127.0.0.1', resolve));
    trpcBase = `http://127.0.0.1:${(trpcOnly.address() as AddressInfo).port}`;
    ({ token } = await svc().guest());
  });
  afterAll(() => new Promise<void>((resolve) => trpcOnly.close(() => resolve())));

  async function expectSameAnswer(path: string, init: () => RequestInit, direct: boolean) {
    const ours = await answer(svc().url, path, init());
    const theirs = await answer(trpcBase, path, init());
    expect(theirs.direct).toBe(false);
    expect({ ...ours, direct: undefined }).toEqual({ ...theirs, direct: undefined });
    expect(ours.direct).toBe(direct);
    return ours;
  }

  const refused: [string, string, () => RequestInit][] = [
    ['an empty query', '/trpc/videos.request', () => post(json({ query: '   ' }), token)],
    ['a query of the wrong type', '/trpc/videos.request', () => post(json({ query: 5 }), token)],
    ['a 10,000-character query', '/trpc/videos.request', () => post(json({ query: 'a'.repeat(10_000) }), token)],
    ['no input at all', '/trpc/videos.request', () => post('{}', token)],
    ['malformed JSON', '/trpc/videos.request', () => post('{"json": {', token)],
    ['an empty body', '/trpc/videos.request', () => post('', token)],
    ['a body over 64 KiB', '/trpc/videos.request', () => post(json({ query: 'x'.repeat(70 * 1024) }), token)],
    ['no token', '/trpc/videos.request', () => post(json({ query: 'armbar' }))],
    ['a forged token', '/trpc/videos.request', () => post(json({ query: 'armbar' }), `${token.slice(0, -4)}AAAA`)],
    [
      'a body behind two byte-order marks',
      '/trpc/videos.request',
      () => post(`\uFEFF\uFEFF${json({ query: '' })}`, token),
    ],
    [
      'a batch of one with bad input',
      '/trpc/videos.request?batch=1',
      () => post(JSON.stringify({ 0: { json: { query: '' } } }), token),
    ],
    ['a batch of one whose input is not an object', '/trpc/videos.request?batch=1', () => post('[1]', token)],
    ['a batch of one without its input', '/trpc/videos.request?batch=1', () => post('{}', token)],
    [
      'an unknown engagement',
      '/trpc/engagement.click',
      () => post(json({ engagementId: '00000000-0000-4000-8000-000000000000' }), token),
    ],
    ['a user calling an admin procedure', '/trpc/examples.list', () => get(token)],
    [
      'a query with malformed input',
      `/trpc/analytics.funnel?input=${encodeURIComponent('{"json":')}`,
      () => get(TEST_ADMIN_TOKEN),
    ],
    [
      'a query with input of the wrong shape',
      `/trpc/analytics.funnel?input=${encodeURIComponent(json({ from: 'soon' }))}`,
      () => get(TEST_ADMIN_TOKEN),
    ],
    ['a query without a token, batched', `/trpc/profile.get?batch=1&input=${encodeURIComponent('{}')}`, () => get()],
  ];

  it.each(refused)('refuses %s alike', async (_, path, init) => {
    const ours = await expectSameAnswer(path, init, true);
    expect(ours.status).toBeGreaterThanOrEqual(400);
    expect(ours.status).toBeLessThan(500);
  });

  it('refuses every procedure but sign-up alike without a token', async () => {
    for (const [path, type] of Object.entries(PROCEDURE_TYPES)) {
      if (path === 'auth.guest') continue;
      const ours = await expectSameAnswer(`/trpc/${path}`, () => (type === 'query' ? get() : post(json({}))), true);
      expect(ours.status, path).toBeOneOf([401, 404]); // 404: the test clock's procedures when it is off
    }
  });

  it("leaves to tRPC what is not one plain call, and the answers stay tRPC's", async () => {
    const batchOfTwo = `/trpc/profile.get,examples.list?batch=1&input=${encodeURIComponent('{}')}`;
    await expectSameAnswer(batchOfTwo, () => get(token), false);
    await expectSameAnswer('/trpc/nope.nothing', () => get(token), false);
    await expectSameAnswer('/trpc/profile.get', () => post(json(null), token), false); // a query by POST
    await expectSameAnswer('/trpc/videos.request', () => get(token), false); // a mutation by GET
  });

  it('leaves a Host header that does not parse to tRPC, which refuses it', async () => {
    const raw = async (base: string) => {
      const { port } = new URL(base);
      return new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.write(
            `GET /trpc/profile.get HTTP/1.1\r\nHost: a b\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`,
          ),
        );
        let data = '';
        socket.on('data', (d) => {
          data += d;
        });
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
    };
    const [ours, theirs] = [await raw(svc().url), await raw(trpcBase)];
    expect(ours.split('\r\n')[0]).toBe(theirs.split('\r\n')[0]);
    expect(ours.split('\r\n\r\n').at(-1)).toBe(theirs.split('\r\n\r\n').at(-1));
    expect(ours).toMatch(/^HTTP\/1\.1 400/);
  });

  it('answers reads alike, and a batch of one as a batch', async () => {
    const single = await expectSameAnswer('/trpc/profile.get', () => get(token), true);
    expect(single.status).toBe(200);
    const batched = await expectSameAnswer(
      `/trpc/profile.get?batch=1&input=${encodeURIComponent('{}')}`,
      () => get(token),
      true,
    );
    expect(batched.body).toEqual([single.body]);
  });

  it('answers a write once, with the reply tRPC would give', async () => {
    const reply = await answer(svc().url, '/trpc/videos.request', post(json({ query: 'triangle escapes' }), token));
    expect(reply.direct).toBe(true);
    const data = (reply.body as { result: { data: { json: { videos: { engagementId: string }[] } } } }).result.data
      .json;
    expect(data.videos.length).toBeGreaterThan(0);
    // Clicking is idempotent: the same answer from either server, the first click time kept.
    const click = () => post(json({ engagementId: data.videos[0]!.engagementId }), token);
    const first = await answer(svc().url, '/trpc/engagement.click', click());
    await expectSameAnswer('/trpc/engagement.click', click, true);
    expect((await answer(trpcBase, '/trpc/engagement.click', click())).body).toEqual(first.body);
  });
});
