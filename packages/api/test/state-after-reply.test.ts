import { describe, expect, it } from 'vitest';
import type { RawState } from '../src/services/request-state';
import { stateAfterReply, type ReplyChange } from '../src/services/state-after-reply';

// When the state a reply leaves can be worked out, and when it must be read back. What it works
// out is checked against the database in apps/server/test/state-after-reply.test.ts.

const now = new Date('2026-11-25T10:00:00.000Z');
const before = (ms: number) => new Date(now.getTime() - ms).toISOString();

function raw(requestCount: number, sessionCount: number, newestAt: string | null): RawState {
  return {
    profile: {
      beltLevel: null,
      trainingFrequency: null,
      mainPosition: null,
      trainingGoals: null,
      beltLevelAsks: 0,
      trainingFrequencyAsks: 0,
      mainPositionAsks: 0,
      trainingGoalsAsks: 0,
      conversionTips: true,
      requestCount,
      sessionCount,
      lastTeaserAt: null,
      lastExampleAt: null,
      lastNudgeShownAt: null,
    },
    recentRequests: newestAt ? [{ topics: ['armbar'], videoIds: ['v1'], at: newestAt }] : null,
    feedback: null,
    activeExamples: null,
    exampleViews: null,
    pendingNudges: null,
    openFocusNudge: null,
    holdoutPercents: null,
    milestones: {
      firstRequestAt: null,
      firstProfileQuestionsAt: null,
      firstPatternTeasersAt: null,
      firstPowerUserShowcaseAt: null,
      firstEnhancedNudgesAt: null,
      firstVideoFollowUpsAt: null,
      holdoutMask: 0,
      userCreatedAt: before(60_000),
    },
    week: null,
    versions: { state: 7, config: 1 },
  };
}

const change: ReplyChange = {
  topics: ['kimura'],
  videoIds: ['v2', 'v3'],
  askedField: null,
  teaserShown: false,
  exampleId: null,
  nudgeId: null,
  focusRecorded: false,
  milestones: null,
  week: null,
};

describe('stateAfterReply', () => {
  it.each([
    ['a repeat request', raw(1, 0, before(1000)), change, true],
    ['the first request', raw(0, 0, null), change, true],
    ["the request before a showcase turn (it needs the examples' counts)", raw(3, 0, before(1000)), change, false],
    ['the request before what would be a showcase turn for a session logger', raw(3, 2, before(1000)), change, true],
    ['a reply that recorded a focus', raw(1, 0, before(1000)), { ...change, focusRecorded: true }, false],
    ['a request in the same millisecond as the newest', raw(1, 0, now.toISOString()), change, false],
    ['a request older than the newest (a clock behind)', raw(1, 0, before(-5000)), change, false],
  ])('%s: worked out = %s', (_, state, reply, workedOut) => {
    expect(stateAfterReply(state, reply, now) !== null).toBe(workedOut);
  });

  it('puts the request first, keeps ten, and counts it', () => {
    const full = {
      ...raw(12, 0, before(1000)),
      recentRequests: Array.from({ length: 10 }, (_, i) => ({ topics: [`t${i}`], videoIds: [], at: before(1000 + i) })),
    };
    const after = stateAfterReply(full, change, now)!;
    expect(after.recentRequests).toHaveLength(10);
    expect(after.recentRequests![0]).toEqual({ topics: ['kimura'], videoIds: ['v2', 'v3'], at: now.toISOString() });
    expect(after.recentRequests!.at(-1)!.topics).toEqual(['t8']);
    expect(after.profile.requestCount).toBe(13);
    expect(after.versions).toEqual(full.versions); // the write returns the new one
  });

  it("keeps the user's latest week row: the same week gains the bits written, a new week starts its own", () => {
    const state = { ...raw(1, 0, before(1000)), week: { start: '2026-11-23', mask: 0b11 } };
    const write = (week: string, bits: number) => ({ ...change, week: { week, bits, shown: [] } });
    expect(stateAfterReply(state, write('2026-11-23', 0b100), now)!.week).toEqual({ start: '2026-11-23', mask: 0b111 });
    expect(stateAfterReply(state, write('2026-11-30', 0b1), now)!.week).toEqual({ start: '2026-11-30', mask: 0b1 });
    expect(stateAfterReply(state, write('2026-11-23', 0), now)!.week).toEqual(state.week);
    expect(stateAfterReply(state, change, now)!.week).toEqual(state.week);
  });
});
