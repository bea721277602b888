import { sql } from 'drizzle-orm';
import { HOUR_MS } from '../clock';
import { videoFollowUpContent } from '../domain/nudge-content';
import { sweepInBatches } from './batches';
import { rowsOf } from '../db/rows';
import { SWEEP_BATCH_SIZE, type SweepDeps, type SweepResult } from './sweep-types';

// The cursor keeps the click time as Postgres's own text: a JS Date holds milliseconds, and a click
// stored with microseconds would sort after its truncated cursor and come back in every batch.
interface Click {
  id: string;
  user_id: string;
  clicked_at_text: string;
  instructor: string;
  eligible: boolean;
}

/**
 * docs/rules.md §4 `video_follow_up`: for each click 20–48 h old with no feedback on it and no session
 * logged since, one follow-up naming the instructor.
 */
export function sweepVideoFollowUps({ db, clock, newId }: SweepDeps): Promise<SweepResult> {
  const now = clock.now();
  const from = new Date(now.getTime() - 48 * HOUR_MS);
  const to = new Date(now.getTime() - 20 * HOUR_MS);
  return sweepInBatches<Click, { at: string; id: string }>({ db, newId }, now, {
    nextBatch: async (cursor) =>
      rowsOf(
        await db.execute(sql`
      select e.id, e.user_id, e.clicked_at::text as clicked_at_text, v.instructor,
        p.conversion_tips and not exists (
          select 1 from training_sessions s where s.user_id = e.user_id and s.created_at >= e.clicked_at) as eligible
      from video_engagements e
      join videos v on v.id = e.video_id
      join engagement_profiles p on p.user_id = e.user_id
      where e.clicked_at is not null and e.feedback is null
        and e.clicked_at >= ${from} and e.clicked_at <= ${to}
        ${cursor ? sql`and (e.clicked_at, e.id) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : sql``}
      order by e.clicked_at, e.id
      limit ${SWEEP_BATCH_SIZE}`),
      ),
    cursorOf: (click) => ({ at: click.clicked_at_text, id: click.id }),
    nudgesFor: (batch) =>
      batch
        .filter((click) => click.eligible)
        .map((click) => ({
          userId: click.user_id,
          type: 'video_follow_up',
          sourceKey: `video_follow_up:${click.id}`,
          content: videoFollowUpContent(click.instructor),
        })),
  });
}
