import { baseTopicOf, isAttire, isPosition, isTechnique, type Attire } from '../data/canonical-topics';
import { RANKING_WEIGHTS as W } from '../data/ranking-weights';
import { isSubmission } from '../data/topic-names';
import type { LibraryVideo } from '../data/videos';
import type { Constraint } from './understand';
import { facetsOf } from './video-facets';
import { excludedBases, namesExcludedTerm, teachesExcluded } from './ranking-exclusions';
import { sideAsked, teachesOnlyTheOtherSide } from './ranking-sides';
import type { RankedVideo, RankingInput } from './ranking-types';
import { slotsOf } from './ranking-slots';
import { askedScope, candidatesFor, relevanceOf } from './ranking-candidates';
import { preferenceOf, queryFacts, type Candidate } from './ranking-preference';
import { describe, describeGeneral, generalPicks, pickDiverse } from './ranking-picks';

export type { RankedVideo, RankingInput } from './ranking-types';

export const MAX_VIDEOS = 3;
// Fighting with strikes or for self-defence asks for another kind of video, not only a preference:
// one not made for it keeps this much of its relevance.
// a kind of answer the user insists on: a video of another kind answers less
const KIND_CONSTRAINTS: ReadonlySet<Constraint> = new Set(['strikes', 'self_defence', 'escape_to_offence']);

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

const otherAttire = (attire: Attire): Attire => (attire === 'gi' ? 'no-gi' : 'gi');
