import { sql } from 'drizzle-orm';
import { HOUR_MS, utcDay, WEEK_MS } from '../clock';
import { postTrainingFollowUpContent, preTrainingFocusContent } from '../domain/nudge-content';
import { sweepInBatches } from './batches';
import { rowsOf } from '../db/rows';
import { SWEEP_BATCH_SIZE, type SweepDeps, type SweepResult } from './sweep-types';

/**
 * docs/rules.md §4, the daily retention sweep: a pre-training focus question for loggers who went quiet,
 * post-training follow-ups on a focus named 20–48 h ago, and expiry of nudges pending over a week.
 */
export async function sweepRetentionNudges(deps: SweepDeps): Promise<SweepResult> {
  const focus = await preTrainingFocus(deps);
  const followUps = await postTrainingFollowUps(deps);
  await expireStaleNudges(deps);
  return { processed: focus.processed + followUps.processed, created: focus.created + followUps.created };
}

/** Users who logged before but not in the last 7 days, and got no focus question this week. */
function preTrainingFocus({ db, clock, newId }: SweepDeps): Promise<SweepResult> {
  const now = clock.now();
  const weekAgo = new Date(now.getTime() - WEEK_MS);
  return sweepInBatches<{ user_id: string }, string>({ db, newId }, now, {
    nextBatch: async (cursor) =>
      rowsOf(
        await db.execute(sql`
      select p.user_id from engagement_profiles p
      where p.session_count > 0 and p.last_session_at < ${weekAgo} and p.conversion_tips
        ${cursor ? sql`and p.user_id > ${cursor}` : sql``}
        and not exists (
          select 1 from engagement_nudges n
          where n.user_id = p.user_id and n.nudge_type = 'pre_training_focus' and n.created_at > ${weekAgo})
      order by p.user_id
      limit ${SWEEP_BATCH_SIZE}`),
      ),
    cursorOf: (user) => user.user_id,
    nudgesFor: (batch) =>
      batch.map((user) => ({
        userId: user.user_id,
        type: 'pre_training_focus',
        sourceKey: `pre_training_focus:${user.user_id}:${utcDay(now)}`,
        content: preTrainingFocusContent(),
      })),
  });
}

/** A focus named 20–48 h ago with no session logged since: ask how it went, naming the technique. */
function postTrainingFollowUps({ db, clock, newId }: SweepDeps): Promise<SweepResult> {
  const now = clock.now();
  const from = new Date(now.getTime() - 48 * HOUR_MS);
  const to = new Date(now.getTime() - 20 * HOUR_MS);
  return sweepInBatches<{ id: string; user_id: string; focus_topic: string; eligible: boolean }, string>(
    { db, newId },
    now,
    {
      nextBatch: async (cursor) =>
        rowsOf(
          await db.execute(sql`
      select n.id, n.user_id, n.focus_topic,
        p.conversion_tips and not exists (
          select 1 from training_sessions s where s.user_id = n.user_id and s.created_at >= n.focus_at) as eligible
      from engagement_nudges n join engagement_profiles p on p.user_id = n.user_id
      where n.nudge_type = 'pre_training_focus' and n.focus_at >= ${from} and n.focus_at <= ${to}
        ${cursor ? sql`and n.id > ${cursor}::uuid` : sql``}
      order by n.id
      limit ${SWEEP_BATCH_SIZE}`),
        ),
      cursorOf: (focus) => focus.id,
      nudgesFor: (batch) =>
        batch
          .filter((focus) => focus.eligible)
          .map((focus) => ({
            userId: focus.user_id,
            type: 'post_training_follow_up',
            sourceKey: `post_training_follow_up:${focus.id}`,
            content: postTrainingFollowUpContent(focus.focus_topic),
          })),
    },
  );
}

/**
 * docs/rules.md §4: a nudge pending for over 7 days expires unshown (delivery already ignores it). Rows
 * another transaction holds are skipped, not waited on: sessions.log expires a user's pending
 * nudges under their profile lock and a reply marks one shown, and an UPDATE waiting on those in
 * its own scan order could deadlock with them. A skipped row is settled by its holder, or by the
 * next day's sweep.
 */
async function expireStaleNudges({ db, clock }: SweepDeps): Promise<void> {
  const weekAgo = new Date(clock.now().getTime() - WEEK_MS);
  await db.execute(sql`update engagement_nudges set status = 'expired' where id in (
    select id from engagement_nudges where status = 'pending' and created_at < ${weekAgo} for update skip locked)`);
}
