// The question as weighted slots a video answers: each asked topic, named technique, family,
// reaction and place, with the weight ranking gives it.
import { baseTopicOf, isAttire, isPosition, type TopicId } from '../data/canonical-topics';
import { RANKING_WEIGHTS as W } from '../data/ranking-weights';
import { LEG_LOCKS, TOPIC_FAMILIES } from '../data/topic-families';
import { isSubmission, LEADS_TO } from '../data/topic-names';
import type { LibraryVideo } from '../data/videos';
import { isKindedPass, kindMatch, passKindsAsked } from './pass-kinds';
import { ofAnotherKind } from './technique-kinds';
import { techniqueTerm } from './technique-terms';
import type { VideoFacets } from './video-facets';
import { defendedBase, memberStrength } from './ranking-sides';
import type { RankingInput } from './ranking-types';
import { termSlot, topicSlot } from './ranking-slot-kinds';

/** What a pass risks: answered as context of the pass. */
const PASSING_RISKS: readonly TopicId[] = [...LEG_LOCKS, 'sweep'];
// the positions of the top positions family (data/topic-families.ts), without passing
const TOP_PLACES: readonly TopicId[] = (TOPIC_FAMILIES.find((f) => f.label === 'top positions')?.topics ?? []).filter(
  (t) => isPosition(t),
);
const namesATakedown = (terms: readonly string[] = []): boolean =>
  terms.some((t) => techniqueTerm(t)?.topics.some((topic) => topic === 'takedown' || topic === 'throw'));
export const NO_WORDS: ReadonlySet<string> = new Set();

export interface Slot {
  weight: number;
  match: (f: VideoFacets, video: LibraryVideo) => number;
  /** The asked topic it stands for, reported as covered when matched. */
  topic?: TopicId;
  term?: string;
  /** A family's topics: those the video teaches are reported as covered. */
  family?: readonly TopicId[];
}

export function slotsOf(input: RankingInput): Slot[] {
  // An intent that only says when the attack is wanted goes, with its topic, to the context.
  const moment = new Set(input.moment ?? []);
  const asked = input.topics.filter((t) => !isAttire(t) && !moment.has(t));
  const intents = new Set(asked.filter((t) => t !== baseTopicOf(t) || t === 'guard_retention').map(defendedBase));
  const defending = intents.size > 0;
  // The topic a named technique belongs to ("back takes" for the berimbolo) says where it sits, and
  // the position a movement asked leads to (back control for a back take) where it ends: not what is asked.
  const context = new Set([
    ...(input.terms ?? []).flatMap((t) => techniqueTerm(t)?.topics ?? []),
    ...asked.flatMap((t) => LEADS_TO[t] ?? []),
  ]);
  // So is what the moment's intent defends ("a double leg that doesn't get me guillotined": the guillotine).
  for (const m of moment) context.add(baseTopicOf(m)).add(defendedBase(m));
  // Several risks ("without getting swept or sucked into leg locks") share one context weight.
  const risks = new Set([...moment].map(baseTopicOf));
  // Passing against leg lockers ("i get footlocked the second i engage, how do u pass") or sweepers
  // ("they go under to deep half and sweep me"): the leg locks and sweeps are the risk of the pass,
  // not the question.
  if (asked.includes('guard_passing') && !asked.includes('guard_retention'))
    for (const t of asked.filter((t) => PASSING_RISKS.includes(baseTopicOf(t) as TopicId))) {
      context.add(t);
      risks.add(baseTopicOf(t));
    }
  const slots: Slot[] = asked.map((topic) => {
    const slot = topicSlot(topic, asked, intents);
    const cap = risks.has(topic) ? W.CONTEXT_WEIGHT / risks.size : W.CONTEXT_WEIGHT;
    return context.has(topic) && slot.weight > cap ? { ...slot, weight: cap } : slot;
  });
  // Keeping guard against a named pass is answered by the retention that answers its kind of pass.
  const kinds = intents.has('guard_passing') ? passKindsAsked(input.terms ?? [], input.queryWords ?? NO_WORDS) : [];
  if (kinds.length)
    slots.push({
      weight: W.TERM_WEIGHT,
      match: (f, video) => (f.strength.has('guard_retention') ? kindMatch(video, kinds) : 0),
    });
  for (const term of input.terms ?? [])
    if (!(kinds.length && isKindedPass(term))) slots.push(termSlot(term, defending, asked));
  const family = input.familyTopics ?? [];
  // A family named alone ("chokes") or beside a place ("chokes from the back") is answered by its
  // members; beside a place, the place is the subject and the family says what is wanted there.
  if (family.length && !asked.some(isSubmission) && !(input.terms ?? []).length)
    slots.push({
      weight: asked.length ? W.CONTEXT_WEIGHT : W.FAMILY_WEIGHT,
      family,
      match: (f) => Math.min(1, family.reduce((sum, t) => sum + memberStrength(f, t), 0) / W.FAMILY_FULL),
    });
  const reaction = reactionSlot(input);
  if (reaction) slots.push(reaction);
  const alternatives = alternativesSlot(input.excludedTerms ?? [], asked);
  if (alternatives) slots.push(alternatives);
  // "subs from top": a video taught from the top positions answers where
  if (input.fromTop)
    slots.push({
      weight: W.CONTEXT_WEIGHT,
      match: (f) => Math.max(0, ...TOP_PLACES.map((t) => f.strength.get(t) ?? 0)),
    });
  // Takedowns in the gi are largely judo: with no takedown named, throws answer too.
  if (
    asked.includes('takedown') &&
    !asked.includes('throw') &&
    input.topics.includes('gi') &&
    !namesATakedown(input.terms)
  )
    slots.push({ weight: W.CONTEXT_WEIGHT, topic: 'throw', match: (f) => f.strength.get('throw') ?? 0 });
  return slots;
}

