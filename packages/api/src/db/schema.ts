import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgSequence,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Every timestamp is written from the service clock by our code, never by a column default,
// so the test clock and the simulator see one consistent "now".
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Every state version (profiles' and the config's) comes from here, so none is ever handed out twice. */
export const stateVersions = pgSequence('state_versions');

/** A user: a guest from `auth.guest`, or a host-app user first seen through a token it minted. */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name'),
    createdAt: at('created_at').notNull(),
    /** Tokens issued with an older version are refused: `auth.logout` moves it on. */
    tokenVersion: integer('token_version').notNull().default(0),
  },
  (t) => [index('users_created_at_idx').on(t.createdAt)],
);

/** What Prof. OS knows about a user's training, and the state of the profile conversation. */
export const engagementProfiles = pgTable(
  'engagement_profiles',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    beltLevel: text('belt_level'),
    trainingFrequency: real('training_frequency'),
    mainPosition: text('main_position'),
    trainingGoals: text('training_goals'),
    // The profile question last asked and not yet answered (docs/rules.md §1: "pending").
    pendingField: text('pending_field'),
    /** The pending question was asked in the latest reply: chat routes only the next message to it (docs/rules.md §1). */
    pendingForNextMessage: boolean('pending_for_next_message').notNull().default(false),
    beltLevelAsks: smallint('belt_level_asks').notNull().default(0),
    trainingFrequencyAsks: smallint('training_frequency_asks').notNull().default(0),
    mainPositionAsks: smallint('main_position_asks').notNull().default(0),
    trainingGoalsAsks: smallint('training_goals_asks').notNull().default(0),
    conversionTips: boolean('conversion_tips').notNull().default(true),
    // Counters kept in step with their tables inside the same transactions, read on every request.
    requestCount: integer('request_count').notNull().default(0),
    sessionCount: integer('session_count').notNull().default(0),
    lastRequestAt: at('last_request_at'),
    /**
     * The UTC day of last_request_at, for the discovery sweep's index. Every request sets
     * last_request_at; this changes at most daily, so the per-request update touches no indexed
     * column and stays a HOT update (no index writes, dead versions pruned without a vacuum).
     */
    lastRequestDay: date('last_request_day', { mode: 'string' }),
    lastSessionAt: at('last_session_at'),
    // Weekly caps (docs/rules.md §2–5): claimed under the profile row lock in the request's transaction.
    lastTeaserAt: at('last_teaser_at'),
    lastExampleAt: at('last_example_at'),
    lastNudgeShownAt: at('last_nudge_shown_at'),
    updatedAt: at('updated_at').notNull(),
    /**
     * Bumped by a trigger on every change to what a video request decides from: this row, the user's
     * feedback, new nudges (migration 0010). A request decided on a cached state writes only if the
     * version is still the one it decided on (services/request-state-cache.ts).
     */
    stateVersion: bigint('state_version', { mode: 'number' })
      .notNull()
      .default(sql`nextval('state_versions')`),
  },
  (t) => [
    // The daily sweeps: recent requesters who never logged, and loggers who went quiet.
    index('engagement_profiles_video_only_idx')
      .on(t.lastRequestDay)
      .where(sql`${t.sessionCount} = 0`),
    index('engagement_profiles_loggers_idx')
      .on(t.lastSessionAt)
      .where(sql`${t.sessionCount} > 0`),
  ],
);

export const videos = pgTable('videos', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  instructor: text('instructor').notNull(),
  topics: text('topics').array().notNull(),
  belts: text('belts').array().notNull(),
  attire: text('attire').notNull(),
  description: text('description').notNull(),
  url: text('url').notNull(),
});

// Every "newest first" index is DESC NULLS FIRST: that is what `order by x desc` means, and Postgres
// walks an index for an ORDER BY only when the nulls order matches too, NOT NULL column or not.
// (drizzle's desc() alone says NULLS LAST, which left these lookups reading and sorting every row.)
export const videoRequests = pgTable(
  'video_requests',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    query: text('query').notNull(),
    topics: text('topics').array().notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('video_requests_user_time_idx').on(t.userId, t.createdAt.desc().nullsFirst())],
);

