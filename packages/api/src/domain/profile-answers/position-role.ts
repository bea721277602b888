// main_position: the side named by the role the user takes, the verb alone: "I'm always the one
// pulling", "the one who pulls", "the one that has to sit". A bare "pull" or "sit" names no side ("pull
// ups", "sit out a round"); after "the one" it is what the user does in a roll. Refusing the role
// ("dont like being the one pulling") is read by the refusal cues (negation-words.ts).

import type { Mention } from './lexicon';
import type { Token } from './text';
import type { MainPosition } from './types';
import { preferredVerbs, SIDE_VERBS, type VerbCue } from './position-rather';

/** The verbs of a role ("the one pulling") that no mention in `taken` already reads ("pulling guard"). */
export function roleVerbs(tokens: readonly Token[], taken: readonly Mention<unknown>[]): Mention<MainPosition>[] {
  return preferredVerbs(tokens, taken, ROLE);
}

// "the one who pulls", "the one that sits": the third person only a role takes
const ROLE_ONLY_VERBS: ReadonlyMap<string, MainPosition> = new Map([
  ['pulls', 'guard'],
  ['sits', 'guard'],
  ['stands', 'top'],
]);
/** Words between the role and its verb: "the one who always pulls", "the one that has to sit". */
const FILLERS: ReadonlySet<string> = new Set([
  ...['who', 'that', 'to', 'always', 'usually', 'just', 'first'],
  ...['has', 'have', 'gets', 'ends', 'up', 'll', 'will'],
]);
const MAX_FILLERS = 4;

/** A side verb of either kind, the side verbs first: "the one pulling", "the one who pulls". */
const ROLE: VerbCue = {
  verbs: new Map([...ROLE_ONLY_VERBS, ...SIDE_VERBS]),
  fillers: FILLERS,
  maxFillers: MAX_FILLERS,
  leads: (tokens, k) => tokens[k]?.text === 'one' && tokens[k - 1]?.text === 'the',
};
