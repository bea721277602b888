import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { mintToken } from './support/mint-token';
import { rowCounts, selectRows } from './support/tables';
import { TEST_AUTH_SECRET, useTestService } from './support/test-service';

describe.each(testBackends())('identity on %s', (backend) => {
  const svc = useTestService(backend);

  const now = () => svc().deps.clock.now();
  const nowSeconds = () => Math.floor(now().getTime() / 1000);

  it('auth.guest creates a user and a token whose subject is that user', async () => {
    const { token, user } = await svc().client().auth.guest.mutate({ name: 'Ana' });
    expect(user).toEqual({ id: expect.any(String), name: 'Ana' });
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(payload.sub).toBe(user.id);
    const profile = await svc().client(token).profile.get.query();
    expect(profile.completion).toBe(0);
  });

  it('refuses a user procedure without a token, with a forged token, or with an expired one', async () => {
    await expectError(svc().client().profile.get.query(), 'UNAUTHORIZED');
    const forged = await mintToken(
      { sub: 'someone' },
      { now: now(), secret: 'a-different-secret-that-is-long-enough!!' },
    );
    await expectError(svc().client(forged).profile.get.query(), 'UNAUTHORIZED');
    const expired = await mintToken(
      { sub: 'someone', iat: nowSeconds() - 120, exp: nowSeconds() - 60 },
      { now: now() },
    );
    await expectError(svc().client(expired).videos.request.mutate({ query: 'armbar' }), 'UNAUTHORIZED');
    await expectError(svc().client('not.a.jwt').profile.get.query(), 'UNAUTHORIZED');
    const controlSub = await mintToken({ sub: 'user\u0000id' }, { now: now() });
    await expectError(svc().client(controlSub).videos.request.mutate({ query: 'armbar' }), 'UNAUTHORIZED');
  });

  it('a token that expires under the service clock stops working when the clock passes it', async () => {
    const token = await mintToken({ sub: 'clock-user', exp: nowSeconds() + 3600 }, { now: now() });
    await svc().client(token).profile.get.query();
    svc().deps.clock.advance(2 * 3600 * 1000);
    await expectError(svc().client(token).profile.get.query(), 'UNAUTHORIZED');
  });

  it('refuses a token without exp, with another issuer or audience, or not valid yet', async () => {
    const refused = async (claims: Parameters<typeof mintToken>[0]) =>
      expectError(
        svc()
          .client(await mintToken(claims, { now: now() }))
          .profile.get.query(),
        'UNAUTHORIZED',
      );
    await refused({ sub: 'no-exp', exp: undefined });
    await refused({ sub: 'no-iss', iss: undefined });
    await refused({ sub: 'other-iss', iss: 'someone-else' });
    await refused({ sub: 'no-aud', aud: undefined });
    await refused({ sub: 'other-aud', aud: 'another-service' });
    await refused({ sub: 'future-nbf', nbf: nowSeconds() + 120 });
    await refused({ sub: 'future-iat', iat: nowSeconds() + 120, exp: nowSeconds() + 600 });
  });

  it('allows a small clock skew between the host app and the service', async () => {
    const token = await mintToken({ sub: 'skewed', iat: nowSeconds() + 10, nbf: nowSeconds() + 10 }, { now: now() });
    await svc().client(token).profile.get.query();
  });

  it('accepts HS256 only', async () => {
    const hs512 = await mintToken({ sub: 'hs512' }, { now: now(), alg: 'HS512' });
    await expectError(svc().client(hs512).profile.get.query(), 'UNAUTHORIZED');
    const [, payload] = (await mintToken({ sub: 'none' }, { now: now() })).split('.');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    await expectError(svc().client(none).profile.get.query(), 'UNAUTHORIZED');
  });

  it('accepts one spelling of a signature: the same bytes encoded otherwise are refused', async () => {
    const token = await mintToken({ sub: 'canonical' }, { now: now() });
    await svc().client(token).profile.get.query();
    const dot = token.lastIndexOf('.');
    const signature = token.slice(dot + 1);
    // The last character's two spare bits set: a lenient decoder reads the same 32 bytes.
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(signature.at(-1)!);
    const variant = `${token.slice(0, dot + 1)}${signature.slice(0, -1)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[last | 1]}`;
    expect(Buffer.from(variant.slice(dot + 1), 'base64url')).toEqual(Buffer.from(signature, 'base64url'));
    await expectError(svc().client(variant).profile.get.query(), 'UNAUTHORIZED');
    await expectError(svc().client(`${token}=`).profile.get.query(), 'UNAUTHORIZED');
  });

  it('a guest token names this service as issuer and audience and expires', async () => {
    const { token } = await svc().client().auth.guest.mutate({});
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(payload).toMatchObject({ iss: 'profos', aud: 'profos', iat: expect.any(Number), exp: expect.any(Number) });
    expect(payload.exp).toBeGreaterThan(payload.iat);
  });

  it('the admin token is not a user: user procedures answer FORBIDDEN', async () => {
    await expectError(svc().admin().profile.get.query(), 'FORBIDDEN');
  });

  it('a host app token for a user we have never seen works and creates that user on first write', async () => {
    const token = await mintToken({ sub: 'host-app-user-42' }, { now: now() });
    const reply = await svc().client(token).videos.request.mutate({ query: 'kimura from side control' });
    // Quotes and backslashes in a host app's ids are data, nothing else.
    const odd = await mintToken({ sub: "o'brien\\'; drop table users; --" }, { now: now() });
    expect((await svc().client(odd).videos.request.mutate({ query: 'armbar' })).videos.length).toBeGreaterThan(0);
    expect(reply.videos.length).toBeGreaterThan(0);
    expect(await selectRows(svc().database, `select id from users where id = 'host-app-user-42'`)).toHaveLength(1);
    expect(
      await selectRows(svc().database, `select 1 from video_requests where user_id = 'host-app-user-42'`),
    ).toHaveLength(1);
  });

  it('a refused call writes nothing', async () => {
    const before = await rowCounts(svc().database, ['users', 'video_requests', 'video_engagements']);
    await expectError(svc().client('garbage').videos.request.mutate({ query: 'triangle' }), 'UNAUTHORIZED');
    expect(await rowCounts(svc().database, ['users', 'video_requests', 'video_engagements'])).toEqual(before);
  });
});

