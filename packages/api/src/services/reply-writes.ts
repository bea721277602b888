import { sql, type SQL } from 'drizzle-orm';
import { utcDay } from '../clock';
import type { Enhancement } from '../domain/enhancements';
import { maskOf } from '../domain/holdouts';
import type { ProfileField } from '../domain/profile-answers';
import type { ExposureKind } from '../domain/weekly-counts';
import { updateMilestonesSteps } from './milestone-counts';
import { configVersion, type StateVersions } from './request-state';
import { weekWriteSteps, type WeekWrite } from './weekly-writes';

export type { ExposureKind };

export interface ExposureWrite {
  id: string;
  kind: ExposureKind;
  enhancement: Enhancement;
  type: string;
  exampleId: string | null;
  nudgeId: string | null;
}

export interface ReplyWrite {
  userId: string;
  now: Date;
  requestId: string;
  query: string;
  topics: readonly string[];
  videos: readonly { engagementId: string; videoId: string }[];
  exposures: readonly ExposureWrite[];
  askedField: ProfileField | null;
  teaserShown: boolean;
  /** The example shown, and whether this user is seeing it for the first time (counts toward shown users). */
  example: { id: string; firstView: boolean } | null;
  nudgeId: string | null;
  /** A technique named in reply to a pre-training focus question. */
  focus: { nudgeId: string; topic: string } | null;
  /** Milestones reached for the first time by this reply; null when nothing changes. */
  milestones: MilestoneChange | null;
  /** What the reply adds to the weekly counts; null when it adds nothing (a repeat request, nothing shown). */
  week: WeekWrite | null;
  /** When the user signed up: stored with a first view of an example, for per-cohort analytics. */
  userCreatedAt: Date;
  /** The versions of the state this reply was decided on: nothing is written if either has moved. */
  decidedOn: StateVersions;
}

export interface MilestoneChange {
  firstRequest: boolean;
  /** Enhancements exposed for the first time. */
  firstExposures: readonly Enhancement[];
  /** The new holdout mask, when it grew. */
  holdoutMask: number | null;
}

const FIRST_EXPOSURE_COLUMN: Record<Enhancement, string> = {
  profile_questions: 'first_profile_questions_at',
  pattern_teasers: 'first_pattern_teasers_at',
  power_user_showcase: 'first_power_user_showcase_at',
  enhanced_nudges: 'first_enhanced_nudges_at',
  video_follow_ups: 'first_video_follow_ups_at',
};

const ASKS_COLUMN: Record<ProfileField, string> = {
  belt_level: 'belt_level_asks',
  training_frequency: 'training_frequency_asks',
  main_position: 'main_position_asks',
  training_goals: 'training_goals_asks',
};

/**
 * Everything a video reply changes, as ONE statement of data-modifying CTEs: the request, its
 * engagements, the exposures, the profile's counters and caps, the nudge / example / focus
 * bookkeeping, and the milestone and weekly counts. Fewer round trips is what keeps the request close to a trivial query in latency.
 *
 * The profile update claims the reply: it matches only while the user's state and the config are
 * at the versions the reply was decided on, and every other step writes only if it matched. Under
 * the row lock a concurrent change is seen, so a reply decided on a stale state writes nothing and
 * returns `applied = 0`; an applied one returns the profile's new state version.
 */
