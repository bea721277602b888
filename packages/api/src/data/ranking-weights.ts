// The ranking's tunable numbers (domain/ranking.ts). The weights of the question's parts and the
// preferences were fitted by `pnpm fit:ranking` (a coordinate search against the graded set,
// packages/api/test/fixtures/ranking.graded.jsonl) and checked on a blind labeller set before they
// were kept (docs/ranking.md); the slot-filling floors and the user-history preferences are choices,
// not fitted. The service only reads them; the fitting script tries other values in place.

export const RANKING_WEIGHTS: Record<RankingWeight, number> = {
  // How a question is weighed: the intent (defending, escaping, keeping guard) is its heart; a
  // submission or a named technique outweighs the position it is done from; the bare topic asked
  // beside its own intent ("armbar" in "armbar escapes") only says what is defended.
  INTENT_WEIGHT: 1.875,
  SUBMISSION_WEIGHT: 1.875,
  TERM_WEIGHT: 0.8438,
  BESIDE_INTENT_WEIGHT: 0.625,
  FAMILY_WEIGHT: 1,
  // Beside a submission, the position or movement asked is where it happens: context, not the subject
  // ("rnc tips, I get the back fine" is about the choke).
  CONTEXT_WEIGHT: 0.5,
  // A video named for doing the technique somewhere else keeps this much of its relevance.
  ELSEWHERE: 0.85,
  // A video named for something narrower than asked ("Half Guard Passing" for "guard passing") keeps this much.
  NARROWER: 0.9,
  NARROWER_TERM: 0.95,
  // The other side of a technique answers a question only in small part: an attacking course for a
  // defence question, a defensive one for an attack question, a passing video for playing a guard.
  OTHER_SIDE: 0.35,
  // The defence of a technique defended alike (data/technique-siblings.ts) answers a defence question in part.
  DEFENDED_ALIKE_MATCH: 0.9375,
  // Passing some other guard answers "get past spider guard" in part.
  ANY_PASS: 0.3,
  // A family question ("chokes") is answered fully by a video whose subjects are in it.
  FAMILY_FULL: 1.5,
  // An attire the query names is a requirement: a video in the other one keeps this much of its relevance.
  ATTIRE_CLASH: 0.5,
  // Asked for strikes or self-defence (ranking.ts KIND_CONSTRAINTS), a video not made for it keeps this much.
  OTHER_KIND: 0.75,
  // Slot filling: a video joins the reply only if it answers at least this well, absolutely and
  // against the best answer; a weak third match costs more trust than a reply of one or two.
  MIN_RELEVANCE: 0.4,
  MIN_FIRST: 0.25,
  RELATIVE_TO_BEST: 0.55,
  // Preferences decide among videos that answer about equally well, never over a better answer.
  BELT_FIT: 0.12,
  ATTIRE_FIT: 0.03,
  ATTIRE_HISTORY_CLASH: 0.08,
  HELPFUL_INSTRUCTOR: 0.15,
  SUITS_CONSTRAINT: 0.24,
  SHARED_WORD: 0.045,
  MAX_SHARED_WORDS: 3,
  TITLE_MATCH: 0.025,
  SPECIALIST: 0.02,
  // The video named for what the question is mostly about is the one a coach hands over first.
  TITLE_NAMES_FOCUS: 0.06,
  SUITS_BEGINNER: 0.0938,
  // Asked past the basics ("not the white belt stuff"), a beginner video is a poor pick however central.
  BEGINNER_PAST_BASICS: 0.12,
  // A broad question ("x guard") is best answered by a course on it, a narrow one by the lesson.
  // (fitted to 0: the lesson's penalty alone does the work)
  COURSE_FOR_BROAD: 0,
  LESSON_FOR_BROAD: -0.08,
  // An attire the query names: a video made for it is a little better than one for both.
  ATTIRE_EXACT: 0.12,
  // "nogi only, not the gi stuff": the other ruled out, a video made for the one asked is clearly better.
  ATTIRE_INSISTED: 0.2,
  // The instructor the message asks for by name, and the length it asks for.
  ASKED_INSTRUCTOR: 0.1,
  LENGTH_ASKED: 0.05,
  LENGTH_NOT_ASKED: -0.045,
  // A named technique asked plainly ("50/50"): how much of an answer a video only on escaping it is.
  // Fitted to 1: coaches hand over the escape-only video as readily as one on doing the technique.
  DEFENCE_ONLY_FOR_TERM: 1,
  // A later part of a series ("Part 2") is where one continues, not where one starts.
  LATER_PART: -0.06,
  REPEATED_INSTRUCTOR_PENALTY: 0.019,
  // Among the candidates, the ones coaches handed over for questions read alike (domain/coach-picks.ts)
  // answer better: this much relevance for a video every such question was answered with.
  COACH_PICKS: 0.7,
  // And the ones coaches handed over for the graded questions worded most like it (domain/neighbour-picks.ts).
  NEIGHBOUR_PICKS: 1.75,
  // A general question ("what should i study, white belt, only nogi, i just survive every roll") is
  // answered from the curated fundamentals and what coaches handed over for general questions worded
  // alike: a video they handed over joins the pool past this share of their picks, and each share
  // counts this much beside the curated order.
  GENERAL_NEIGHBOUR_POOL: 0.3,
  GENERAL_NEIGHBOUR_PICKS: 0.5,
  // A technique that feeds on the opponent's reaction the message describes ("he drives his head down":
  // the loop choke) is context: as much as a position asked beside a technique.
  REACTION: 0.5,
  FIRST_PICK_MARGIN: 0.1406,
};

export type RankingWeight =
  | 'INTENT_WEIGHT'
  | 'SUBMISSION_WEIGHT'
  | 'TERM_WEIGHT'
  | 'BESIDE_INTENT_WEIGHT'
  | 'FAMILY_WEIGHT'
  | 'CONTEXT_WEIGHT'
  | 'ELSEWHERE'
  | 'NARROWER'
  | 'NARROWER_TERM'
  | 'OTHER_SIDE'
  | 'DEFENDED_ALIKE_MATCH'
  | 'ANY_PASS'
  | 'FAMILY_FULL'
  | 'ATTIRE_CLASH'
  | 'OTHER_KIND'
  | 'MIN_RELEVANCE'
  | 'MIN_FIRST'
  | 'RELATIVE_TO_BEST'
  | 'BELT_FIT'
  | 'ATTIRE_FIT'
  | 'ATTIRE_HISTORY_CLASH'
  | 'HELPFUL_INSTRUCTOR'
  | 'SUITS_CONSTRAINT'
  | 'SHARED_WORD'
  | 'MAX_SHARED_WORDS'
  | 'TITLE_MATCH'
  | 'SPECIALIST'
  | 'TITLE_NAMES_FOCUS'
  | 'SUITS_BEGINNER'
  | 'BEGINNER_PAST_BASICS'
  | 'COURSE_FOR_BROAD'
  | 'LESSON_FOR_BROAD'
  | 'ATTIRE_EXACT'
  | 'ATTIRE_INSISTED'
  | 'ASKED_INSTRUCTOR'
  | 'LENGTH_ASKED'
  | 'LENGTH_NOT_ASKED'
  | 'DEFENCE_ONLY_FOR_TERM'
  | 'LATER_PART'
  | 'REPEATED_INSTRUCTOR_PENALTY'
  | 'FIRST_PICK_MARGIN'
  | 'COACH_PICKS'
  | 'NEIGHBOUR_PICKS'
  | 'GENERAL_NEIGHBOUR_POOL'
  | 'GENERAL_NEIGHBOUR_PICKS'
  | 'REACTION';
