import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { rowCounts, selectRows } from './support/tables';
import { useTestService } from './support/test-service';

const WRITTEN = ['users', 'engagement_profiles', 'video_requests', 'video_engagements'];

describe.each(testBackends())('videos.request on %s', (backend) => {
  const svc = useTestService(backend);

  it('answers with the contract shape: topics, a message and 1–3 videos with reasons', async () => {
    const { api } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: 'how do I stop people triangling me' });
    expect(reply.topics).toEqual(expect.arrayContaining(['triangle', 'triangle_defense']));
    expect(reply.message).toMatch(/YOUR/);
    expect(reply.videos.length).toBeGreaterThanOrEqual(1);
    expect(reply.videos.length).toBeLessThanOrEqual(3);
    for (const video of reply.videos) {
      expect(video).toEqual({
        engagementId: expect.any(String),
        videoId: expect.any(String),
        title: expect.any(String),
        instructor: expect.any(String),
        url: expect.stringMatching(/^https:\/\//),
        reason: expect.any(String),
      });
      expect(video.reason.length).toBeGreaterThan(10);
    }
    expect(Object.keys(reply).sort()).toEqual([
      'example',
      'message',
      'nudge',
      'profilePrompt',
      'requestId',
      'teaser',
      'topics',
      'videos',
    ]);
  });

  it('records the request and one engagement per video shown', async () => {
    const { api, userId } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: '  armbar escapes  ' });
    const [request] = await selectRows<{ query: string; topics: string[] }>(
      svc().database,
      `select query, topics from video_requests where id = '${reply.requestId}'`,
    );
    expect(request).toEqual({ query: 'armbar escapes', topics: reply.topics });
    const engagements = await selectRows<{ id: string; video_id: string; user_id: string }>(
      svc().database,
      `select id, video_id, user_id from video_engagements where request_id = '${reply.requestId}' order by rank`,
    );
    expect(engagements.map((e) => e.id)).toEqual(reply.videos.map((v) => v.engagementId));
    expect(engagements.map((e) => e.video_id)).toEqual(reply.videos.map((v) => v.videoId));
    expect(new Set(engagements.map((e) => e.user_id))).toEqual(new Set([userId]));
  });

  it('a query with no known topic still gets fundamentals and an honest message', async () => {
    const { api } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: 'how do i get better at jiu jitsu' });
    expect(reply.topics).toEqual([]);
    expect(reply.videos.length).toBeGreaterThanOrEqual(1);
    expect(reply.message).toMatch(/couldn't tie that to a specific technique/);
  });

  it('a question of what to study gets the fundamentals in a full reply', async () => {
    const { api } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: 'what is a good beginner game plan' });
    expect(reply.topics).toEqual([]);
    expect(reply.videos).toHaveLength(3);
    expect(reply.message).toMatch(/^Here's what I'd study early on/);
  });

  it('a question about a family of techniques gets videos from that family, and no invented topics', async () => {
    const { api } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: 'best gi chokes' });
    expect(reply.topics).toEqual(['gi']);
    expect(reply.message).toMatch(/^Chokes are a big family/);
    for (const video of reply.videos)
      expect(video.reason).toMatch(/choke|triangle|guillotine|darce|anaconda|ezekiel|bow and arrow/i);
  });

  it('is one claimed write for a returning user, however many videos it returns', async () => {
    const { api } = await svc().guest();
    await api.videos.request.mutate({ query: 'warm up' });
    for (const query of ['guard passing', 'rear naked choke from back control in nogi', 'mount escapes']) {
      svc().statements.clear();
      const reply = await api.videos.request.mutate({ query });
      const statements = svc().statements.forReply();
      // One write, whatever the reply holds: alone (its own transaction), or inside one BEGIN … COMMIT.
      expect(statements.filter((s) => /^with prof as/.test(s))).toHaveLength(1);
      const control = statements.filter((s) => /^(begin|commit|rollback)$/.test(s));
      expect(control).toEqual(statements[0] === 'begin' ? ['begin', 'commit'] : []);
      if (control.length) expect(statements.at(-1)).toBe('commit');
      expect(statements.length, statements.join('\n---\n')).toBeLessThanOrEqual(8);
      expect(reply.videos.length).toBeGreaterThanOrEqual(1);
    }
  });

  it.each([
    ['an empty query', { query: '' }],
    ['a whitespace query', { query: '   \n\t ' }],
    ['a 10,000-character query', { query: 'a'.repeat(10_000) }],
    ['a 501-character query', { query: 'b'.repeat(501) }],
    ['a number', { query: 42 }],
    ['a NUL character', { query: 'arm\u0000bar' }],
    ['a lone surrogate', { query: 'armbar \ud83e' }],
    ['no query', {}],
  ])('refuses %s with BAD_REQUEST and field errors, writing nothing', async (_label, input) => {
    const { api } = await svc().guest();
    const before = await rowCounts(svc().database, WRITTEN);
    const error = await expectError(api.videos.request.mutate(input as { query: string }), 'BAD_REQUEST');
    expect(error.data?.zodError?.fieldErrors.query?.length).toBeGreaterThan(0);
    // The message itself reads as one line about the field, not zod's raw issue list.
    expect(error.message).toMatch(/^query: /);
    expect(await rowCounts(svc().database, WRITTEN)).toEqual(before);
  });

  it('stores hostile text exactly as typed (quotes, backslashes, placeholders)', async () => {
    const { api } = await svc().guest();
    const query = `armbar'); drop table users; -- \\ $1 $2 "quoted" \u00e9 🥋`;
    const reply = await api.videos.request.mutate({ query });
    const [row] = await selectRows<{ query: string }>(
      svc().database,
      `select query from video_requests where id = '${reply.requestId}'`,
    );
    expect(row!.query).toBe(query);
    expect(reply.topics).toContain('armbar');
  });

  it('refuses a NUL character as bad input', async () => {
    const { api } = await svc().guest();
    await expectError(api.videos.request.mutate({ query: 'armbar\u0000' }), 'BAD_REQUEST');
  });

  it('accepts 500 characters after trimming', async () => {
    const { api } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: `  ${'triangle '.repeat(55).slice(0, 500)}  ` });
    expect(reply.topics).toContain('triangle');
  });
});