describe('guest sign-up switched off', () => {
  const svc = useTestService(testBackends()[0]!, { guestSignup: false });

  it('auth.guest is FORBIDDEN when GUEST_SIGNUP=0', async () => {
    await expectError(svc().client().auth.guest.mutate({}), 'FORBIDDEN');
  });
});

describe('a host app with its own issuer and audience (AUTH_ISSUER, AUTH_AUDIENCE)', () => {
  const svc = useTestService(testBackends()[0]!, { tokenIssuer: 'https://host.example', tokenAudience: 'prof-os-api' });

  it('accepts tokens naming them and refuses tokens naming the defaults', async () => {
    const now = svc().deps.clock.now();
    const own = await mintToken({ sub: 'host-user', iss: 'https://host.example', aud: 'prof-os-api' }, { now });
    await svc().client(own).profile.get.query();
    await expectError(
      svc()
        .client(await mintToken({ sub: 'host-user' }, { now }))
        .profile.get.query(),
      'UNAUTHORIZED',
    );
    const { token } = await svc().client().auth.guest.mutate({});
    expect(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())).toMatchObject({
      iss: 'https://host.example',
      aud: 'prof-os-api',
    });
  });
});

describe("a host app's token minted as the README shows", () => {
  const svc = useTestService(testBackends()[0]!);

  it('is accepted, and its user is created on their first write', async () => {
    const { SignJWT } = await import('jose');
    const token = await new SignJWT()
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('readme-user-42')
      .setIssuer('profos')
      .setAudience('profos')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    const reply = await svc().client(token).chat.send.mutate({ text: 'people keep taking my back, help' });
    expect(reply.kind).toBe('videos');
    expect(await selectRows(svc().database, `select id from users where id = 'readme-user-42'`)).toHaveLength(1);
  });
});
