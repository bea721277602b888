import { WEEK_MS } from '../clock';
import { showcaseDue } from '../domain/showcase';
import type { ProfileField } from '../domain/profile-answers';
import type { MilestoneChange } from './reply-writes';
import type { WeekWrite } from './weekly-writes';
import {
  FIRST_EXPOSURE_MILESTONE,
  FOCUS_REPLY_WINDOW_MS,
  REPEAT_WINDOW_REQUESTS,
  type RawState,
} from './request-state';

// A repeat video request is one round trip because the user's state is cached. Reading that state
// back after each write was a third of what the request cost Postgres; instead the state the write
// leaves is worked out here from the state it was decided on and what it wrote, and the write
// returns only the new state version. It is exactly what requestStateQuery would read at `now`
// (state-after-reply.test.ts checks that against the database, request after request), and it is
// trusted no further than any cached state: a write decided on it applies only at that version.

/** What one reply wrote, as far as the request state is concerned. */
export interface ReplyChange {
  topics: readonly string[];
  videoIds: readonly string[];
  askedField: ProfileField | null;
  teaserShown: boolean;
  exampleId: string | null;
  nudgeId: string | null;
  /** A pre-training focus was recorded on the open focus question. */
  focusRecorded: boolean;
  milestones: MilestoneChange | null;
  week: WeekWrite | null;
}

const ASKS: Record<ProfileField, 'beltLevelAsks' | 'trainingFrequencyAsks' | 'mainPositionAsks' | 'trainingGoalsAsks'> =
  {
    belt_level: 'beltLevelAsks',
    training_frequency: 'trainingFrequencyAsks',
    main_position: 'mainPositionAsks',
    training_goals: 'trainingGoalsAsks',
  };

/**
 * The state after the reply, its state version still the old one (the write returns the new), or
 * null when it cannot be known without reading: the next request is a showcase turn (it decides
 * from the examples' current counts), a focus was recorded (an older question could reopen), or
 * this request is not the newest (a clock behind another instance's, or a tie to the millisecond:
 * where it sorts among the others is the database's to say).
 */
export function stateAfterReply(raw: RawState, change: ReplyChange, now: Date): RawState | null {
  const requestCount = raw.profile.requestCount + 1;
  if (showcaseDue(requestCount + 1, raw.profile.sessionCount) || change.focusRecorded) return null;
  const earlier = raw.recentRequests ?? [];
  if (earlier.length && Date.parse(earlier[0]!.at) >= now.getTime()) return null;
  const at = now.toISOString();
  const profile = { ...raw.profile, requestCount };
  if (change.askedField) profile[ASKS[change.askedField]] += 1;
  if (change.teaserShown) profile.lastTeaserAt = at;
  if (change.exampleId) profile.lastExampleAt = at;
  if (change.nudgeId) profile.lastNudgeShownAt = at;

  const shown = change.nudgeId ? raw.pendingNudges?.find((n) => n.id === change.nudgeId) : undefined;
  const pending = (raw.pendingNudges ?? []).filter(
    (n) => n.id !== change.nudgeId && now.getTime() - Date.parse(n.createdAt) <= WEEK_MS,
  );
  const focus =
    shown?.type === 'pre_training_focus'
      ? { id: shown.id, shownAt: at }
      : raw.openFocusNudge && now.getTime() - Date.parse(raw.openFocusNudge.shownAt) < FOCUS_REPLY_WINDOW_MS
        ? raw.openFocusNudge
        : null;

  return {
    ...raw,
    profile,
    recentRequests: [{ topics: [...change.topics], videoIds: [...change.videoIds], at }, ...earlier].slice(
      0,
      REPEAT_WINDOW_REQUESTS,
    ),
    activeExamples: null,
    exampleViews: null,
    pendingNudges: pending.length ? pending : null,
    openFocusNudge: focus,
    milestones: milestonesAfter(raw.milestones, change.milestones, at),
    week: weekAfter(raw.week, change.week),
  };
}

/** The user's latest week row after the write: this request's week, with the bits it set. */
function weekAfter(latest: RawState['week'], write: WeekWrite | null): RawState['week'] {
  if (!write?.bits) return latest;
  // The request is the user's newest (checked above), so no row is for a later week than its own.
  const before = latest?.start === write.week ? latest.mask : 0;
  return { start: write.week, mask: before | write.bits };
}

function milestonesAfter(
  m: RawState['milestones'],
  change: MilestoneChange | null,
  at: string,
): RawState['milestones'] {
  if (!change) return m;
  const next = { ...m };
  if (change.firstRequest) next.firstRequestAt ??= at;
  for (const enhancement of change.firstExposures) next[FIRST_EXPOSURE_MILESTONE[enhancement]] ??= at;
  if (change.holdoutMask !== null) next.holdoutMask |= change.holdoutMask;
  return next;
}
