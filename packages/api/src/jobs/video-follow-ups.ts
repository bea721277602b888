import { sql } from 'drizzle-orm';
import { HOUR_MS } from '../clock';
import { videoFollowUpContent } from '../domain/nudge-content';
import { insertNudges, rowsOf } from './nudge-rows';
import { SWEEP_BATCH_SIZE, type SweepDeps, type SweepResult } from './sweep-types';

/**
 * RULES §4 `video_follow_up`: for each click 20–48 h old with no feedback on it and no session
 * logged since, one follow-up naming the instructor. Walks the window in keyset batches.
 */
export async function sweepVideoFollowUps({ db, clock }: SweepDeps): Promise<SweepResult> {
  const now = clock.now();
  const from = new Date(now.getTime() - 48 * HOUR_MS);
  const to = new Date(now.getTime() - 20 * HOUR_MS);
  let cursor: { at: Date; id: string } | null = null;
  const total: SweepResult = { processed: 0, created: 0 };
  for (;;) {
    const batch: { id: string; user_id: string; clicked_at: Date | string; instructor: string; eligible: boolean }[] = rowsOf(await db.execute(sql`
      select e.id, e.user_id, e.clicked_at, v.instructor,
        p.conversion_tips and not exists (
          select 1 from training_sessions s where s.user_id = e.user_id and s.created_at >= e.clicked_at) as eligible
      from video_engagements e
      join videos v on v.id = e.video_id
      join engagement_profiles p on p.user_id = e.user_id
      where e.clicked_at is not null and e.feedback is null
        and e.clicked_at >= ${from} and e.clicked_at <= ${to}
        ${cursor ? sql`and (e.clicked_at, e.id) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : sql``}
      order by e.clicked_at, e.id
      limit ${SWEEP_BATCH_SIZE}`));
    if (!batch.length) return total;
    total.processed += batch.length;
    total.created += await insertNudges(db, batch.filter((e) => e.eligible).map((e) => ({
      userId: e.user_id,
      type: 'video_follow_up' as const,
      sourceKey: `video_follow_up:${e.id}`,
      content: videoFollowUpContent(e.instructor),
    })), now);
    const last = batch[batch.length - 1]!;
    cursor = { at: new Date(last.clicked_at), id: last.id };
  }
}
