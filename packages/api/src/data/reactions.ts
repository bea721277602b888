// The opponent's reactions a coach answers with a technique: "he keeps driving his head down into my
// chest" is what the loop choke and the front chokes feed on; "he posts his arm on me" is an arm drag
// or a kimura waiting. A message naming a reaction prefers the videos that teach what answers it
// (domain/reactions.ts reads them, ranking weighs them as context). Data, matched on word stems.
import type { TopicId } from './canonical-topics';

export interface Reaction {
  /** How people describe it (the opponent's "his"/"their" and "my"/"me" as written). */
  phrases: readonly string[];
  /** Topics whose techniques use it. */
  topics: readonly TopicId[];
  /** Named techniques (data/technique-terms.ts) that use it. */
  terms?: readonly string[];
}

export const REACTIONS: readonly Reaction[] = [
  {
    // the opponent's head, never the user's own ("keep my head down on a double leg")
    phrases: [
      'his head down',
      'his head low',
      'their head down',
      'their head low',
      'head on my chest',
      'head in my chest',
      'head into my chest',
      'head in my stomach',
      'head on my stomach',
      'drives his head',
      'drive his head',
      'driving his head',
      'drives their head',
      'driving their head',
      'puts his head',
      'put his head',
      'buries his head',
      'burying his head',
    ],
    topics: ['loop_choke', 'guillotine', 'darce', 'anaconda'],
  },
  {
    phrases: [
      'posts his arm',
      'posting his arm',
      'posted his arm',
      'posts his hand',
      'posting his hand',
      'posts their arm',
      'he reaches in',
      'he keeps reaching',
      'they reach in',
      'they keep reaching',
      'reaching in and posting',
      'he posts on me',
      'posting his arm on me',
    ],
    topics: ['kimura'],
    terms: ['arm_drag'],
  },
];
