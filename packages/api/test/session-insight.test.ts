import { describe, expect, it } from 'vitest';
import { type InsightHistory, type LoggedSession, sessionInsight } from '../src/domain/session-insight';

// Wednesday 12 March 2025, 20:00 UTC. ISO weeks start on Monday 10, 3 and 24 (Feb) March.
const NOW = new Date('2025-03-12T20:00:00Z');
const at = (iso: string): Date => new Date(iso);
const session = (topics: readonly string[], iso = '2025-03-12T19:00:00Z'): LoggedSession => ({
  topics,
  trainedAt: at(iso),
});

function history(overrides: Partial<InsightHistory> = {}): InsightHistory {
  const previousSessions = overrides.previousSessions ?? [];
  return {
    now: NOW,
    session: session([]),
    previousSessions,
    requestTopicCounts: {},
    totalSessions: previousSessions.length + 1,
    belt: null,
    focusTopic: null,
    ...overrides,
  };
}

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter(Boolean);

interface Scenario {
  name: string;
  input: InsightHistory;
  includes: readonly string[];
  excludes?: readonly string[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'first session, nothing named, no history → asks for one concrete detail',
    input: history({ session: session([]) }),
    includes: ['First session logged', 'name one position or technique', 'got swept from half guard', 'YOUR game'],
  },
  {
    name: 'first session, only attire → treated as nothing named',
    input: history({ session: session(['no-gi']) }),
    includes: ['name one position or technique'],
    excludes: ['no-gi'],
  },
  {
    name: 'first session connects to what they asked about in videos',
    input: history({
      session: session(['half_guard']),
      requestTopicCounts: { triangle: 3, triangle_defense: 3, gi: 7 },
    }),
    includes: [
      "You've asked me about triangle defense 3 times — and today you worked half guard.",
      'Make triangle defense the focus of your next session',
    ],
    excludes: [' gi '],
  },
  {
    name: 'first session on the very thing they asked about',
    input: history({ session: session(['half_guard', 'sweep']), requestTopicCounts: { half_guard: 4, kimura: 1 } }),
    includes: ["You've asked me about half guard 4 times — and today you put it to work on the mat."],
  },
  {
    name: 'first session, asked about something but named nothing',
    input: history({ session: session([]), requestTopicCounts: { guillotine_defense: 2, guillotine: 2 } }),
    includes: ['guillotine defense twice', 'did it come up', 'name one position or technique'],
  },
  {
    name: 'first session, topics but no requests',
    input: history({ session: session(['closed_guard', 'armbar', 'gi']) }),
    includes: ['First session logged: closed guard and armbar.'],
  },
  {
    name: 'the focus they named was trained',
    input: history({
      focusTopic: 'kimura',
      session: session(['kimura', 'side_control']),
      previousSessions: [session(['mount'], '2025-02-20T18:00:00Z')],
    }),
    includes: ["You said you'd work on kimura — and you did."],
  },
  {
    name: 'the focus they named was missed',
    input: history({
      focusTopic: 'kimura',
      session: session(['half_guard']),
      previousSessions: [session(['mount'], '2025-02-20T18:00:00Z')],
    }),
    includes: ['You planned kimura but logged half guard — want to make kimura the plan next time?'],
  },
  {
    name: 'a defense focus is only met by defense work',
    input: history({
      focusTopic: 'triangle_defense',
      session: session(['triangle', 'closed_guard']),
      previousSessions: [session(['mount'], '2025-02-20T18:00:00Z')],
    }),
    includes: ['You planned triangle defense but logged triangle and closed guard'],
  },
  {
    name: 'consecutive ISO weeks make a streak, with the rolling 7-day count',
    input: history({
      session: session(['mount']),
      previousSessions: [
        session(['closed_guard'], '2025-03-10T18:00:00Z'), // Mon, this week
        session(['armbar'], '2025-03-06T18:00:00Z'), // Thu, last week
        session(['takedown'], '2025-02-25T18:00:00Z'), // Tue, the week before
        session(['mount'], '2025-02-04T18:00:00Z'), // a gap breaks the streak
        session(['guillotine'], '2025-01-07T18:00:00Z'),
      ],
    }),
    includes: ["That's 3 weeks in a row on the mat, 3 sessions in the last 7 days."],
  },
  {
    name: 'what went wrong today is what to drill next, not what went well',
    input: history({
      session: {
        ...session(['side_control', 'side_control_escape', 'mount', 'mount_escape']),
        struggles: ['mount_escape'],
      },
      previousSessions: [session(['closed_guard'], '2025-02-01T18:00:00Z')],
    }),
    includes: ['Open your next session with 10 minutes of mount escapes before you roll.'],
    excludes: ['side control escapes before you roll'],
  },
  {
    name: 'the fifth session (a power user) is named above any streak',
    input: history({
      session: session(['mount']),
      previousSessions: [
        session(['closed_guard'], '2025-03-10T18:00:00Z'),
        session(['armbar'], '2025-03-06T18:00:00Z'),
        session(['takedown'], '2025-02-25T18:00:00Z'),
        session(['mount'], '2025-02-04T18:00:00Z'),
      ],
    }),
    includes: ["That's 5 sessions logged: YOUR history is now deep enough for me to spot real patterns in YOUR game."],
  },
  {
    name: 'a Sunday then a Monday are two weeks in a row',
    input: history({
      now: at('2025-03-10T21:00:00Z'),
      session: session(['guillotine'], '2025-03-10T20:00:00Z'),
      previousSessions: [session(['takedown'], '2025-03-09T20:00:00Z')],
    }),
    includes: ['2 weeks in a row'],
  },
  {
    name: 'a topic that keeps coming up',
    input: history({
      session: session(['half_guard', 'sweep']),
      previousSessions: [
        session(['half_guard'], '2025-03-03T18:00:00Z'),
        session(['mount'], '2025-02-24T18:00:00Z'),
        session(['half_guard', 'half_guard_escape'], '2025-02-17T18:00:00Z'),
        session(['kimura'], '2025-02-10T18:00:00Z'),
        session(['half_guard'], '2025-02-03T18:00:00Z'), // outside the last 5
      ],
    }),
    includes: ['Half guard came up in 3 of your last 5 sessions', "it's becoming a pillar of YOUR game"],
  },
  {
    name: 'an escape that keeps coming up gets its drill suggested',
    input: history({
      belt: 'white',
      session: session(['side_control', 'side_control_escape']),
      previousSessions: [
        session(['side_control', 'side_control_escape'], '2025-03-11T18:00:00Z'),
        session(['armbar'], '2025-03-04T18:00:00Z'),
      ],
    }),
    includes: [
      'Escaping side control showed up in 2 of your last 3 sessions',
      'side control escapes, 3 × 2 minutes',
      'white belt',
    ],
  },
  {
    name: 'the same drill advice is phrased another way on the next session',
    input: history({
      session: session(['side_control', 'side_control_escape']),
      previousSessions: [
        session(['side_control', 'side_control_escape'], '2025-03-11T18:00:00Z'),
        session(['armbar'], '2025-03-04T18:00:00Z'),
        session(['guillotine'], '2025-01-04T18:00:00Z'),
      ],
    }),
    includes: ['open your next session with 10 minutes of side control escapes before you roll'],
  },
  {
    name: 'getting caught in a submission suggests its defense',
    input: history({
      session: session(['triangle', 'triangle_defense', 'closed_guard']),
      previousSessions: [session(['mount'], '2025-02-27T18:00:00Z')],
    }),
    includes: ['10 minutes of triangle defense before you roll'],
  },
  {
    name: 'asked often but never trained → suggested as the next focus',
    input: history({
      session: session(['mount']),
      previousSessions: [session(['closed_guard'], '2025-02-26T18:00:00Z')],
      requestTopicCounts: { guillotine: 4, guillotine_defense: 4, mount: 1 },
    }),
    includes: ["You've asked about guillotine defense 4 times but haven't logged it yet"],
  },
  {
    name: 'asked about and now trained → becoming part of their game',
    input: history({
      session: session(['kimura', 'side_control']),
      previousSessions: [session(['mount'], '2025-03-04T18:00:00Z')],
      requestTopicCounts: { kimura: 3 },
    }),
    includes: ["You've asked me about kimura 3 times, and now it's in your training", 'part of YOUR game'],
  },
  {
    name: 'a long gap is a comeback',
    input: history({
      session: session(['closed_guard']),
      previousSessions: [session(['mount'], '2025-02-05T18:00:00Z')],
    }),
    includes: ['Back on the mat after 5 weeks, working closed guard'],
  },
  {
    name: 'a milestone session',
    input: history({
      session: session(['armbar']),
      previousSessions: [session(['mount'], '2025-03-01T18:00:00Z')],
      totalSessions: 10,
    }),
    includes: ['session #10'],
  },
  {
    name: 'the attire split when both are trained',
    input: history({
      session: session(['no-gi', 'heel_hook']),
      previousSessions: [
        session(['gi', 'mount'], '2025-03-01T18:00:00Z'),
        session(['no-gi'], '2025-02-19T18:00:00Z'),
        session(['gi'], '2025-02-12T18:00:00Z'),
      ],
      totalSessions: 4,
    }),
    includes: ['heel hook', "That's 2 gi and 2 no-gi in your last 4 sessions."],
  },
  {
    name: 'a topic never logged before is news',
    input: history({
      session: session(['x_guard', 'sweep']),
      previousSessions: [session(['sweep', 'butterfly_guard'], '2025-03-07T18:00:00Z')],
    }),
    includes: ['New in YOUR log: x guard — session #2'],
    excludes: ['sweep'],
  },
  {
    name: 'with only part of the history, "new" is scoped to what was checked',
    input: history({
      session: session(['kneebar']),
      previousSessions: ['mount', 'armbar', 'mount', 'half_guard', 'armbar', 'mount'].map((t, i) =>
        session([t], new Date(Date.UTC(2025, 2, 11 - 3 * i, 18)).toISOString()),
      ),
      totalSessions: 80,
    }),
    includes: ['New in your last 6 sessions: kneebar — session #80'],
  },
  {
    name: 'too little of the history to call anything new',
    input: history({
      session: session(['kneebar']),
      previousSessions: [session(['mount'], '2025-03-01T18:00:00Z')],
      totalSessions: 40,
    }),
    includes: ['Logged: kneebar — session #40'],
    excludes: ['New'],
  },
  {
    name: 'a returning user who named nothing is asked for a detail',
    input: history({
      session: session([]),
      previousSessions: [session(['mount'], '2025-03-05T18:00:00Z')],
      totalSessions: 7,
    }),
    includes: ['session #7', 'name one position or technique'],
  },
  {
    name: 'a backdated session says when',
    input: history({ session: session(['half_guard'], '2025-03-11T18:00:00Z'), requestTopicCounts: { armbar: 2 } }),
    includes: ['and yesterday you worked half guard'],
  },
];

