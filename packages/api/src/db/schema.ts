import { sql } from 'drizzle-orm';
import {
  boolean, index, integer, pgTable, real, smallint, text, timestamp, uuid,
} from 'drizzle-orm/pg-core';

// Every timestamp is written from the service clock by our code, never by a column default,
// so the test clock and the simulator see one consistent "now".
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A user: a guest from `auth.guest`, or a host-app user first seen through a token it minted. */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name'),
  createdAt: at('created_at').notNull(),
}, (t) => [index('users_created_at_idx').on(t.createdAt)]);

/** What Prof. OS knows about a user's training, and the state of the profile conversation. */
export const engagementProfiles = pgTable('engagement_profiles', {
  userId: text('user_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
  beltLevel: text('belt_level'),
  trainingFrequency: real('training_frequency'),
  mainPosition: text('main_position'),
  trainingGoals: text('training_goals'),
  // The profile question last asked and not yet answered (RULES §1: "pending").
  pendingField: text('pending_field'),
  beltLevelAsks: smallint('belt_level_asks').notNull().default(0),
  trainingFrequencyAsks: smallint('training_frequency_asks').notNull().default(0),
  mainPositionAsks: smallint('main_position_asks').notNull().default(0),
  trainingGoalsAsks: smallint('training_goals_asks').notNull().default(0),
  conversionTips: boolean('conversion_tips').notNull().default(true),
  // Counters kept in step with their tables inside the same transactions, read on every request.
  requestCount: integer('request_count').notNull().default(0),
  sessionCount: integer('session_count').notNull().default(0),
  updatedAt: at('updated_at').notNull(),
});

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

export const videoRequests = pgTable('video_requests', {
  id: uuid('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  query: text('query').notNull(),
  topics: text('topics').array().notNull(),
  createdAt: at('created_at').notNull(),
}, (t) => [index('video_requests_user_time_idx').on(t.userId, t.createdAt.desc())]);

/** One row per video shown in a reply: the unit clicks and feedback attach to. */
export const videoEngagements = pgTable('video_engagements', {
  id: uuid('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  requestId: uuid('request_id').notNull().references(() => videoRequests.id, { onDelete: 'cascade' }),
  videoId: text('video_id').notNull().references(() => videos.id),
  rank: smallint('rank').notNull(),
  shownAt: at('shown_at').notNull(),
  clickedAt: at('clicked_at'),
  feedback: text('feedback'),
  feedbackAt: at('feedback_at'),
}, (t) => [
  index('video_engagements_user_shown_idx').on(t.userId, t.shownAt.desc()),
  index('video_engagements_request_idx').on(t.requestId),
  // Ranking reads a user's feedback on every request.
  index('video_engagements_user_feedback_idx').on(t.userId).where(sql`${t.feedback} is not null`),
]);

export const trainingSessions = pgTable('training_sessions', {
  id: uuid('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  topics: text('topics').array().notNull(),
  trainedAt: at('trained_at').notNull(),
  createdAt: at('created_at').notNull(),
}, (t) => [
  index('training_sessions_user_trained_idx').on(t.userId, t.trainedAt.desc()),
  index('training_sessions_user_created_idx').on(t.userId, t.createdAt.desc()),
]);
