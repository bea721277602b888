import { sql, type SQL } from 'drizzle-orm';
import { DAY_MS, WEEK_MS } from '../clock';
import type { ExampleText } from '../domain/example-content';
import type { Enhancement, NudgeType } from '../domain/enhancements';
import type { PendingNudge } from '../domain/nudge-choice';
import type { ShownFor } from '../domain/repeat-question';
import { SHOWCASE_EVERY, type ExampleStats } from '../domain/showcase';

export interface ActiveExample extends ExampleStats, ExampleText {
  exampleType: string;
}

/** The profile fields a request decides from. */
export interface RequestProfile {
  beltLevel: string | null;
  trainingFrequency: number | null;
  mainPosition: string | null;
  trainingGoals: string | null;
  beltLevelAsks: number;
  trainingFrequencyAsks: number;
  mainPositionAsks: number;
  trainingGoalsAsks: number;
  conversionTips: boolean;
  requestCount: number;
  sessionCount: number;
  lastTeaserAt: Date | null;
  lastExampleAt: Date | null;
  lastNudgeShownAt: Date | null;
}

/** Everything one video request decides from, read in a single statement that also locks the profile. */
export interface RequestState {
  profile: RequestProfile;
  /** Topics of the user's previous requests, newest first (up to 9: with this one, the last 10). */
  recentTopics: string[][];
  /** The user's last 10 requests, newest first: the topics each asked and the videos it showed. */
  recentRequests: ShownFor[];
  /** The user's latest feedback per video, newest first. */
  feedback: { videoId: string; feedback: 'helpful' | 'not_helpful' }[];
  /** Read only when this request is a showcase turn (a multiple of 5, no sessions logged). */
  activeExamples: ActiveExample[];
  exampleViews: Map<string, number>;
  /** Pending nudges created in the week before the read; which may be shown is decided at use. */
  pendingNudges: PendingNudge[];
  /** A pre-training focus question shown in the last 48 h and not yet answered. */
  openFocusNudgeId: string | null;
  /** Holdout percentage per enhancement (absent: 0). */
  holdoutPercents: Partial<Record<Enhancement, number>>;
  milestones: RequestMilestones;
  week: UserWeek | null;
  /** engagement_profiles.state_version and service_config.version as read: a write decided on this state checks both. */
  versions: StateVersions;
}

/** A user_weeks row: the Monday of the week (YYYY-MM-DD) and the bits set for it. */
export interface UserWeek {
  start: string;
  mask: number;
}

export interface StateVersions {
  state: number;
  config: number;
}

/** The milestones a reply may set for the first time; null when not reached yet. */
export interface RequestMilestones {
  firstRequestAt: string | null;
  firstProfileQuestionsAt: string | null;
  firstPatternTeasersAt: string | null;
  firstPowerUserShowcaseAt: string | null;
  firstEnhancedNudgesAt: string | null;
  firstVideoFollowUpsAt: string | null;
  holdoutMask: number;
  userCreatedAt: string;
}

// The limits are written into the SQL, not sent as parameters: the hot path runs generic plans
// (db/client.ts), and a generic plan that cannot see a limit may scan and sort all of a user's rows.
const RECENT_REQUESTS = 9;
// "Avoids repeating what the user saw in their last few requests": ten, so a topic asked again a
// week later still brings fresh videos while the library has them.
export const REPEAT_WINDOW_REQUESTS = 10;
const FEEDBACK_LIMIT = 200;
export const FOCUS_REPLY_WINDOW_MS = 2 * DAY_MS;

/** The version of the holdouts and example library; 0 before any change. */
export const configVersion = sql`coalesce((select c.version from service_config c where c.id = 1), 0)`;

/**
 * Locks the user's profile row for the transaction: this serialises one user's concurrent requests,
 * which is what makes the weekly caps atomic. It is a statement of its own, before the read, so the
 * read's snapshot is taken after the lock is granted and sees what the previous request committed.
 */
export function lockProfileQuery(userId: string): SQL {
  return sql`select 1 as locked from engagement_profiles where user_id = ${userId} for update`;
}

/**
 * The state as ONE json value, so both drivers hand back identical shapes. Windows that depend on
 * "now" are read generously and narrowed at use (parseRequestState), so a state cached after one
 * request is still right for the user's next one, whenever it comes.
 */
