import { baseTopicOf, isAttire, isPosition, isTechnique, type Attire, type TopicId } from '../data/canonical-topics';
import { DEFENDED_ALIKE, DEFENDED_IN_TURN } from '../data/technique-siblings';
import { GUARD_POSITIONS } from '../data/topic-aliases';
import { RANKING_WEIGHTS as W } from '../data/ranking-weights';
import { LEG_LOCKS, TOPIC_FAMILIES } from '../data/topic-families';
import { isSubmission, LEADS_TO } from '../data/topic-names';
import type { Belt, LibraryVideo } from '../data/videos';
import { isKindedPass, kindMatch, passKindsAsked } from './pass-kinds';
import { ofAnotherKind } from './technique-kinds';
import { techniqueTerm } from './technique-terms';
import { titleNames } from './title-words';
import type { Constraint } from './understand';
import { defensiveSideOf, facetsOf, NAMED, type Side, type VideoFacets } from './video-facets';
import { excludedBases, namesExcludedTerm, teachesExcluded } from './ranking-exclusions';
import { defendedBase, memberStrength, sideAnswered, sideAsked, teachesOnlyTheOtherSide } from './ranking-sides';

export interface RankingInput {
  /** Canonical ids asked (attire included); what was ruled out is not among them. */
  topics: readonly TopicId[];
  belt: Belt | null;
  /** The attire the user trains in when we can tell (query first, then recent history). */
  attire: Attire | null;
  helpfulInstructors: ReadonlySet<string>;
  /** Marked not helpful: never shown again. */
  rejectedVideoIds: ReadonlySet<string>;
  /** Shown lately for the same question (repeat-question.ts): avoided unless nothing else fits. */
  recentVideoIds: ReadonlySet<string>;
  /** Broad videos for a query with no known topic, best first for the user's belt. */
  fundamentals: readonly LibraryVideo[];
  /** The query's distinctive words (title-words.ts): what it adds to its topics ("when they stack me"). */
  queryWords?: ReadonlySet<string>;
  /** Named techniques the query asks about (data/technique-terms.ts): "berimbolo", "knee cut". */
  terms?: readonly string[];
  /** A family's topics when the query names a family ("chokes"): any of them answers it. */
  familyTopics?: readonly TopicId[];
  /** How the family is named ("chokes"), for the reasons. */
  familyLabel?: string | null;
  /** Topics the user ruled out: no video about them. */
  excluded?: readonly TopicId[];
  /** Named techniques the user ruled out: no video that names them. */
  excludedTerms?: readonly string[];
  /** Intents that say when the attack asked is wanted ("when someone shoots on me"): context, not the question. */
  moment?: readonly TopicId[];
  constraints?: readonly Constraint[];
  /** The message asks no technique: at most one general video. */
  general?: boolean;
  /** It asks what to study: the fundamentals, a full reply. */
  study?: boolean;
  /** Asked "from top" with no position named: the top positions are where. */
  fromTop?: boolean;
  /** The question says the asker is new or wants the basics. */
  beginner?: boolean;
  /** The question rules the basics out: beginner videos answer it less. */
  pastBasics?: boolean;
  /** One short lesson ("just a quick vid") or a whole course ("a passing course"). */
  length?: 'lesson' | 'course' | null;
  /** Instructors the message rules out ("not gordon ryan"): none of their videos. */
  ruledOutInstructors?: ReadonlySet<string>;
  /** Instructors the message asks for by name. */
  askedInstructors?: ReadonlySet<string>;
  /** What answers the opponent's reactions the message describes (data/reactions.ts): context. */
  reaction?: { topics: readonly TopicId[]; terms: readonly string[] };
  /** Each video's share of what coaches handed over for questions read alike (coach-picks.ts). */
  coachPrior?: (videoId: string) => number;
  /** Each video's share of what coaches handed over for the graded questions worded most alike (neighbour-picks.ts). */
  neighbourPrior?: (videoId: string) => number;
}

