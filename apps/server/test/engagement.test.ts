import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { expectError } from './support/errors';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

describe.each(testBackends())('engagement on %s', (backend) => {
  const svc = useTestService(backend);

  async function shownVideo() {
    const guest = await svc().guest();
    const reply = await guest.api.videos.request.mutate({ query: 'kimura from closed guard' });
    return { ...guest, engagementId: reply.videos[0]!.engagementId };
  }

  it('click is idempotent and keeps the first click time', async () => {
    const { api, engagementId } = await shownVideo();
    const first = await api.engagement.click.mutate({ engagementId });
    svc().deps.clock.advance(60_000);
    const second = await api.engagement.click.mutate({ engagementId });
    expect(second.clickedAt).toBeInstanceOf(Date);
    expect(second.clickedAt.getTime()).toBe(first.clickedAt.getTime());
    const [row] = await selectRows<{ clicked_at: Date }>(
      svc().database,
      `select clicked_at from video_engagements where id = '${engagementId}'`,
    );
    expect(new Date(row!.clicked_at).getTime()).toBe(first.clickedAt.getTime());
  });

  it('feedback is stored, and the latest choice wins', async () => {
    const { api, engagementId } = await shownVideo();
    const { feedbackAt } = await api.engagement.feedback.mutate({ engagementId, feedback: 'helpful' });
    expect(feedbackAt).toBeInstanceOf(Date);
    await api.engagement.feedback.mutate({ engagementId, feedback: 'not_helpful' });
    const [row] = await selectRows<{ feedback: string }>(
      svc().database,
      `select feedback from video_engagements where id = '${engagementId}'`,
    );
    expect(row!.feedback).toBe('not_helpful');
  });

  it("another user's engagement is NOT_FOUND and stays untouched", async () => {
    const owner = await shownVideo();
    const intruder = await svc().guest();
    await expectError(intruder.api.engagement.click.mutate({ engagementId: owner.engagementId }), 'NOT_FOUND');
    await expectError(
      intruder.api.engagement.feedback.mutate({ engagementId: owner.engagementId, feedback: 'not_helpful' }),
      'NOT_FOUND',
    );
    const [row] = await selectRows<{ clicked_at: Date | null; feedback: string | null }>(
      svc().database,
      `select clicked_at, feedback from video_engagements where id = '${owner.engagementId}'`,
    );
    expect(row).toEqual({ clicked_at: null, feedback: null });
  });

  it('an unknown engagement id is NOT_FOUND; a malformed one is BAD_REQUEST', async () => {
    const { api } = await svc().guest();
    await expectError(api.engagement.click.mutate({ engagementId: randomUUID() }), 'NOT_FOUND');
    const bad = await expectError(api.engagement.click.mutate({ engagementId: 'not-an-id' }), 'BAD_REQUEST');
    expect(bad.data?.zodError?.fieldErrors.engagementId).toBeDefined();
    const badFeedback = await expectError(
      api.engagement.feedback.mutate({ engagementId: randomUUID(), feedback: 'meh' as 'helpful' }),
      'BAD_REQUEST',
    );
    expect(badFeedback.data?.zodError?.fieldErrors.feedback).toBeDefined();
  });
});
