import {
  baseTopicOf,
  defenseTopicOf,
  isAttire,
  isTechnique,
  type Attire,
  type TopicId,
} from '../data/canonical-topics';
import { GUARD_POSITIONS } from '../data/topic-aliases';
import { MOVEMENTS } from '../data/topic-names';
import type { Belt, LibraryVideo } from '../data/videos';
import { titleNames } from './title-words';

export interface RankingInput {
  /** Canonical ids found in the query (attire included). */
  topics: readonly TopicId[];
  belt: Belt | null;
  /** The attire the user trains in when we can tell (query first, then recent history). */
  attire: Attire | null;
  helpfulInstructors: ReadonlySet<string>;
  /** Marked not helpful: never shown again (RULES of the core loop). */
  rejectedVideoIds: ReadonlySet<string>;
  /** Shown in the user's last few requests: avoided unless nothing else fits. */
  recentVideoIds: ReadonlySet<string>;
  /** Broad videos for a query with no known topic, best first for the user's belt. */
  fundamentals: readonly LibraryVideo[];
  /** The query's distinctive words (title-words.ts): a title naming one is preferred among equals. */
  queryWords?: ReadonlySet<string>;
}

export interface RankedVideo {
  video: LibraryVideo;
  /** The asked topics this video covers, in the order they were asked. */
  covered: TopicId[];
  helpfulInstructor: boolean;
  beltFit: boolean;
  attireFit: boolean;
  /** The title names a distinctive word of the query ("Arm Drags" for "arm drags"). */
  titleMatch: boolean;
}

interface Scored extends RankedVideo {
  coversAll: boolean;
  coverage: number;
  preference: number;
}

export const MAX_VIDEOS = 3;
// A video tagged only with the defensive side of a topic still covers it, but less directly.
const INDIRECT_MATCH = 0.6;
// Intent ("escape", "defend", keeping guard against passes) is the heart of such a query, so it
// outweighs the bare topic; a submission outweighs the position it is done from ("kneebar from top
// half" is about the kneebar), while a movement and a position weigh the same ("lasso guard sweeps").
const INTENT_WEIGHT = 2;
const SUBMISSION_WEIGHT = 1.5;
// A video about defending T answers "T" (the attack) only in part, though more than one only about defending it.
const DEFENSIVE_ANSWER_TO_ATTACK = 0.7;
const REPEATED_INSTRUCTOR_PENALTY = 0.75;
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Chooses 1–3 videos: those covering every asked topic first, then the most coverage; within that,
 * the user's belt and attire, instructors they found helpful, and variety of instructors.
 */
export function rankVideos(library: readonly LibraryVideo[], input: RankingInput): RankedVideo[] {
  const allowed = library.filter((v) => !input.rejectedVideoIds.has(v.id));
  const asked = input.topics.filter((t) => !isAttire(t));
  const askedAttire = input.topics.find(isAttire) ?? null;
  const index = indexOf(library);
  const scored = asked.length
    ? candidatesFor(library, asked)
        .filter((v) => !input.rejectedVideoIds.has(v.id))
        .map((v) => score(v, asked, askedAttire, input, index))
        .filter((s) => s.covered.some((t) => !isAttire(t)))
    : [];
  // An attire named in the query rules out videos of the other attire, unless that leaves nothing.
  const inAttire = askedAttire ? scored.filter((s) => s.covered.includes(askedAttire)) : scored;
  const relevant = inAttire.length ? inAttire : scored;
  // No technique or position we know: videos whose title names what was asked ("arm drags"), else
  // fundamentals, in the attire the query named if any.
  const named =
    relevant.length || asked.length
      ? []
      : allowed
          .filter((v) => titleNames(v.title, input.queryWords ?? NO_WORDS))
          .map((v) => ({ ...preferences(v, input), covered: [], coversAll: false, coverage: 0 }));
  let pool = relevant.length
    ? relevant
    : named.length
      ? named
      : fundamentalsFor(allowed, { ...input, attire: askedAttire ?? input.attire });
  // The reply always carries a video: if even the fundamentals were all rejected, widen to the library.
  if (!pool.length)
    pool = allowed.map((v) => ({ ...preferences(v, input), covered: [], coversAll: false, coverage: 0 }));
  // Repeats only when nothing fresh fits at all.
  const fresh = pool.filter((s) => !input.recentVideoIds.has(s.video.id));
  return pickDiverse(fresh.length ? fresh : pool);
}