export function requestStateQuery(userId: string, now: Date): SQL {
  const weekAgo = new Date(now.getTime() - WEEK_MS);
  // showcaseDue (domain/showcase.ts) for the request after this one, in SQL.
  const showcaseTurn = sql`(p.request_count + 1) % ${sql.raw(String(SHOWCASE_EVERY))} = 0 and p.session_count = 0`;
  return sql`
    select json_build_object(
      'profile', json_build_object(
        'beltLevel', p.belt_level, 'trainingFrequency', p.training_frequency, 'mainPosition', p.main_position,
        'trainingGoals', p.training_goals, 'beltLevelAsks', p.belt_level_asks, 'trainingFrequencyAsks', p.training_frequency_asks,
        'mainPositionAsks', p.main_position_asks, 'trainingGoalsAsks', p.training_goals_asks, 'conversionTips', p.conversion_tips,
        'requestCount', p.request_count, 'sessionCount', p.session_count, 'lastTeaserAt', p.last_teaser_at,
        'lastExampleAt', p.last_example_at, 'lastNudgeShownAt', p.last_nudge_shown_at),
      -- The last requests, newest first, each with the videos it showed (an index lookup per request).
      'recentRequests', (
        select json_agg(json_build_object('topics', r.topics, 'at', r.created_at, 'videoIds', (
          select coalesce(json_agg(e.video_id order by e.rank), '[]'::json) from video_engagements e where e.request_id = r.id)
        ) order by r.created_at desc) from (
          select id, topics, created_at from video_requests where user_id = ${userId}
          order by created_at desc limit ${sql.raw(String(REPEAT_WINDOW_REQUESTS))}) r),
      'feedback', (
        select json_agg(json_build_object('videoId', f.video_id, 'feedback', f.feedback) order by f.feedback_at desc) from (
          select video_id, feedback, feedback_at from video_engagements
          where user_id = ${userId} and feedback is not null order by feedback_at desc limit ${sql.raw(String(FEEDBACK_LIMIT))}) f),
      'activeExamples', case when ${showcaseTurn} then (
        select json_agg(json_build_object('id', x.id, 'effectivenessScore', x.effectiveness_score, 'shownUsers', x.shown_users,
          'conversions', x.conversions, 'exampleType', x.example_type, 'userQuestion', x.user_question,
          'profResponseSummary', x.prof_response_summary, 'outcome', x.outcome) order by x.id)
        from power_user_examples x where x.active) end,
      'exampleViews', case when ${showcaseTurn} then (
        select json_object_agg(v.example_id, v.n) from (
          select example_id, count(*)::int as n from exposures
          where user_id = ${userId} and example_id is not null group by example_id) v) end,
      'pendingNudges', (
        select json_agg(json_build_object('id', n.id, 'type', n.nudge_type, 'content', n.content, 'createdAt', n.created_at))
        from engagement_nudges n
        where n.user_id = ${userId} and n.status = 'pending' and n.created_at >= ${weekAgo}),
      'openFocusNudge', (
        select json_build_object('id', n.id, 'shownAt', n.shown_at) from engagement_nudges n
        where n.user_id = ${userId} and n.nudge_type = 'pre_training_focus' and n.status = 'shown' and n.focus_topic is null
          and n.shown_at > ${new Date(now.getTime() - FOCUS_REPLY_WINDOW_MS)}
        order by n.shown_at desc limit 1),
      'holdoutPercents', (select json_object_agg(x.enhancement, x.holdout_percent) from experiments x),
      'milestones', (
        select json_build_object('firstRequestAt', m.first_request_at, 'firstProfileQuestionsAt', m.first_profile_questions_at,
          'firstPatternTeasersAt', m.first_pattern_teasers_at, 'firstPowerUserShowcaseAt', m.first_power_user_showcase_at,
          'firstEnhancedNudgesAt', m.first_enhanced_nudges_at, 'firstVideoFollowUpsAt', m.first_video_follow_ups_at,
          'holdoutMask', m.holdout_mask, 'userCreatedAt', m.created_at)
        from user_milestones m where m.user_id = p.user_id),
      'week', (
        select json_build_object('start', w.week, 'mask', w.mask) from user_weeks w
        where w.user_id = p.user_id order by w.week desc limit 1),
      'versions', json_build_object('state', p.state_version, 'config', ${configVersion})
    ) as state
    from engagement_profiles p where p.user_id = ${userId}`;
}

export interface RecentRequest {
  topics: string[];
  videoIds: string[];
  at: string;
}
type Json<T> = { [K in keyof T]: T[K] extends Date | null ? string | null : T[K] };
interface RawState {
  profile: Json<RequestProfile>;
  /** Up to REPEAT_WINDOW_REQUESTS, newest first. */
  recentRequests: RecentRequest[] | null;
  feedback: RequestState['feedback'] | null;
  activeExamples: ActiveExample[] | null;
  exampleViews: Record<string, number> | null;
  pendingNudges: { id: string; type: NudgeType; content: string; createdAt: string }[] | null;
  openFocusNudge: { id: string; shownAt: string } | null;
  holdoutPercents: Partial<Record<Enhancement, number>> | null;
  milestones: RequestMilestones;
  /** The user's latest week row (user_weeks): what they already count for in that week. */
  week: UserWeek | null;
  versions: StateVersions;
}

/** Where each enhancement's first exposure is kept among the milestones. */
export const FIRST_EXPOSURE_MILESTONE = {
  profile_questions: 'firstProfileQuestionsAt',
  pattern_teasers: 'firstPatternTeasersAt',
  power_user_showcase: 'firstPowerUserShowcaseAt',
  enhanced_nudges: 'firstEnhancedNudgesAt',
  video_follow_ups: 'firstVideoFollowUpsAt',
} as const satisfies Record<Enhancement, keyof RequestMilestones>;

const date = (value: string | null) => (value === null ? null : new Date(value));

/** The state as it stands at `now` (no earlier than the read: a cache never serves a moved-back clock). */
export function parseRequestState(raw: RawState, now: Date): RequestState {
  const focus = raw.openFocusNudge;
  const { profile } = raw;
  return {
    profile: {
      ...profile,
      lastTeaserAt: date(profile.lastTeaserAt),
      lastExampleAt: date(profile.lastExampleAt),
      lastNudgeShownAt: date(profile.lastNudgeShownAt),
    },
    recentTopics: (raw.recentRequests ?? []).slice(0, RECENT_REQUESTS).map((r) => r.topics),
    recentRequests: raw.recentRequests ?? [],
    feedback: raw.feedback ?? [],
    activeExamples: raw.activeExamples ?? [],
    exampleViews: new Map(Object.entries(raw.exampleViews ?? {})),
    pendingNudges: (raw.pendingNudges ?? []).map((n) => ({ ...n, createdAt: new Date(n.createdAt) })),
    openFocusNudgeId: focus && now.getTime() - Date.parse(focus.shownAt) < FOCUS_REPLY_WINDOW_MS ? focus.id : null,
    holdoutPercents: raw.holdoutPercents ?? {},
    milestones: raw.milestones,
    week: raw.week,
    versions: raw.versions,
  };
}

export type { RawState };
