import { describe, expect, it } from 'vitest';
import { signToken } from '@profos/api/auth/jwt';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { rowCounts, selectRows } from './support/tables';
import { TEST_AUTH_SECRET, useTestService } from './support/test-service';

describe.each(testBackends())('identity on %s', (backend) => {
  const svc = useTestService(backend);

  const nowSeconds = () => Math.floor(svc().deps.clock.now().getTime() / 1000);

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
    const forged = signToken(
      { sub: 'someone', iat: nowSeconds(), exp: nowSeconds() + 60 },
      'a-different-secret-that-is-long-enough!!',
    );
    await expectError(svc().client(forged).profile.get.query(), 'UNAUTHORIZED');
    const expired = signToken({ sub: 'someone', iat: nowSeconds() - 120, exp: nowSeconds() - 60 }, TEST_AUTH_SECRET);
    await expectError(svc().client(expired).videos.request.mutate({ query: 'armbar' }), 'UNAUTHORIZED');
    await expectError(svc().client('not.a.jwt').profile.get.query(), 'UNAUTHORIZED');
    const controlSub = signToken({ sub: 'user\u0000id', iat: nowSeconds(), exp: nowSeconds() + 60 }, TEST_AUTH_SECRET);
    await expectError(svc().client(controlSub).videos.request.mutate({ query: 'armbar' }), 'UNAUTHORIZED');
  });

  it('a token that expires under the service clock stops working when the clock passes it', async () => {
    const token = signToken({ sub: 'clock-user', iat: nowSeconds(), exp: nowSeconds() + 3600 }, TEST_AUTH_SECRET);
    await svc().client(token).profile.get.query();
    svc().deps.clock.advance(2 * 3600 * 1000);
    await expectError(svc().client(token).profile.get.query(), 'UNAUTHORIZED');
  });

  it('the admin token is not a user: user procedures answer FORBIDDEN', async () => {
    await expectError(svc().admin().profile.get.query(), 'FORBIDDEN');
  });

  it('a host app token for a user we have never seen works and creates that user on first write', async () => {
    const token = signToken({ sub: 'host-app-user-42', iat: nowSeconds(), exp: nowSeconds() + 600 }, TEST_AUTH_SECRET);
    const reply = await svc().client(token).videos.request.mutate({ query: 'kimura from side control' });
    // Quotes and backslashes in a host app's ids are data, nothing else.
    const odd = signToken(
      { sub: "o'brien\\'; drop table users; --", iat: nowSeconds(), exp: nowSeconds() + 600 },
      TEST_AUTH_SECRET,
    );
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