interface TopicIndex {
  byTopic: Map<string, LibraryVideo[]>;
  direct: Map<LibraryVideo, Set<string>>;
  indirect: Map<LibraryVideo, Set<string>>;
}

// Ranking runs on every request: index each library once by the base topics its videos cover.
const indexes = new WeakMap<readonly LibraryVideo[], TopicIndex>();

function indexOf(library: readonly LibraryVideo[]): TopicIndex {
  let index = indexes.get(library);
  if (!index) {
    index = { byTopic: new Map(), direct: new Map(), indirect: new Map() };
    for (const video of library) {
      const indirect = new Set<string>(video.topics.map(baseTopicOf));
      index.direct.set(video, new Set(video.topics));
      index.indirect.set(video, indirect);
      for (const topic of indirect) {
        const list = index.byTopic.get(topic) ?? [];
        list.push(video);
        index.byTopic.set(topic, list);
      }
    }
    indexes.set(library, index);
  }
  return index;
}

/** Videos sharing at least one base topic with the query, in library order. */
function candidatesFor(library: readonly LibraryVideo[], asked: readonly TopicId[]): LibraryVideo[] {
  const { byTopic } = indexOf(library);
  const found = new Set<LibraryVideo>();
  for (const topic of asked) {
    for (const video of byTopic.get(baseTopicOf(topic)) ?? []) found.add(video);
    // Passes answer getting out of a guard (matchOf), so they are candidates for it too.
    if (isGuardEscape(topic)) for (const video of byTopic.get('guard_passing') ?? []) found.add(video);
  }
  return library.filter((v) => found.has(v));
}

function score(
  video: LibraryVideo,
  asked: TopicId[],
  askedAttire: Attire | null,
  input: RankingInput,
  index: TopicIndex,
): Scored {
  const direct = index.direct.get(video)!;
  const indirect = index.indirect.get(video)!;
  const covered: TopicId[] = [];
  let coverage = 0;
  let weights = 0;
  for (const topic of asked) {
    const weight = weightOf(topic);
    const match = matchOf(topic, asked, direct, indirect);
    weights += weight;
    coverage += weight * match;
    if (match > 0) covered.push(topic);
  }
  // An attire named in the query is one more thing the video must cover.
  if (askedAttire) {
    weights += 1;
    if (video.attire === 'both' || video.attire === askedAttire) {
      coverage += 1;
      covered.push(askedAttire);
    }
  }
  const required = asked.length + (askedAttire ? 1 : 0);
  const scored = preferences(video, input) as Scored;
  scored.covered = covered;
  scored.coversAll = covered.length === required;
  scored.coverage = coverage / weights;
  return scored;
}

// Ranking scores every candidate for every request: what depends on the topic alone is worked out once.
const topicFacts = new Map<string, { weight: number; base: string; defense: TopicId | null; guardEscape: boolean }>();

function factsOf(topic: TopicId) {
  let facts = topicFacts.get(topic);
  if (!facts) {
    const base = baseTopicOf(topic);
    facts = {
      weight:
        base !== topic || topic === 'guard_retention'
          ? INTENT_WEIGHT
          : isTechnique(topic) && !MOVEMENTS.has(topic)
            ? SUBMISSION_WEIGHT
            : 1,
      base,
      defense: isTechnique(topic) && topic !== 'guard_passing' ? defenseTopicOf(topic) : null,
      guardEscape: topic.endsWith('_escape') && GUARD_POSITIONS.includes(base as TopicId),
    };
    topicFacts.set(topic, facts);
  }
  return facts;
}

const weightOf = (topic: TopicId): number => factsOf(topic).weight;

