import { sql } from 'drizzle-orm';
import { VIDEO_LIBRARY } from '../data/videos';
import type { Db } from './client';
import { videos } from './schema';

/**
 * Idempotent: the video library is data in code, so the rows always mirror it (updated in place,
 * never duplicated). Videos are never deleted: engagements keep pointing at them.
 */
export async function seedDatabase(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(videos).values(VIDEO_LIBRARY.map((v) => ({ ...v, topics: [...v.topics], belts: [...v.belts] })))
      .onConflictDoUpdate({
        target: videos.id,
        set: {
          title: sql`excluded.title`, instructor: sql`excluded.instructor`, topics: sql`excluded.topics`,
          belts: sql`excluded.belts`, attire: sql`excluded.attire`, description: sql`excluded.description`, url: sql`excluded.url`,
        },
      });
  });
}