export interface RankedVideo {
  video: LibraryVideo;
  /** The asked topics this video teaches, in the order they were asked. */
  covered: TopicId[];
  /** The asked named techniques it teaches (technique-term ids). */
  terms: string[];
  /** For a question about defending or escaping: whether this video teaches that side, or only the attack. */
  side: Side | null;
  /** The constraints of the question the video's description says it suits. */
  suits: Constraint[];
  /** Not an answer to the question but a general pick (fundamentals). */
  general: boolean;
  /** The family asked ("chokes") when the video answers it as one of its members. */
  family: string | null;
  helpfulInstructor: boolean;
  beltFit: boolean;
  attireFit: boolean;
  /** The title names a distinctive word of the query. */
  titleMatch: boolean;
}

export const MAX_VIDEOS = 3;
/** What a pass risks: answered as context of the pass. */
const PASSING_RISKS: readonly TopicId[] = [...LEG_LOCKS, 'sweep'];
// the positions of the top positions family (data/topic-families.ts), without passing
const TOP_PLACES: readonly TopicId[] = (TOPIC_FAMILIES.find((f) => f.label === 'top positions')?.topics ?? []).filter(
  (t) => isPosition(t),
);
const namesATakedown = (terms: readonly string[] = []): boolean =>
  terms.some((t) => techniqueTerm(t)?.topics.some((topic) => topic === 'takedown' || topic === 'throw'));
// Fighting with strikes or for self-defence asks for another kind of video, not only a preference:
// one not made for it keeps this much of its relevance.
// a kind of answer the user insists on: a video of another kind answers less
const KIND_CONSTRAINTS: ReadonlySet<Constraint> = new Set(['strikes', 'self_defence', 'escape_to_offence']);
const NO_WORDS: ReadonlySet<string> = new Set();

interface Slot {
  weight: number;
  match: (f: VideoFacets, video: LibraryVideo) => number;
  /** The asked topic it stands for, reported as covered when matched. */
  topic?: TopicId;
  term?: string;
  /** A family's topics: those the video teaches are reported as covered. */
  family?: readonly TopicId[];
}

/**
 * Chooses 1–3 videos: the ones that teach what was asked, on the side asked (attack or defence),
 * where it was asked (position, attire, the user's constraints); within that, the user's belt,
 * instructors they found helpful and variety. Only videos that answer well join the reply.
 */
