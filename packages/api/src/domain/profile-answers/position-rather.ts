// main_position: the side named by what the user would rather do, the verb alone: "i'd rather sit",
// "rather pull", "prefer to sit", "i'd sooner stand". A bare "sit" or "pull" names no side ("sit out
// a round", "pull ups"), so only right after such a preference, which also marks it as the one preferred.

import type { Mention } from './lexicon';
import type { Token } from './text';
import type { MainPosition } from './types';

const PREFERS: ReadonlySet<string> = new Set(['rather', 'sooner', 'prefer', 'prefers', 'preferably']);
/** Words that may stand between the preference and its verb: "rather just sit", "prefer to pull". */
const FILLERS: ReadonlySet<string> = new Set(['to', 'just', 'simply', 'always', 'go', 'and']);
const MAX_FILLERS = 2;
/** Sitting and pulling start from guard; standing is where wrestling up and passing start. */
export const SIDE_VERBS: ReadonlyMap<string, MainPosition> = new Map([
  ['sit', 'guard'],
  ['sitting', 'guard'],
  ['pull', 'guard'],
  ['pulling', 'guard'],
  ['stand', 'top'],
  ['standing', 'top'],
]);

/** The verbs of a preference that no mention in `taken` already reads ("rather pull guard" is read whole). */
export function preferredVerbs(tokens: readonly Token[], taken: readonly Mention<unknown>[]): Mention<MainPosition>[] {
  return tokens.flatMap((token, i) => {
    const side = SIDE_VERBS.get(token.text);
    if (!side || taken.some((m) => i >= m.start && i < m.end)) return [];
    let k = i - 1;
    while (i - k <= MAX_FILLERS && FILLERS.has(tokens[k]?.text ?? '')) k--;
    return PREFERS.has(tokens[k]?.text ?? '') ? [{ value: side, start: i, end: i + 1 }] : [];
  });
}