export function replyWriteQuery(w: ReplyWrite): SQL {
  const claimed = sql`exists (select 1 from prof)`;
  // A nudge expired by a sweep (whose clock may run ahead of this one) changes no version: checked here.
  const nudgeStillPending = w.nudgeId
    ? sql` and exists (select 1 from engagement_nudges where id = ${w.nudgeId} and user_id = ${w.userId} and status = 'pending')`
    : sql``;
  const steps: SQL[] = [
    sql`prof as (update engagement_profiles set ${sql.join(profileAssignments(w), sql`, `)}
      where user_id = ${w.userId} and state_version = ${w.decidedOn.state} and ${configVersion} = ${w.decidedOn.config}${nudgeStillPending} returning state_version)`,
    sql`req as (insert into video_requests (id, user_id, query, topics, created_at)
      select ${w.requestId}::uuid, ${w.userId}::text, ${w.query}::text, ${sql.param(w.topics)}::text[], ${w.now}::timestamptz where ${claimed})`,
    sql`eng as (insert into video_engagements (id, user_id, request_id, video_id, rank, shown_at) select * from (values ${sql.join(
      w.videos.map(
        (v, rank) =>
          sql`(${v.engagementId}::uuid, ${w.userId}::text, ${w.requestId}::uuid, ${v.videoId}::text, ${rank}::smallint, ${w.now}::timestamptz)`,
      ),
      sql`, `,
    )}) v where ${claimed})`,
  ];
  if (w.exposures.length) {
    steps.push(
      sql`expo as (insert into exposures (id, user_id, kind, enhancement, type, example_id, nudge_id, request_id, shown_at) select * from (values ${sql.join(
        w.exposures.map(
          (e) =>
            sql`(${e.id}::uuid, ${w.userId}::text, ${e.kind}::text, ${e.enhancement}::text, ${e.type}::text, ${e.exampleId}::text, ${e.nudgeId}::uuid, ${w.requestId}::uuid, ${w.now}::timestamptz)`,
        ),
        sql`, `,
      )}) v where ${claimed})`,
    );
  }
  if (w.nudgeId) {
    steps.push(sql`nudge as (update engagement_nudges set status = 'shown', shown_at = ${w.now}, request_id = ${w.requestId}
      where id = ${w.nudgeId} and user_id = ${w.userId} and ${claimed})`);
  }
  if (w.example?.firstView) {
    steps.push(
      sql`example as (update power_user_examples set shown_users = shown_users + 1 where id = ${w.example.id} and ${claimed} returning 1)`,
    );
    steps.push(sql`viewer as (insert into example_viewers (example_id, user_id, user_created_at, first_shown_at)
      select ${w.example.id}::text, ${w.userId}::text, ${w.userCreatedAt}::timestamptz, ${w.now}::timestamptz where ${claimed} on conflict do nothing)`);
  }
  if (w.milestones)
    steps.push(
      ...updateMilestonesSteps(w.userId, sql.join(milestoneAssignments(w.milestones, w.now), sql`, `), claimed),
    );
  if (w.focus) {
    steps.push(sql`focus as (update engagement_nudges set focus_topic = ${w.focus.topic}, focus_at = ${w.now}
      where id = ${w.focus.nudgeId} and user_id = ${w.userId} and ${claimed})`);
  }
  if (w.week) {
    // Weekly counts lock last: after the example's and the milestone counts' rows (weekly-writes.ts).
    const sharedFirst = [
      ...(w.example?.firstView ? ['example'] : []),
      ...(w.milestones ? ['count_out', 'count_in'] : []),
    ];
    steps.push(...weekWriteSteps(w.userId, w.week, claimed, sharedFirst));
  }
  return sql`with ${sql.join(steps, sql`, `)} select count(*)::int as applied, max(state_version)::float8 as "stateVersion" from prof`;
}

function milestoneAssignments(change: MilestoneChange, now: Date): SQL[] {
  const set: SQL[] = [];
  if (change.firstRequest) set.push(sql`first_request_at = coalesce(first_request_at, ${now})`);
  for (const enhancement of change.firstExposures) {
    const column = sql.identifier(FIRST_EXPOSURE_COLUMN[enhancement]);
    set.push(sql`${column} = coalesce(${column}, ${now})`);
  }
  if (change.firstExposures.length) set.push(sql`exposed_mask = exposed_mask | ${maskOf(change.firstExposures)}`);
  if (change.holdoutMask !== null) set.push(sql`holdout_mask = holdout_mask | ${change.holdoutMask}`);
  return set;
}

function profileAssignments(w: ReplyWrite): SQL[] {
  const set = [
    sql`request_count = request_count + 1`,
    sql`last_request_at = ${w.now}`,
    sql`last_request_day = ${utcDay(w.now)}::date`,
    sql`updated_at = ${w.now}`,
  ];
  if (w.askedField) {
    const asks = sql.identifier(ASKS_COLUMN[w.askedField]);
    set.push(sql`pending_field = ${w.askedField}`, sql`${asks} = ${asks} + 1`);
  }
  // docs/rules.md §1: chat routes only the message right after a question to it.
  set.push(w.askedField ? sql`pending_for_next_message = true` : sql`pending_for_next_message = false`);
  if (w.teaserShown) set.push(sql`last_teaser_at = ${w.now}`);
  if (w.example) set.push(sql`last_example_at = ${w.now}`);
  if (w.nudgeId) set.push(sql`last_nudge_shown_at = ${w.now}`);
  return set;
}