/** One row per video shown in a reply: the unit clicks and feedback attach to. */
export const videoEngagements = pgTable(
  'video_engagements',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => videoRequests.id, { onDelete: 'cascade' }),
    videoId: text('video_id')
      .notNull()
      .references(() => videos.id),
    rank: smallint('rank').notNull(),
    shownAt: at('shown_at').notNull(),
    clickedAt: at('clicked_at'),
    feedback: text('feedback'),
    feedbackAt: at('feedback_at'),
  },
  (t) => [
    index('video_engagements_user_shown_idx').on(t.userId, t.shownAt.desc().nullsFirst()),
    index('video_engagements_request_idx').on(t.requestId),
    // Ranking reads a user's feedback on every request.
    index('video_engagements_user_feedback_idx')
      .on(t.userId)
      .where(sql`${t.feedback} is not null`),
    // The hourly follow-up sweep scans clicks in a time window that have no feedback yet.
    index('video_engagements_unrated_clicks_idx')
      .on(t.clickedAt)
      .where(sql`${t.clickedAt} is not null and ${t.feedback} is null`),
  ],
);

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    topics: text('topics').array().notNull(),
    trainedAt: at('trained_at').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('training_sessions_user_trained_idx').on(t.userId, t.trainedAt.desc().nullsFirst()),
    index('training_sessions_user_created_idx').on(t.userId, t.createdAt.desc().nullsFirst()),
  ],
);

/** The power-user example library (docs/rules.md §3), seeded with the spec's five and editable by admins. */
export const powerUserExamples = pgTable('power_user_examples', {
  id: text('id').primaryKey(),
  exampleType: text('example_type').notNull(),
  userQuestion: text('user_question').notNull(),
  profResponseSummary: text('prof_response_summary').notNull(),
  outcome: text('outcome').notNull(),
  effectivenessScore: smallint('effectiveness_score').notNull(),
  active: boolean('active').notNull().default(true),
  // Thompson sampling reads these on every showcase; kept in step transactionally with exposures
  // and conversions instead of aggregating the exposure table each time.
  shownUsers: integer('shown_users').notNull().default(0),
  conversions: integer('conversions').notNull().default(0),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

/** Every touchpoint shown to a user: the unit analytics attributes conversions to (docs/rules.md §6). */
export const exposures = pgTable(
  'exposures',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    enhancement: text('enhancement').notNull(),
    type: text('type').notNull(),
    exampleId: text('example_id').references(() => powerUserExamples.id),
    nudgeId: uuid('nudge_id'),
    requestId: uuid('request_id').references(() => videoRequests.id, { onDelete: 'cascade' }),
    shownAt: at('shown_at').notNull(),
  },
  (t) => [
    index('exposures_user_shown_idx').on(t.userId, t.shownAt.desc().nullsFirst()),
    index('exposures_user_example_idx')
      .on(t.userId, t.exampleId)
      .where(sql`${t.exampleId} is not null`),
  ],
);

/** Nudges waiting to be delivered inside a video reply (docs/rules.md §4). */
export const engagementNudges = pgTable(
  'engagement_nudges',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    nudgeType: text('nudge_type').notNull(),
    // Whatever created the nudge names it uniquely, so re-running a sweep creates nothing new.
    sourceKey: text('source_key').notNull(),
    content: text('content').notNull(),
    status: text('status').notNull().default('pending'),
    createdAt: at('created_at').notNull(),
    shownAt: at('shown_at'),
    requestId: uuid('request_id'),
    // pre_training_focus: what the user said they'd work on, and when.
    focusTopic: text('focus_topic'),
    focusAt: at('focus_at'),
  },
  (t) => [
    uniqueIndex('engagement_nudges_source_key_idx').on(t.sourceKey),
    index('engagement_nudges_pending_idx')
      .on(t.userId, t.createdAt.desc().nullsFirst())
      .where(sql`${t.status} = 'pending'`),
    index('engagement_nudges_user_type_idx').on(t.userId, t.nudgeType, t.createdAt.desc().nullsFirst()),
    index('engagement_nudges_focus_idx')
      .on(t.focusAt)
      .where(sql`${t.focusAt} is not null`),
  ],
);