export function rankVideos(library: readonly LibraryVideo[], input: RankingInput): RankedVideo[] {
  const excluded = excludedBases(input);
  // Techniques asked, not places: a closed guard course naming the armbar answers no "subs that aren't the armbar".
  const askedTechniques = new Set(input.topics.map(baseTopicOf).filter((t) => isTechnique(t)));
  const ruledOutAttire = (input.excluded ?? []).find(isAttire) ?? null;
  const allowed = (v: LibraryVideo) =>
    !input.rejectedVideoIds.has(v.id) &&
    !teachesExcluded(v, excluded, askedTechniques) &&
    !namesExcludedTerm(v, input.excludedTerms ?? []) &&
    v.attire !== ruledOutAttire &&
    !input.ruledOutInstructors?.has(v.instructor);
  // Ruling one attire out ("not interested in gi stuff") asks for the other.
  const askedAttire = input.topics.find(isAttire) ?? (ruledOutAttire ? otherAttire(ruledOutAttire) : null);
  const slots = input.general ? [] : slotsOf(input);
  const query = queryFacts(slots, input, askedAttire);
  // Relevance first, for every candidate and without allocating; the rest only for those that fit,
  // and what each covers only for the few picked.
  const candidates = slots.length ? candidatesFor(library, input).filter(allowed) : [];
  // Positions asked beside a technique are where it is to be done.
  const places = input.topics.some(isSubmission) ? input.topics.filter((t) => isPosition(t)) : [];
  const scope = askedScope(input);
  const kinds = (input.constraints ?? []).filter((c) => KIND_CONSTRAINTS.has(c));
  // What each video teaches of the question, then what coaches handed over for questions like it.
  const taught = candidates.map(
    (v) =>
      relevanceOf(v, facetsOf(v), slots, askedAttire, places, scope) *
      (kinds.some((c) => !facetsOf(v).suits.has(c)) ? W.OTHER_KIND : 1),
  );
  // Coaches' picks for questions worded alike never carry a video that teaches only the other side
  // of what is asked ("gravata em pé, como finalizar" is not answered by a guillotine escape).
  const sideOf = sideAsked(input);
  const relevances = candidates.map(
    (v, i) =>
      taught[i]! +
      (W.COACH_PICKS * (input.coachPrior?.(v.id) ?? 0) + W.NEIGHBOUR_PICKS * (input.neighbourPrior?.(v.id) ?? 0)) *
        (teachesOnlyTheOtherSide(facetsOf(v), sideOf) ? W.OTHER_SIDE : 1),
  );
  const best = Math.max(0, ...relevances);
  // The best answer is given when it answers at all; the others only when they answer well too.
  const floor = best >= W.MIN_RELEVANCE ? Math.max(W.MIN_RELEVANCE, best * W.RELATIVE_TO_BEST) : best;
  // Every member of a family asked ("gi chokes") answers it: one the coaches favour does not push
  // out the others that teach a member as well.
  const memberFloor = slots.some((s) => s.family)
    ? Math.max(W.MIN_RELEVANCE, Math.max(0, ...taught) * W.RELATIVE_TO_BEST)
    : Infinity;
  const fitting: Candidate[] = [];
  if (best >= W.MIN_FIRST)
    candidates.forEach((video, i) => {
      const relevance = relevances[i]!;
      if (relevance >= floor || (best >= W.MIN_RELEVANCE && taught[i]! >= memberFloor))
        fitting.push({ video, relevance, score: relevance + preferenceOf(video, input, query) });
    });
  if (fitting.length) {
    // Repeats only when nothing fresh fits.
    const fresh = fitting.filter((c) => !input.recentVideoIds.has(c.video.id));
    return pickDiverse(fresh.length ? fresh : fitting, MAX_VIDEOS, best).map((v) => describe(v, slots, input, query));
  }
  // Nothing teaches what was asked: one general pick, said to be general, rather than a guess; a
  // question of what to study gets the fundamentals.
  const general = generalPicks(library, input, allowed, query);
  const fresh = general.filter((c) => !input.recentVideoIds.has(c.video.id));
  const count = input.study && !input.general ? MAX_VIDEOS : 1;
  return pickDiverse(fresh.length ? fresh : general, count).map((v) => describeGeneral(v, input, query));
}

