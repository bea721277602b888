// The slot of one asked topic or named technique: which videos answer it, on which side.
import { baseTopicOf, type TopicId } from '../data/canonical-topics';
import { DEFENDED_ALIKE, DEFENDED_IN_TURN } from '../data/technique-siblings';
import { GUARD_POSITIONS } from '../data/topic-aliases';
import { RANKING_WEIGHTS as W } from '../data/ranking-weights';
import { isSubmission } from '../data/topic-names';
import { techniqueTerm } from './technique-terms';
import { defensiveSideOf, type Side } from './video-facets';
import { defendedBase } from './ranking-sides';
import type { Slot } from './ranking-slots';

const siblingDefences = (base: string): TopicId[] => [
  ...new Set(
    DEFENDED_ALIKE.filter((group) => group.includes(base as never))
      .flat()
      .filter((t) => t !== base)
      .map((t) => `${t}_defense` as TopicId),
  ),
];

export const isGuardPosition = (base: string): boolean => GUARD_POSITIONS.includes(base as TopicId);

export function topicSlot(topic: TopicId, asked: readonly TopicId[], intents: ReadonlySet<string>): Slot {
  const base = baseTopicOf(topic);
  // Getting out of someone's guard is passing it: a pass against that guard answers fully, any other pass in part.
  if (topic.endsWith('_escape') && isGuardPosition(base))
    return {
      topic,
      weight: W.INTENT_WEIGHT,
      match: (f) => {
        const pass = f.sides.get('guard_passing')?.has('attack') ? (f.strength.get('guard_passing') ?? 0) : 0;
        const againstIt = f.strength.has(topic) ? 1 : Math.max(W.ANY_PASS, f.strength.get(base) ?? 0);
        return Math.max(pass * againstIt, f.strength.get(topic) ?? 0);
      },
    };
  if (topic !== base || topic === 'guard_retention') {
    // Defending a technique is answered in part by the defence of one defended alike.
    const alike = [
      ...(topic.endsWith('_defense') ? siblingDefences(base) : []),
      ...DEFENDED_IN_TURN.flatMap(([a, b]) => (a === topic ? [b] : b === topic ? [a] : [])),
    ];
    return {
      topic,
      weight: W.INTENT_WEIGHT,
      match: (f) => {
        const direct = f.strength.get(topic) ?? 0;
        if (direct || !alike.length) return direct;
        let sibling = 0;
        for (const t of alike) sibling = Math.max(sibling, f.strength.get(t) ?? 0);
        return sibling * W.DEFENDED_ALIKE_MATCH;
      },
    };
  }
  // The bare topic beside its own intent names what is defended: any video about it, either side.
  if (intents.has(topic)) {
    const defensive = defensiveSideOf(topic);
    return {
      topic,
      weight: W.BESIDE_INTENT_WEIGHT,
      match: (f) => Math.max(f.strength.get(topic) ?? 0, defensive ? (f.strength.get(defensive) ?? 0) : 0),
    };
  }
  // A guard named beside passing ("pass spider guard") is where the pass happens, not a guard to play;
  // beside keeping guard ("everyone passes my spider guard") it is the user's own guard.
  const passingIt = isGuardPosition(topic) && asked.includes('guard_passing') && !asked.includes('guard_retention');
  const wanted: Side = passingIt ? 'defence' : 'attack';
  return {
    topic,
    weight: isSubmission(topic) ? W.SUBMISSION_WEIGHT : asked.some(isSubmission) ? W.CONTEXT_WEIGHT : 1,
    match: (f) => {
      const strength = f.strength.get(topic) ?? 0;
      if (passingIt) return f.strength.has('guard_passing') ? strength : strength * W.OTHER_SIDE;
      return f.sides.get(topic)?.has(wanted) ? strength : strength * W.OTHER_SIDE;
    },
  };
}

export function termSlot(term: string, defending: boolean, asked: readonly TopicId[]): Slot {
  const topics = techniqueTerm(term)?.topics ?? [];
  // "the knee shield stops my knee cut, how do i pass": the term's topic asked plainly is the side asked
  const attacking = !defending && topics.some((t) => asked.includes(t));
  // and a guard named by it is the guard passed: a pass answers, a course on playing it only in part
  const passingIt =
    topics.some(isGuardPosition) && asked.includes('guard_passing') && !asked.includes('guard_retention');
  return {
    term,
    weight: W.TERM_WEIGHT,
    match: (f) => {
      const strength = f.terms.get(term) ?? 0;
      if (!strength || !topics.length) return strength;
      if (passingIt) return f.strength.has('guard_passing') ? strength : strength * W.OTHER_SIDE;
      const sides = topics.map((t) => f.sides.get(defendedBase(t)));
      const defends = sides.some((s) => s?.has('defence'));
      // Asked to stop a named technique, a video that only teaches doing it answers in part; asked
      // plainly, one only about escaping it answers less than one about doing it.
      if (defending) return defends ? strength : strength * W.OTHER_SIDE;
      if (!defends || sides.some((s) => s?.has('attack'))) return strength;
      return strength * (attacking ? W.OTHER_SIDE : W.DEFENCE_ONLY_FOR_TERM);
    },
  };
}