/** The sweep ledger: one row per sweep and due slot; claiming the row is what makes a run single. */
export const jobRuns = pgTable(
  'job_runs',
  {
    sweep: text('sweep').notNull(),
    dueAt: at('due_at').notNull(),
    startedAt: at('started_at').notNull(),
    startedBy: text('started_by').notNull(),
    finishedAt: at('finished_at'),
    processed: integer('processed'),
    created: integer('created'),
  },
  (t) => [primaryKey({ columns: [t.sweep, t.dueAt] })],
);

/** Holdout percentage per enhancement (docs/rules.md §6); a missing row means 0. */
export const experiments = pgTable('experiments', {
  enhancement: text('enhancement').primaryKey(),
  holdoutPercent: real('holdout_percent').notNull(),
  updatedAt: at('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});

/**
 * One row: bumped by triggers whenever the holdouts or the example library change, so a cached
 * request state that predates the change is never acted on (see engagement_profiles.state_version).
 */
export const serviceConfig = pgTable('service_config', {
  id: smallint('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});

/** Every change an admin made to a holdout, with who and when. */
export const experimentChanges = pgTable(
  'experiment_changes',
  {
    id: uuid('id').primaryKey(),
    enhancement: text('enhancement').notNull(),
    previousPercent: real('previous_percent').notNull(),
    holdoutPercent: real('holdout_percent').notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: at('changed_at').notNull(),
  },
  (t) => [index('experiment_changes_time_idx').on(t.changedAt.desc().nullsFirst())],
);

/**
 * Per-user milestones, maintained in the same transactions as the events they summarise, so the
 * funnel and metrics read one narrow row per user instead of scanning event tables (issue 5).
 * `first_<enhancement>_at` is the first exposure to it; masks have one bit per enhancement in
 * ENHANCEMENTS order.
 */
export const userMilestones = pgTable(
  'user_milestones',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull(),
    firstRequestAt: at('first_request_at'),
    firstProfileQuestionsAt: at('first_profile_questions_at'),
    firstPatternTeasersAt: at('first_pattern_teasers_at'),
    firstPowerUserShowcaseAt: at('first_power_user_showcase_at'),
    firstEnhancedNudgesAt: at('first_enhanced_nudges_at'),
    firstVideoFollowUpsAt: at('first_video_follow_ups_at'),
    firstSessionAt: at('first_session_at'),
    // Enhancements exposed at least once: the first_*_at above as bits, so analytics can group on it.
    exposedMask: smallint('exposed_mask').notNull().default(0),
    // Enhancements this user is held out of; once set, a bit stays set (sticky assignment).
    holdoutMask: smallint('holdout_mask').notNull().default(0),
    // Enhancements with an exposure in the 14 days before the first session (docs/rules.md §6 attribution).
    creditedMask: smallint('credited_mask').notNull().default(0),
    // The last example shown before converting, within 14 days (last touch among examples).
    creditedExampleId: text('credited_example_id'),
  },
  (t) => [
    index('user_milestones_created_idx').on(t.createdAt),
    // Per-example credited conversions for a sign-up range read only the credited users.
    index('user_milestones_credited_created_idx')
      .on(t.createdAt, t.creditedExampleId)
      .where(sql`${t.creditedExampleId} is not null`),
  ],
);

/**
 * One narrow row per converted user, written at the first session and kept current by later ones:
 * time to first log, power-user status and recency without scanning every user.
 */
export const userConversions = pgTable(
  'user_conversions',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull(),
    firstSessionAt: at('first_session_at').notNull(),
    daysToFirstLog: doublePrecision('days_to_first_log').notNull(),
    fifthSessionAt: at('fifth_session_at'),
    lastSessionAt: at('last_session_at').notNull(),
    /**
     * Days from the first video request to the first session, for users whose first activity was a
     * video request (no session before it); null for everyone else. The spec's video-only conversion.
     */
    requestToFirstLogDays: doublePrecision('request_to_first_log_days'),
  },
  (t) => [index('user_conversions_created_idx').on(t.createdAt)],
);

/** The first time each user saw each example: "users shown" per example, filterable by signup date. */
export const exampleViewers = pgTable(
  'example_viewers',
  {
    exampleId: text('example_id')
      .notNull()
      .references(() => powerUserExamples.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    userCreatedAt: at('user_created_at').notNull(),
    firstShownAt: at('first_shown_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.exampleId, t.userId] }), index('example_viewers_created_idx').on(t.userCreatedAt)],
);

/**
 * How many users sit in each combination of milestone keys, per sign-up day and shard: the funnel
 * and metrics read these few thousand rows instead of a million. Every change of a user's keys
 * moves them from one row to another in the same statement (services/milestone-counts.ts); the
 * shard (a hash of the user id) spreads concurrent sign-ups of one day over several rows.
 */
export const milestoneCounts = pgTable(
  'milestone_counts',
  {
    cohortDay: date('cohort_day', { mode: 'string' }).notNull(),
    shard: smallint('shard').notNull(),
    requested: boolean('requested').notNull(),
    converted: boolean('converted').notNull(),
    exposedMask: smallint('exposed_mask').notNull(),
    holdoutMask: smallint('holdout_mask').notNull(),
    creditedMask: smallint('credited_mask').notNull(),
    users: integer('users').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'milestone_counts_pk',
      columns: [t.cohortDay, t.shard, t.requested, t.converted, t.exposedMask, t.holdoutMask, t.creditedMask],
    }),
  ],
);

/**
 * What one user did in one ISO week (UTC, keyed by its Monday), as bits (domain/weekly-counts.ts):
 * asked for videos, was shown each enhancement (before converting or not), converted after a
 * showing that week. Written in the same statement as the events, under the user's profile lock,
 * so each count of distinct users in weekly_counts moves exactly once per user and week — and a
 * user's contribution to those counts can be taken back out (services/analytics/weekly-contributions.ts).
 */
export const userWeeks = pgTable(
  'user_weeks',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    week: date('week', { mode: 'string' }).notNull(),
    mask: integer('mask').notNull(),
  },
  (t) => [primaryKey({ name: 'user_weeks_pk', columns: [t.userId, t.week] })],
);

/**
 * Counts per ISO week (keyed by its Monday), metric and key (domain/weekly-counts.ts), kept in the
 * same transaction as each event, so analytics.weekly reads a few thousand rows and never scans
 * events. Sharded by user like milestone_counts. Every transaction updates these rows last and in
 * key order, after any other shared count row, so two transactions never wait on each other in a cycle.
 */
export const weeklyCounts = pgTable(
  'weekly_counts',
  {
    week: date('week', { mode: 'string' }).notNull(),
    shard: smallint('shard').notNull(),
    metric: text('metric').notNull(),
    key: text('key').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ name: 'weekly_counts_pk', columns: [t.week, t.shard, t.metric, t.key] })],
);

/**
 * Where the test clock stands (PROFOS_TEST_CLOCK=1), as an offset from the machine's time: one row,
 * so a restart resumes the clock where it was (downtime ticks by, as real time does).
 */
export const testClockState = pgTable('test_clock', {
  id: smallint('id').primaryKey(),
  offsetMs: bigint('offset_ms', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Points consumed per key in the current window, shared by every instance (rate-limiter-flexible's Drizzle store). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
  expire: timestamp('expire', { withTimezone: true, mode: 'date' }),
});