function slotsOf(input: RankingInput): Slot[] {
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

const otherAttire = (attire: Attire): Attire => (attire === 'gi' ? 'no-gi' : 'gi');

const siblingDefences = (base: string): TopicId[] => [
  ...new Set(
    DEFENDED_ALIKE.filter((group) => group.includes(base as never))
      .flat()
      .filter((t) => t !== base)
      .map((t) => `${t}_defense` as TopicId),
  ),
];

const isGuardPosition = (base: string): boolean => GUARD_POSITIONS.includes(base as TopicId);

function topicSlot(topic: TopicId, asked: readonly TopicId[], intents: ReadonlySet<string>): Slot {
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

function termSlot(term: string, defending: boolean, asked: readonly TopicId[]): Slot {
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

interface TopicIndex {
  byBase: Map<string, LibraryVideo[]>;
  byTerm: Map<string, LibraryVideo[]>;
}

// Ranking runs on every request: index each library once by the base topics and named techniques its videos teach.
const indexes = new WeakMap<readonly LibraryVideo[], TopicIndex>();

function indexOf(library: readonly LibraryVideo[]): TopicIndex {
  let index = indexes.get(library);
  if (!index) {
    index = { byBase: new Map(), byTerm: new Map() };
    const add = (map: Map<string, LibraryVideo[]>, key: string, video: LibraryVideo) => {
      const list = map.get(key) ?? [];
      if (!list.includes(video)) list.push(video);
      map.set(key, list);
    };
    for (const video of library) {
      const facets = facetsOf(video);
      for (const topic of facets.strength.keys()) add(index.byBase, baseTopicOf(topic), video);
      if (facets.strength.has('guard_retention')) add(index.byBase, 'guard_passing', video);
      for (const term of facets.terms.keys()) add(index.byTerm, term, video);
    }
    indexes.set(library, index);
  }
  return index;
}

/** Videos sharing a base topic or a named technique with the question. */
function candidatesFor(library: readonly LibraryVideo[], input: RankingInput): LibraryVideo[] {
  const { byBase, byTerm } = indexOf(library);
  const found = new Set<LibraryVideo>();
  const add = (list: readonly LibraryVideo[] | undefined) => list?.forEach((v) => found.add(v));
  for (const topic of input.topics) {
    if (isAttire(topic)) continue;
    add(byBase.get(baseTopicOf(topic)));
    for (const [a, b] of DEFENDED_IN_TURN)
      if (topic === a || topic === b) add(byBase.get(baseTopicOf(topic === a ? b : a)));
    if (topic === 'guard_retention' || (topic.endsWith('_escape') && isGuardPosition(baseTopicOf(topic))))
      add(byBase.get('guard_passing'));
  }
  for (const term of input.terms ?? []) add(byTerm.get(term));
  for (const topic of input.reaction?.topics ?? []) add(byBase.get(topic));
  for (const term of input.reaction?.terms ?? []) add(byTerm.get(term));
  if (!input.topics.some((t) => !isAttire(t)) && !(input.terms ?? []).length)
    for (const topic of input.familyTopics ?? []) add(byBase.get(baseTopicOf(topic)));
  return [...found];
}

/**
 * How well a video answers the question, 0–1: the weighted match of each slot; the attire asked is
 * a requirement, and a video named for another place than the one asked ("… from Mount" for "from
 * closed guard") answers less.
 */
function relevanceOf(
  video: LibraryVideo,
  facets: VideoFacets,
  slots: readonly Slot[],
  askedAttire: Attire | null,
  places: readonly TopicId[],
  scope: ReadonlySet<string>,
): number {
  let total = 0;
  let weights = 0;
  for (const slot of slots) {
    total += slot.weight * slot.match(facets, video);
    weights += slot.weight;
  }
  let relevance = weights ? total / weights : 0;
  if (askedAttire && video.attire !== 'both' && video.attire !== askedAttire) relevance *= W.ATTIRE_CLASH;
  if (places.length && !places.some((p) => facets.titled.has(p)))
    for (const t of facets.titled) if (isPosition(t) && !places.includes(t)) return relevance * W.ELSEWHERE;
  return relevance * narrowerBy(facets, scope);
}

/** What the question is about, as bases and named techniques: a title naming something else is narrower. */
function askedScope(input: RankingInput): ReadonlySet<string> {
  const scope = new Set<string>([...(input.terms ?? []), ...(input.familyTopics ?? []).map(baseTopicOf)]);
  for (const t of input.topics) scope.add(defendedBase(t)).add(baseTopicOf(t));
  for (const term of input.terms ?? []) for (const t of techniqueTerm(term)?.topics ?? []) scope.add(baseTopicOf(t));
  return scope;
}

/**
 * A title naming a position or technique the question did not ask ("Half Guard Passing" for "guard
 * passing") is narrower than the question; one naming a named technique of it ("Defending the Knee
 * Cut" for "my guard gets passed") a little narrower.
 */
function narrowerBy(facets: VideoFacets, scope: ReadonlySet<string>): number {
  for (const t of facets.titled) if (!isAttire(t) && !scope.has(defendedBase(t as TopicId))) return W.NARROWER;
  for (const [term, strength] of facets.terms) if (strength === 1 && !scope.has(term)) return W.NARROWER_TERM;
  return 1;
}

/** What depends on the question alone, worked out once per request. */
interface QueryFacts {
  words: readonly string[];
  focus: TopicId | undefined;
  broad: boolean;
  /** The attire the videos are measured against: the query's, else the user's usual one. */
  askedAttire: Attire | null;
  /** The other attire was ruled out ("nogi only, not the gi stuff"): the one asked is insisted on. */
  attireInsisted: boolean;
}

function queryFacts(slots: readonly Slot[], input: RankingInput, askedAttire: Attire | null): QueryFacts {
  let focus: Slot | undefined;
  for (const slot of slots) if (!focus || slot.weight > focus.weight) focus = slot;
  return {
    words: [...(input.queryWords ?? NO_WORDS)],
    focus: focus?.topic,
    broad: slots.length === 1 && slots[0]!.topic !== undefined,
    askedAttire,
    attireInsisted: (input.excluded ?? []).some(isAttire),
  };
}

interface Candidate {
  video: LibraryVideo;
  relevance: number;
  /** Relevance plus preferences: what picks are ordered by. */
  score: number;
}

/** What decides among videos that answer about equally well: the user, the question's extras. */
function preferenceOf(video: LibraryVideo, input: RankingInput, query: QueryFacts): number {
  const facets = facetsOf(video);
  let preference = userFit(video, input);
  preference += suitedConstraints(facets, input).length * W.SUITS_CONSTRAINT;
  let shared = 0;
  for (const w of query.words) if (facets.words.has(w)) shared++;
  preference += Math.min(shared, W.MAX_SHARED_WORDS) * W.SHARED_WORD;
  if (input.beginner && facets.suits.has('beginner')) preference += W.SUITS_BEGINNER;
  if (input.pastBasics && facets.suits.has('beginner')) preference -= W.BEGINNER_PAST_BASICS;
  if (facets.specialist) preference += W.SPECIALIST;
  if (facets.laterPart) preference += W.LATER_PART;
  if (query.focus !== undefined && facets.titled.has(query.focus)) preference += W.TITLE_NAMES_FOCUS;
  if (query.askedAttire && video.attire === query.askedAttire)
    preference += query.attireInsisted ? W.ATTIRE_INSISTED : W.ATTIRE_EXACT;
  if (input.askedInstructors?.has(video.instructor)) preference += W.ASKED_INSTRUCTOR;
  if (titleNames(video.title, input.queryWords ?? NO_WORDS)) preference += W.TITLE_MATCH;
  preference += lengthPreference(facets.scope, input.length ?? null);
  // a beginner's broad question is no call for the biggest system
  if (query.broad && !input.beginner)
    preference += facets.scope === 'course' ? W.COURSE_FOR_BROAD : facets.scope === 'lesson' ? W.LESSON_FOR_BROAD : 0;
  return preference;
}

/** The user's side of the fit: their belt, the attire they train in, instructors they found helpful. */
function userFit(video: LibraryVideo, input: RankingInput): number {
  let fit = 0;
  if (input.belt !== null && video.belts.includes(input.belt)) fit += W.BELT_FIT;
  if (input.attire !== null)
    fit += video.attire === input.attire || video.attire === 'both' ? W.ATTIRE_FIT : -W.ATTIRE_HISTORY_CLASH;
  if (input.helpfulInstructors.has(video.instructor)) fit += W.HELPFUL_INSTRUCTOR;
  return fit;
}

/** A picked video with what it answers of the question, for the reason and the lead-in. */
function describe(video: LibraryVideo, slots: readonly Slot[], input: RankingInput, query: QueryFacts): RankedVideo {
  const facets = facetsOf(video);
  const covered: TopicId[] = [];
  const terms: string[] = [];
  let familyMatched = false;
  for (const slot of slots) {
    if (slot.match(facets, video) <= 0) continue;
    if (slot.topic) covered.push(slot.topic);
    if (slot.term) terms.push(slot.term);
    if (slot.family) {
      familyMatched = true;
      // members beside a place asked among them ("butterfly guard stuff": guards) are said once
      covered.push(...slot.family.filter((t) => (facets.strength.get(t) ?? 0) >= NAMED && !covered.includes(t)));
    }
  }
  const attire = query.askedAttire;
  if (attire && (video.attire === 'both' || video.attire === attire)) covered.push(attire);
  return {
    ...userFacts(video, input),
    covered,
    terms,
    side: sideAnswered(facets, covered),
    suits: suitedConstraints(facets, input),
    general: false,
    family: familyMatched ? (input.familyLabel ?? null) : null,
  };
}

function describeGeneral(video: LibraryVideo, input: RankingInput, query: QueryFacts): RankedVideo {
  const facts = userFacts(video, { ...input, attire: query.askedAttire ?? input.attire });
  const suits = suitedConstraints(facetsOf(video), input);
  return { ...facts, titleMatch: false, covered: [], terms: [], side: null, suits, general: true, family: null };
}

/** The constraints of the question the video's description says it suits. */
function suitedConstraints(facets: VideoFacets, input: RankingInput): Constraint[] {
  return (input.constraints ?? []).filter((c) => facets.suits.has(c));
}

function userFacts(video: LibraryVideo, input: RankingInput) {
  return {
    video,
    beltFit: input.belt !== null && video.belts.includes(input.belt),
    attireFit: input.attire !== null && (video.attire === input.attire || video.attire === 'both'),
    helpfulInstructor: input.helpfulInstructors.has(video.instructor),
    titleMatch: titleNames(video.title, input.queryWords ?? NO_WORDS),
  };
}

function lengthPreference(scope: VideoFacets['scope'], asked: 'lesson' | 'course' | null): number {
  if (!asked || !scope) return 0;
  return scope === asked ? W.LENGTH_ASKED : W.LENGTH_NOT_ASKED;
}

function generalPicks(
  library: readonly LibraryVideo[],
  input: RankingInput,
  allowed: (v: LibraryVideo) => boolean,
  query: QueryFacts,
): Candidate[] {
  const fundamentals = input.fundamentals.filter(allowed);
  // A constraint stated ("self-defence for my wife", "I'm 55") calls for the videos made for it.
  const constraints = input.constraints ?? [];
  const suiting = (v: LibraryVideo) => suitedConstraints(facetsOf(v), input).length;
  const suited = constraints.length ? library.filter((v) => allowed(v) && suiting(v) && !fundamentals.includes(v)) : [];
  const curated = fundamentals.length || suited.length ? [...fundamentals, ...suited] : library.filter(allowed);
  // What coaches handed over for general questions worded alike ("getting smashed every roll": the
  // survival courses) joins the curated picks.
  const near = input.neighbourPrior ?? (() => 0);
  const handedOver = library.filter(
    (v) => allowed(v) && !curated.includes(v) && near(v.id) >= W.GENERAL_NEIGHBOUR_POOL,
  );
  const fit = { ...input, attire: query.askedAttire ?? input.attire };
  // The curated order is the primary signal; the user's fit, the constraints and the coaches' picks refine it.
  return [...curated, ...handedOver].map((video, i) => ({
    video,
    relevance: 0,
    score:
      userFit(video, fit) +
      suiting(video) * W.SUITS_CONSTRAINT -
      Math.min(i, fundamentals.length) * 0.01 +
      W.GENERAL_NEIGHBOUR_PICKS * near(video.id),
  }));
}

/**
 * Picks up to `max` by score, spreading instructors. The first pick is among the most relevant
 * (within W.FIRST_PICK_MARGIN of the best): preferences never put a weaker answer first.
 */
function pickDiverse(candidates: readonly Candidate[], max: number, best = 0): LibraryVideo[] {
  const first = candidates.filter((c) => c.relevance >= best - W.FIRST_PICK_MARGIN);
  const remaining = [...candidates];
  const picked: LibraryVideo[] = [];
  const instructors = new Set<string>();
  while (picked.length < max && remaining.length) {
    const pool = picked.length ? remaining : remaining.filter((c) => first.includes(c));
    let bestIndex = remaining.indexOf(pool[0]!);
    for (let i = 0; i < remaining.length; i++) {
      if ((picked.length || first.includes(remaining[i]!)) && better(remaining[i]!, remaining[bestIndex]!, instructors))
        bestIndex = i;
    }
    const [next] = remaining.splice(bestIndex, 1);
    picked.push(next!.video);
    instructors.add(next!.video.instructor);
  }
  return picked;
}

function better(a: Candidate, b: Candidate, pickedInstructors: ReadonlySet<string>): boolean {
  const sa = a.score - (pickedInstructors.has(a.video.instructor) ? W.REPEATED_INSTRUCTOR_PENALTY : 0);
  const sb = b.score - (pickedInstructors.has(b.video.instructor) ? W.REPEATED_INSTRUCTOR_PENALTY : 0);
  if (sa !== sb) return sa > sb;
  return a.video.id < b.video.id;
}
