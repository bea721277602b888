import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../src/clock';
import type { Enhancement } from '../src/domain/enhancements';
import { pickNudge, type PendingNudge } from '../src/domain/nudge-choice';
import { nextProfileQuestion } from '../src/domain/profile-questions';
import { seededRandom } from '../src/domain/random';
import { planTouchpoints, type TouchpointInput } from '../src/domain/touchpoints';

const now = new Date('2026-11-25T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const nudge = (id: string, type: PendingNudge['type'], age: number): PendingNudge => ({
  id,
  type,
  content: id,
  createdAt: ago(age),
});

describe('pickNudge (docs/rules.md §4)', () => {
  it("follow-ups tied to the user's own action go first, then the newest", () => {
    const pending = [
      nudge('disc', 'discover_session_logging_v1', HOUR_MS),
      nudge('follow', 'video_follow_up', 3 * DAY_MS),
      nudge('post', 'post_training_follow_up', 2 * DAY_MS),
    ];
    expect(pickNudge(pending, now)?.id).toBe('post');
    expect(
      pickNudge(
        [nudge('old', 'pre_training_focus', 2 * DAY_MS), nudge('new', 'discover_session_logging_v2', DAY_MS)],
        now,
      )?.id,
    ).toBe('new');
  });

  it('a nudge pending for over 7 days has expired', () => {
    expect(pickNudge([nudge('stale', 'video_follow_up', 7 * DAY_MS + 1)], now)).toBeNull();
    expect(pickNudge([nudge('fresh', 'video_follow_up', 7 * DAY_MS - 1)], now)?.id).toBe('fresh');
  });
});

describe('nextProfileQuestion (docs/rules.md §1)', () => {
  const unknown = { belt_level: false, training_frequency: false, main_position: false, training_goals: false };
  const none = { belt_level: 0, training_frequency: 0, main_position: 0, training_goals: 0 };
  it.each([
    [1, unknown, none, 'belt_level'],
    [2, { ...unknown, belt_level: true }, none, 'training_frequency'],
    [3, unknown, { ...none, belt_level: 2 }, 'training_frequency'],
    [
      4,
      { belt_level: true, training_frequency: true, main_position: true, training_goals: false },
      none,
      'training_goals',
    ],
    [5, unknown, none, null],
    [2, { belt_level: true, training_frequency: true, main_position: true, training_goals: true }, none, null],
    [3, unknown, { belt_level: 2, training_frequency: 2, main_position: 2, training_goals: 2 }, null],
  ] as const)('request %i → %s', (count, known, asks, expected) => {
    expect(nextProfileQuestion(count, { known: { ...known }, asks: { ...asks } })).toBe(expected);
  });
});

describe('planTouchpoints (docs/rules.md §5)', () => {
  const base: TouchpointInput = {
    now,
    requestCount: 5,
    sessionCount: 0,
    conversionTips: true,
    holdouts: new Set(),
    profile: {
      known: { belt_level: true, training_frequency: true, main_position: true, training_goals: true },
      asks: { belt_level: 0, training_frequency: 0, main_position: 0, training_goals: 0 },
    },
    recentTopics: [['triangle'], ['triangle'], ['triangle']],
    lastTeaserAt: null,
    lastExampleAt: null,
    lastNudgeShownAt: null,
    activeExamples: [{ id: 'a', effectivenessScore: 9, shownUsers: 0, conversions: 0 }],
    exampleViews: new Map(),
    pendingNudges: [nudge('n', 'video_follow_up', HOUR_MS)],
    random: seededRandom(1),
  };
  const kinds = (input: Partial<TouchpointInput>) => {
    const plan = planTouchpoints({ ...base, ...input });
    return [plan.teaser && 'teaser', plan.example && 'example', plan.nudge && 'nudge'].filter(Boolean);
  };

  it('at most one of teaser > example > nudge', () => {
    expect(kinds({})).toEqual(['teaser']);
    expect(kinds({ lastTeaserAt: ago(DAY_MS) })).toEqual(['example']);
    expect(kinds({ lastTeaserAt: ago(DAY_MS), lastExampleAt: ago(DAY_MS) })).toEqual(['nudge']);
    expect(kinds({ lastTeaserAt: ago(DAY_MS), lastExampleAt: ago(DAY_MS), lastNudgeShownAt: ago(6 * DAY_MS) })).toEqual(
      [],
    );
  });

  it('weekly caps are a rolling 7 × 24 h', () => {
    expect(kinds({ lastTeaserAt: ago(7 * DAY_MS - 1) })).toEqual(['example']);
    expect(kinds({ lastTeaserAt: ago(7 * DAY_MS) })).toEqual(['teaser']);
  });

  it('a profile question may ride along with another touchpoint', () => {
    const plan = planTouchpoints({
      ...base,
      requestCount: 3,
      profile: { ...base.profile, known: { ...base.profile.known, main_position: false } },
    });
    expect(plan.profileQuestion).toBe('main_position');
    expect(plan.teaser?.type).toBe('repeated_technique');
  });

  it('opting out stops every conversion prompt', () => {
    const plan = planTouchpoints({
      ...base,
      requestCount: 1,
      conversionTips: false,
      profile: { ...base.profile, known: { ...base.profile.known, belt_level: false } },
    });
    expect(plan).toEqual({ profileQuestion: null, teaser: null, example: null, nudge: null });
  });

  it.each([
    ['pattern_teasers', ['example']],
    ['power_user_showcase', ['teaser']],
  ] as [Enhancement, string[]][])('a %s holdout never gets it, and still gets the rest', (holdout, expected) => {
    expect(kinds({ holdouts: new Set([holdout]) })).toEqual(expected);
  });

  it('holdouts apply to nudges by their enhancement', () => {
    const quiet = { lastTeaserAt: ago(DAY_MS), lastExampleAt: ago(DAY_MS) };
    expect(kinds({ ...quiet, holdouts: new Set(['video_follow_ups']) })).toEqual([]);
    expect(kinds({ ...quiet, holdouts: new Set(['enhanced_nudges']) })).toEqual(['nudge']);
  });

  it('never shows an example to a user who logged a session', () => {
    expect(kinds({ lastTeaserAt: ago(DAY_MS), sessionCount: 1, pendingNudges: [] })).toEqual([]);
  });
});
