// main_position: the side named by the role the user takes, the verb alone: "I'm always the one
// pulling", "the one who pulls", "the one that has to sit". A bare "pull" or "sit" names no side ("pull
// ups", "sit out a round"); after "the one" it is what the user does in a roll. Refusing the role
// ("dont like being the one pulling") is read by the refusal cues (cue-words.ts).

import type { Mention } from './lexicon';
import type { Token } from './text';
import type { MainPosition } from './types';
import { SIDE_VERBS } from './position-rather';

/** The verbs of a role ("the one pulling") that no mention in `taken` already reads ("pulling guard"). */
export function roleVerbs(tokens: readonly Token[], taken: readonly Mention<unknown>[]): Mention<MainPosition>[] {
  return tokens.flatMap((token, i) => {
    const side = SIDE_VERBS.get(token.text) ?? ROLE_ONLY_VERBS.get(token.text);
    if (!side || taken.some((m) => i >= m.start && i < m.end)) return [];
    let k = i - 1;
    while (i - k <= MAX_FILLERS && FILLERS.has(tokens[k]?.text ?? '')) k--;
    return tokens[k]?.text === 'one' && tokens[k - 1]?.text === 'the' ? [{ value: side, start: i, end: i + 1 }] : [];
  });
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
