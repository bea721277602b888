// What coaches handed over for questions read alike. The graded set (test/fixtures/ranking.graded.jsonl)
// says, for every question, which videos a coach would hand over; tallied by what each question was
// read as (each topic, named technique and family asked), it says which of the videos that teach a
// topic coaches reach for first — something the descriptions cannot say. Ranking adds it to a
// candidate's relevance (data/ranking-weights.ts COACH_PICKS); it never makes a video a candidate.
// `pnpm fit:coach-picks` writes the tally to data/coach-picks.json; a test keeps it in step.

import { defenseTopicOf, isTechnique, type TopicId } from '../data/canonical-topics';
import { techniqueTerm } from './technique-terms';
import { intentTopicOf } from './topics/intent';
import type { BaseTopic } from '../data/topic-aliases';
import { understandQuery, type QueryUnderstanding } from './understand';

/** Per key ("T:triangle_defense", "M:knee_cut", "F:chokes"): how many questions, and each video's credit. */
export type CoachPicks = Readonly<
  Record<string, { readonly n: number; readonly picks: Readonly<Record<string, number>> }>
>;

export type Reading = Pick<QueryUnderstanding, 'topics' | 'terms' | 'family' | 'general'>;

/** A video a coach would hand over counts fully; one that helps in part, this much. */
export const PARTIAL_CREDIT = 0.6;
/** Pseudo-questions with no pick: a key seen once says less than one seen twenty times. */
const SMOOTHING = 1;

/** The keys a reading is tallied under, each once; none for a message that asks no technique (its picks are the fundamentals). */
export function coachPickKeys(reading: Reading): string[] {
  if (reading.general) return [];
  return [
    ...new Set([
      // a topic asked defended is tallied as its defence only: what coaches hand over for taking the
      // back is not what they hand over for stopping it
      ...reading.topics
        .filter((t) => t !== 'gi' && t !== 'no-gi' && !askedDefended(t, reading.topics))
        .map((t) => `T:${t}`),
      ...reading.terms.map((t) => `M:${t}${doneByUser(t, reading.topics) ? ':attack' : ''}`),
      ...(reading.family ? [`F:${reading.family.label}`] : []),
    ]),
  ];
}

const askedDefended = (topic: TopicId, topics: readonly TopicId[]): boolean => {
  const intent = intentTopicOf(topic as BaseTopic);
  return intent !== undefined && topics.includes(intent);
};

/**
 * "the knee shield stops my knee cut, how do i pass": a named technique whose topic is asked plainly,
 * without its defence, is the user's own; coaches hand over other videos for it than for stopping it.
 */
function doneByUser(term: string, topics: readonly TopicId[]): boolean {
  const own = techniqueTerm(term)?.topics ?? [];
  return own.some((t) => topics.includes(t)) && !own.some((t) => isTechnique(t) && topics.includes(defenseTopicOf(t)));
}

/** What a graded video counts for: fully when handed over, in part when it helps in part. */
export const credit = (grade: number): number => (grade === 2 ? 1 : grade === 1 ? PARTIAL_CREDIT : 0);

/** Tallies graded questions, each with what it was read as. */
export function tallyCoachPicks(
  lines: readonly { readonly grades: Readonly<Record<string, number>> }[],
  readings: readonly Reading[],
): CoachPicks {
  const table: Record<string, { n: number; picks: Record<string, number> }> = {};
  lines.forEach((line, i) => {
    for (const key of coachPickKeys(readings[i]!)) {
      const entry = (table[key] ??= { n: 0, picks: {} });
      entry.n += 1;
      for (const [id, grade] of Object.entries(line.grades))
        if (credit(grade) > 0) entry.picks[id] = (entry.picks[id] ?? 0) + credit(grade);
    }
  });
  return table;
}

/** The tally of a graded set as the service reads its questions today; values rounded so the file is stable. */
export function tallyGradedSet(
  lines: readonly { readonly q: string; readonly grades: Readonly<Record<string, number>> }[],
): CoachPicks {
  const table = tallyCoachPicks(
    lines,
    lines.map((l) => understandQuery(l.q)),
  );
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return Object.fromEntries(
    Object.keys(table)
      .sort()
      .map((key) => {
        const { n, picks } = table[key]!;
        const ids = Object.keys(picks).sort();
        return [key, { n, picks: Object.fromEntries(ids.map((id) => [id, round(picks[id]!)])) }];
      }),
  );
}

/**
 * Each video's share of the coaches' picks for this reading, 0–1, averaged over its keys. `without`
 * takes one tallied question's own grades back out: scoring a set the tally was made from, each
 * question is answered as if it had never been graded.
 */
export function coachPrior(
  table: CoachPicks,
  reading: Reading,
  without?: Readonly<Record<string, number>>,
): (videoId: string) => number {
  const keys = coachPickKeys(reading);
  const entries = keys.flatMap((key) => table[key] ?? []);
  if (!entries.length) return () => 0;
  // looked up per candidate: a reading's keys may list hundreds of picks, a question has a few dozen candidates
  return (id) => {
    let prior = 0;
    const own = without ? credit(without[id] ?? 0) : 0;
    for (const entry of entries) {
      const sum = (entry.picks[id] ?? 0) - own;
      if (sum > 1e-9) prior += sum / (entry.n - (without ? 1 : 0) + SMOOTHING);
    }
    return prior / keys.length;
  };
}
