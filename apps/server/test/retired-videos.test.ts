import { seedDatabase } from '@profos/api';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { RETIRED_VIDEO_IDS } from '../../../packages/api/src/data/retired-videos';
import { testBackends } from './support/backends';
import { HOUR } from './support/requests';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

// A library entry that is retired keeps its row: engagements stored before point at it. A database
// seeded when the entry was live must keep working after the next start seeds the current library.
describe.each(testBackends())('a retired library entry on %s', (backend) => {
  const svc = useTestService(backend);
  const retired = RETIRED_VIDEO_IDS[0]!;

  /** The row as the seed wrote it while the entry was in the library, and an engagement on it. */
  async function engagementOnRetiredVideo() {
    const { api, userId } = await svc().guest();
    const reply = await api.videos.request.mutate({ query: 'knee cut pass' });
    const engagementId = reply.videos[0]!.engagementId;
    await svc().database.db.execute(sql`
      insert into videos (id, title, instructor, topics, belts, attire, description, url)
      values (${retired}, 'Master The Move: The Knee Cut Guard Pass', 'John Danaher', ${'{guard_passing,half_guard}'},
        ${'{white,blue,purple}'}, 'both', 'The knee cut pass in depth.', 'https://www.youtube.com/results?search_query=x')
      on conflict (id) do nothing`);
    await svc().database.db.execute(sql`update video_engagements set video_id = ${retired} where id = ${engagementId}`);
    return { api, userId, engagementId };
  }

  it('keeps its row and the engagements on it when the library is seeded again', async () => {
    const { engagementId } = await engagementOnRetiredVideo();
    await seedDatabase(svc().database.db);
    const [video] = await selectRows<{ id: string }>(svc().database, `select id from videos where id = '${retired}'`);
    expect(video?.id).toBe(retired);
    const [engagement] = await selectRows<{ video_id: string }>(
      svc().database,
      `select video_id from video_engagements where id = '${engagementId}'`,
    );
    expect(engagement?.video_id).toBe(retired);
  });

  it('still takes clicks and feedback, and is followed up by instructor, but is never recommended again', async () => {
    const { api, userId, engagementId } = await engagementOnRetiredVideo();
    await seedDatabase(svc().database.db);
    await api.engagement.click.mutate({ engagementId });
    svc().deps.clock.advance(21 * HOUR);
    expect((await svc().admin().jobs.run.mutate({ name: 'video_follow_ups' })).created).toBeGreaterThanOrEqual(1);
    const nudges = await selectRows<{ content: string }>(
      svc().database,
      `select content from engagement_nudges where user_id = '${userId}' and source_key = 'video_follow_up:${engagementId}'`,
    );
    expect(nudges[0]?.content).toContain('John Danaher');
    await api.engagement.feedback.mutate({ engagementId, feedback: 'helpful' });
    for (const query of ['knee cut pass', 'knee slice details', 'how do i pass half guard']) {
      const reply = await api.videos.request.mutate({ query });
      expect(reply.videos.map((v) => v.videoId)).not.toContain(retired);
    }
  });
});
