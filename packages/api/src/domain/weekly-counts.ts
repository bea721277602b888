import type { ShownExposure } from './attribution';
import { ENHANCEMENTS, type Enhancement } from './enhancements';
import { enhancementBit } from './holdouts';
import { weekKey } from './iso-week';

// The weekly counts (weekly_counts), per ISO week, each keyed by what it is about. Everything is
// counted in the week it happened: a touchpoint when it was shown, a conversion when the first
// session was logged, except `converted_after*`, which belong to the week of the showing they follow.
export const WEEKLY_METRICS = [
  /** Users who asked for videos; key ''. */
  'requesters',
  /** Times shown; key: the profile field, teaser type, example id or nudge type. */
  'questions_asked',
  'teasers_shown',
  'examples_shown',
  'nudges_shown',
  /** Users shown an enhancement, and of those the ones who had not logged a session yet; key: enhancement. */
  'reached',
  'reached_unconverted',
  /** Of `reached_unconverted`, the users whose first session came within 14 days after one of that week's showings; key: enhancement. */
  'converted_after',
  /** The same for the example a conversion is credited to (last touch); key: example id. */
  'converted_after_example',
  /** First sessions logged; key ''. */
  'first_sessions',
  /** First sessions credited to an enhancement (RULES §6), and to an example (last touch); key: enhancement / example id. */
  'credited',
  'credited_example',
] as const;
export type WeeklyMetric = (typeof WEEKLY_METRICS)[number];

export type ExposureKind = 'profile_question' | 'teaser' | 'example' | 'nudge';

/** Where a showing is counted: the metric of its kind, keyed by its type (an example by its id). */
export const SHOWN_METRIC: Record<ExposureKind, WeeklyMetric> = {
  profile_question: 'questions_asked',
  teaser: 'teasers_shown',
  example: 'examples_shown',
  nudge: 'nudges_shown',
};

export function shownCount(exposure: { kind: ExposureKind; type: string; exampleId: string | null }): WeeklyCount {
  return {
    metric: SHOWN_METRIC[exposure.kind],
    key: exposure.kind === 'example' ? exposure.exampleId! : exposure.type,
  };
}

export interface WeeklyCount {
  metric: WeeklyMetric;
  key: string;
}

// user_weeks.mask: what one user did in one week, so that each count of distinct users moves once
// per user and week. Bits by enhancement follow ENHANCEMENTS order.
const at = (offset: number, e: Enhancement) => 1 << (offset + ENHANCEMENTS.indexOf(e));
export const WEEK_BITS = {
  requested: 1,
  reached: (e: Enhancement) => at(1, e),
  reachedUnconverted: (e: Enhancement) => at(6, e),
  convertedAfter: (e: Enhancement) => at(11, e),
  /** Converted within 14 days after this week's showing of the example the conversion is credited to. */
  convertedAfterExample: 1 << 16,
};

/** Each bit and the count it stands for; `key: null` is the user's credited example. */
export const WEEK_BIT_COUNTS: readonly { bit: number; metric: WeeklyMetric; key: string | null }[] = [
  { bit: WEEK_BITS.requested, metric: 'requesters', key: '' },
  ...ENHANCEMENTS.flatMap((e) => [
    { bit: WEEK_BITS.reached(e), metric: 'reached' as const, key: e },
    { bit: WEEK_BITS.reachedUnconverted(e), metric: 'reached_unconverted' as const, key: e },
    { bit: WEEK_BITS.convertedAfter(e), metric: 'converted_after' as const, key: e },
  ]),
  { bit: WEEK_BITS.convertedAfterExample, metric: 'converted_after_example', key: null },
];

/** The bits a video reply sets in its week: a request, and each enhancement shown (before or after converting). */
export function replyWeekBits(shown: readonly Enhancement[], converted: boolean): number {
  let bits = WEEK_BITS.requested;
  for (const e of shown) bits |= WEEK_BITS.reached(e) | (converted ? 0 : WEEK_BITS.reachedUnconverted(e));
  return bits;
}

/**
 * The user's mask for the week starting `weekStart`, known from their latest week row: that row's
 * mask if it is this week, 0 if it is older (or there is none), unknown (null) if it is later —
 * a clock behind the one that wrote it.
 */
export function knownWeekMask(latest: { start: string; mask: number } | null, weekStart: string): number | null {
  if (!latest || latest.start < weekStart) return 0;
  return latest.start === weekStart ? latest.mask : null;
}

export interface FirstSessionCounts {
  /** Counted in the week of the first session. */
  counts: WeeklyCount[];
  /** Bits to set in the weeks of the showings the conversion followed: week start → bits. */
  weekBits: Map<string, number>;
}

/**
 * What a first session adds: the session and its credits in its own week, and "converted after"
 * in the week of each showing in the 14 days before it (RULES §6's window, as `credit` was worked out).
 */
export function firstSessionCounts(
  inWindow: readonly ShownExposure[],
  credit: { mask: number; exampleId: string | null },
): FirstSessionCounts {
  const counts: WeeklyCount[] = [{ metric: 'first_sessions', key: '' }];
  for (const e of ENHANCEMENTS) if (credit.mask & enhancementBit(e)) counts.push({ metric: 'credited', key: e });
  if (credit.exampleId) counts.push({ metric: 'credited_example', key: credit.exampleId });
  const weekBits = new Map<string, number>();
  for (const x of inWindow) {
    const week = weekKey(x.shownAt);
    let bits = (weekBits.get(week) ?? 0) | WEEK_BITS.convertedAfter(x.enhancement);
    if (credit.exampleId !== null && x.exampleId === credit.exampleId) bits |= WEEK_BITS.convertedAfterExample;
    weekBits.set(week, bits);
  }
  return { counts, weekBits };
}
