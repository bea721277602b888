// The picked videos: general picks when nothing answers, spread over instructors, described for the reply.
import type { TopicId } from '../data/canonical-topics';
import { RANKING_WEIGHTS as W } from '../data/ranking-weights';
import type { LibraryVideo } from '../data/videos';
import { facetsOf, NAMED } from './video-facets';
import { sideAnswered } from './ranking-sides';
import type { RankedVideo, RankingInput } from './ranking-types';
import type { Slot } from './ranking-slots';
import { suitedConstraints, userFacts, userFit, type Candidate, type QueryFacts } from './ranking-preference';

/** A picked video with what it answers of the question, for the reason and the lead-in. */
export function describe(
  video: LibraryVideo,
  slots: readonly Slot[],
  input: RankingInput,
  query: QueryFacts,
): RankedVideo {
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

export function describeGeneral(video: LibraryVideo, input: RankingInput, query: QueryFacts): RankedVideo {
  const facts = userFacts(video, { ...input, attire: query.askedAttire ?? input.attire });
  const suits = suitedConstraints(facetsOf(video), input);
  return { ...facts, titleMatch: false, covered: [], terms: [], side: null, suits, general: true, family: null };
}

export function generalPicks(
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
export function pickDiverse(candidates: readonly Candidate[], max: number, best = 0): LibraryVideo[] {
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