describe('sessionInsight', () => {
  it.each(SCENARIOS)('$name', ({ input, includes, excludes = [] }) => {
    const text = sessionInsight(input);
    for (const fragment of includes) expect(text).toContain(fragment);
    for (const fragment of excludes) expect(text).not.toContain(fragment);
  });

  it.each(SCENARIOS)('is 1–3 clean sentences: $name', ({ input }) => {
    const text = sessionInsight(input);
    expect(text.trim()).not.toBe('');
    expect(sentences(text).length).toBeGreaterThanOrEqual(1);
    expect(sentences(text).length, text).toBeLessThanOrEqual(3);
    expect(text).not.toMatch(/undefined|null|NaN|\[object|_|\s{2}/);
  });

  it('gives a different text to every scenario', () => {
    // Attire is not a topic, so an attire-only first session is the same history as an empty one.
    const texts = SCENARIOS.filter((s) => !s.name.includes('only attire')).map((s) => sessionInsight(s.input));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('is deterministic', () => {
    for (const { input } of SCENARIOS) expect(sessionInsight(input)).toBe(sessionInsight(structuredClone(input)));
  });

  it('never counts gi/no-gi as asked-about topics', () => {
    const text = sessionInsight(history({ session: session(['mount']), requestTopicCounts: { gi: 9, 'no-gi': 9 } }));
    expect(text).not.toMatch(/\bgi\b/);
  });

  it('prefers the named focus over every other ingredient', () => {
    const text = sessionInsight(
      history({
        focusTopic: 'armbar',
        session: session(['armbar', 'half_guard']),
        previousSessions: [
          session(['half_guard'], '2025-03-10T18:00:00Z'),
          session(['half_guard'], '2025-03-04T18:00:00Z'),
        ],
        requestTopicCounts: { armbar: 5 },
      }),
    );
    expect(sentences(text)[0]).toBe("You said you'd work on armbar — and you did.");
  });
});
