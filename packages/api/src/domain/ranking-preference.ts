// What orders the videos that answer about equally well: the user's fit and the question's extras.
import { isAttire, type Attire, type TopicId } from '../data/canonical-topics';
import { RANKING_WEIGHTS as W } from '../data/ranking-weights';
import type { LibraryVideo } from '../data/videos';
import { titleNames } from './title-words';
import type { Constraint } from './understand';
import { facetsOf, type VideoFacets } from './video-facets';
import type { RankingInput } from './ranking-types';
import { NO_WORDS, type Slot } from './ranking-slots';

export interface QueryFacts {
  words: readonly string[];
  focus: TopicId | undefined;
  broad: boolean;
  /** The attire the videos are measured against: the query's, else the user's usual one. */
  askedAttire: Attire | null;
  /** The other attire was ruled out ("nogi only, not the gi stuff"): the one asked is insisted on. */
  attireInsisted: boolean;
}

export function queryFacts(slots: readonly Slot[], input: RankingInput, askedAttire: Attire | null): QueryFacts {
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

export interface Candidate {
  video: LibraryVideo;
  relevance: number;
  /** Relevance plus preferences: what picks are ordered by. */
  score: number;
}

/** What decides among videos that answer about equally well: the user, the question's extras. */
export function preferenceOf(video: LibraryVideo, input: RankingInput, query: QueryFacts): number {
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
export function userFit(video: LibraryVideo, input: RankingInput): number {
  let fit = 0;
  if (input.belt !== null && video.belts.includes(input.belt)) fit += W.BELT_FIT;
  if (input.attire !== null)
    fit += video.attire === input.attire || video.attire === 'both' ? W.ATTIRE_FIT : -W.ATTIRE_HISTORY_CLASH;
  if (input.helpfulInstructors.has(video.instructor)) fit += W.HELPFUL_INSTRUCTOR;
  return fit;
}

/** The constraints of the question the video's description says it suits. */
export function suitedConstraints(facets: VideoFacets, input: RankingInput): Constraint[] {
  return (input.constraints ?? []).filter((c) => facets.suits.has(c));
}

export function userFacts(video: LibraryVideo, input: RankingInput) {
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
