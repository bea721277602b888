// Recommending: what was understood of a query + what we know of the user → 1–3 videos, each with
// its reason, and Prof. OS's lead-in. Pure; the video-request service decides touchpoints and writes.
import { baseTopicOf, isAttire } from '../data/canonical-topics';
import { fundamentalsFor } from '../data/fundamentals';
import { VIDEO_LIBRARY, type Belt, type LibraryVideo } from '../data/videos';
import COACH_PICKS from '../data/coach-picks.json';
import GRADED_QUESTIONS from '../data/graded-questions.json';
import { attireFromHistory } from './attire-preference';
import { coachPrior } from './coach-picks';
import { composeLeadIn } from './lead-in';
import { buildNeighbourIndex, type NeighbourIndex } from './neighbour-picks';
import { rankVideos } from './ranking';
import { shownForSameQuestion, type ShownFor } from './repeat-question';
import { instructorNames, readQueryCues } from './query-cues';
import type { QueryUnderstanding } from './understand';
import { videoReason } from './video-reasons';

/** What a user's history says that matters to recommending. */
export interface ViewerHistory {
  belt: Belt | null;
  /** This request's number among the user's requests (1 for the first): varies the lead-in's phrasing. */
  requestCount: number;
  /** Topics of the user's recent requests, newest first. */
  recentTopics: readonly (readonly string[])[];
  /** The user's recent requests, newest first: what each asked and showed. */
  recentRequests: readonly ShownFor[];
  /** The user's latest feedback per video, newest first. */
  feedback: readonly { videoId: string; feedback: 'helpful' | 'not_helpful' }[];
}

export interface Recommendation {
  videos: { video: LibraryVideo; reason: string }[];
  leadIn: string;
}

/**
 * `coachPrior` and `neighbourPrior` replace the shipped tally's and graded questions' (evals answer
 * a graded question without its own grades).
 */
export interface RecommendOptions {
  coachPrior?: (videoId: string) => number;
  neighbourPrior?: (videoId: string) => number;
}

export function recommend(
  understood: QueryUnderstanding,
  viewer: ViewerHistory,
  options: RecommendOptions = {},
): Recommendation {
  const cues = readQueryCues(understood.query, INSTRUCTOR_NAMES);
  const { topics, family } = understood;
  // A belt the message states stands in for one the profile does not hold yet.
  const belt = viewer.belt ?? cues.beltHeld ?? (cues.beltTarget ? beltBelow(cues.beltTarget) : null);
  const feedback = latestFeedbackPerVideo(viewer.feedback);
  const { terms } = understood;
  const ranked = rankVideos(VIDEO_LIBRARY, {
    topics,
    belt,
    attire: topics.find(isAttire) ?? attireFromHistory(viewer.recentTopics),
    helpfulInstructors: new Set(VIDEO_LIBRARY.filter((v) => feedback.get(v.id) === 'helpful').map((v) => v.instructor)),
    rejectedVideoIds: new Set([...feedback].filter(([, f]) => f === 'not_helpful').map(([id]) => id)),
    recentVideoIds: shownForSameQuestion(viewer.recentRequests, understood.askedTopics),
    fundamentals: fundamentalsFor(belt, cues.beltTarget, understood.attire),
    queryWords: understood.queryWords,
    terms,
    familyLabel: family?.label ?? null,
    familyTopics: family?.topics ?? [],
    excluded: understood.excluded,
    excludedTerms: understood.excludedTerms,
    moment: understood.moment,
    constraints: understood.constraints,
    general: understood.general !== null,
    study: understood.study,
    fromTop: understood.fromTop,
    beginner: cues.beginner,
    pastBasics: cues.pastBasics,
    length: cues.length,
    ruledOutInstructors: cues.ruledOutInstructors,
    askedInstructors: cues.askedInstructors,
    reaction: understood.reaction,
    coachPrior: options.coachPrior ?? coachPrior(COACH_PICKS, understood),
    neighbourPrior: options.neighbourPrior ?? SHIPPED_NEIGHBOURS.picksNear(understood.query),
  });
  const leadIn = composeLeadIn({
    // the moment an attack is wanted ("when someone shoots on me") is neither a defence nor a move to offer
    topics: topics.filter((t) => !understood.moment.some((m) => m === t || baseTopicOf(m) === t)),
    belt,
    videoCount: ranked.length,
    variant: viewer.requestCount,
    family: family?.label ?? null,
    titleMatched: ranked.some((r) => r.terms.length > 0),
    general: understood.general,
    study: understood.study,
    excluded: understood.excluded,
    terms: ranked.some((r) => r.terms.length) ? terms : [],
    smallTalk: understood.smallTalk,
    injury: understood.injury,
  });
  return { videos: ranked.map((r) => ({ video: r.video, reason: videoReason(r, belt, understood.excluded) })), leadIn };
}

/** The nearest-neighbour index over the graded questions shipped with the service; built at start (~0.2 s), not on a first request. */
export const SHIPPED_NEIGHBOURS: NeighbourIndex = buildNeighbourIndex(GRADED_QUESTIONS);

const INSTRUCTOR_NAMES = instructorNames(VIDEO_LIBRARY.map((v) => v.instructor));
const BELT_ORDER: readonly Belt[] = ['white', 'blue', 'purple', 'brown', 'black'];
const beltBelow = (belt: Belt): Belt => BELT_ORDER[Math.max(0, BELT_ORDER.indexOf(belt) - 1)]!;

function latestFeedbackPerVideo(feedback: ViewerHistory['feedback']): Map<string, 'helpful' | 'not_helpful'> {
  const latest = new Map<string, 'helpful' | 'not_helpful'>();
  for (const f of feedback) if (!latest.has(f.videoId)) latest.set(f.videoId, f.feedback);
  return latest;
}
