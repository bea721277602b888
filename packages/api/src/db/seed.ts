import { sql } from 'drizzle-orm';
import { SEED_EXAMPLES } from '../data/power-user-examples';
import { VIDEO_LIBRARY } from '../data/videos';
import type { Db } from './client';
import { powerUserExamples, videos } from './schema';

/** Idempotent seeding at every start: the video library and the power-user examples. */
export async function seedDatabase(db: Db, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    // The library is data in code: rows always mirror it, updated in place. Videos are never
    // deleted, since engagements keep pointing at them.
    await tx
      .insert(videos)
      .values(VIDEO_LIBRARY.map((v) => ({ ...v, topics: [...v.topics], belts: [...v.belts] })))
      .onConflictDoUpdate({
        target: videos.id,
        set: {
          title: sql`excluded.title`,
          instructor: sql`excluded.instructor`,
          topics: sql`excluded.topics`,
          belts: sql`excluded.belts`,
          attire: sql`excluded.attire`,
          description: sql`excluded.description`,
          url: sql`excluded.url`,
        },
      });
    // The spec's examples are inserted once; admins own them afterwards, so edits are never overwritten.
    await tx
      .insert(powerUserExamples)
      .values(SEED_EXAMPLES.map((e) => ({ ...e, createdAt: now, updatedAt: now })))
      .onConflictDoNothing({ target: powerUserExamples.id });
  });
}
