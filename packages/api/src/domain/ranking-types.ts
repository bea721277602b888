// What ranking is given about a request and what it hands back for each picked video.
import type { Attire, TopicId } from '../data/canonical-topics';
import type { Belt, LibraryVideo } from '../data/videos';
import type { Constraint } from './understand';
import type { Side } from './video-facets';

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