function matchOf(
  topic: TopicId,
  asked: readonly TopicId[],
  direct: ReadonlySet<string>,
  indirect: ReadonlySet<string>,
): number {
  const { base, defense, guardEscape } = factsOf(topic);
  // Getting out of a guard (someone else's) is passing it: a pass against that guard answers it
  // fully, any other pass in part — better than a video for the one playing that guard.
  if (guardEscape && direct.has('guard_passing')) return indirect.has(base) ? 1 : INDIRECT_MATCH;
  if (!direct.has(topic)) return indirect.has(topic) ? INDIRECT_MATCH : 0;
  // Asked to attack T, a video tagged with defending T is mostly about the other side of it.
  return defense && direct.has(defense) && !asked.includes(defense) ? DEFENSIVE_ANSWER_TO_ATTACK : 1;
}

const isGuardEscape = (topic: TopicId): boolean => factsOf(topic).guardEscape;

function preferences(video: LibraryVideo, input: RankingInput) {
  const beltFit = input.belt !== null && video.belts.includes(input.belt);
  const attireFit = input.attire !== null && (video.attire === input.attire || video.attire === 'both');
  const attireClash = input.attire !== null && !attireFit;
  const helpfulInstructor = input.helpfulInstructors.has(video.instructor);
  const titleMatch = titleNames(video.title, input.queryWords ?? NO_WORDS);
  const preference =
    (beltFit ? 1 : 0) +
    (attireFit ? 0.5 : 0) -
    (attireClash ? 1.5 : 0) +
    (helpfulInstructor ? 1 : 0) +
    (titleMatch ? 1.5 : 0);
  return { video, beltFit, attireFit, helpfulInstructor, titleMatch, preference };
}

function fundamentalsFor(allowed: readonly LibraryVideo[], input: RankingInput): Scored[] {
  const allowedIds = new Set(allowed.map((v) => v.id));
  return input.fundamentals
    .filter((v) => allowedIds.has(v.id))
    .map((v, i) => {
      // The curated order is the primary signal; preferences refine within it.
      const pref = preferences(v, input);
      return { ...pref, covered: [], coversAll: false, coverage: 0, preference: pref.preference - i * 0.01 };
    });
}

function pickDiverse(candidates: Scored[]): RankedVideo[] {
  const remaining = [...candidates];
  const picked: Scored[] = [];
  while (picked.length < MAX_VIDEOS && remaining.length) {
    const instructors = new Set(picked.map((p) => p.video.instructor));
    let bestIndex = 0;
    for (let i = 1; i < remaining.length; i++) {
      if (better(remaining[i]!, remaining[bestIndex]!, instructors)) bestIndex = i;
    }
    picked.push(remaining.splice(bestIndex, 1)[0]!);
  }
  return picked.map(({ video, covered, helpfulInstructor, beltFit, attireFit, titleMatch }) => ({
    video,
    covered,
    helpfulInstructor,
    beltFit,
    attireFit,
    titleMatch,
  }));
}

function better(a: Scored, b: Scored, pickedInstructors: ReadonlySet<string>): boolean {
  if (a.coversAll !== b.coversAll) return a.coversAll;
  if (a.coverage !== b.coverage) return a.coverage > b.coverage;
  const pa = a.preference - (pickedInstructors.has(a.video.instructor) ? REPEATED_INSTRUCTOR_PENALTY : 0);
  const pb = b.preference - (pickedInstructors.has(b.video.instructor) ? REPEATED_INSTRUCTOR_PENALTY : 0);
  if (pa !== pb) return pa > pb;
  // The video whose main subject is the asked topic reads better than one that merely touches it.
  const ca = centrality(a);
  const cb = centrality(b);
  if (ca !== cb) return ca > cb;
  return a.video.id < b.video.id;
}

function centrality(s: Scored): number {
  const first = s.covered[0];
  if (!first) return 0;
  const index = s.video.topics.indexOf(first);
  return index < 0 ? 0 : 1 / (1 + index);
}