/** "he keeps driving his head down": the techniques that feed on that reaction answer better. */
function reactionSlot(input: RankingInput): Slot | null {
  // what is asked defended ("how do i stop his guillotine") is no reaction to use
  const defended = new Set(input.topics.filter((t) => t !== baseTopicOf(t)).map(baseTopicOf));
  const topics = (input.reaction?.topics ?? []).filter((t) => !defended.has(t));
  const terms = defended.size ? [] : (input.reaction?.terms ?? []);
  if (!topics.length && !terms.length) return null;
  return {
    weight: W.REACTION,
    match: (f) =>
      Math.max(
        0,
        ...topics.map((t) => (f.sides.get(t)?.has('attack') ? (f.strength.get(t) ?? 0) : 0)),
        ...terms.map((t) => f.terms.get(t) ?? 0),
      ),
  };
}

/**
 * Ruling a named technique out of a topic asked ("passing, but not the knee cut: something else?")
 * asks for another of its kind: a video named for another technique of that topic answers it best.
 */
function alternativesSlot(ruledOut: readonly string[], asked: readonly TopicId[]): Slot | null {
  const kinds = new Set(ruledOut.flatMap((t) => techniqueTerm(t)?.topics ?? []).filter((t) => asked.includes(t)));
  if (!kinds.size) return null;
  // one of the same kind is no alternative: "not pressure passing" is not answered by the smash pass
  const isAlternative = (id: string): boolean =>
    !ruledOut.includes(id) &&
    (techniqueTerm(id)?.topics ?? []).some((t) => kinds.has(t)) &&
    ofAnotherKind(id, ruledOut);
  // wanted, but the topic stays the subject: a context slot (read here, so a fit that moves it moves this too)
  return {
    weight: W.CONTEXT_WEIGHT,
    match: (f) => Math.max(0, ...[...f.terms].filter(([id]) => isAlternative(id)).map(([, strength]) => strength)),
  };
}
