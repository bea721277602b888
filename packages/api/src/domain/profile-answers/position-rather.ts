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

/** How a bare side verb is cued: its verbs, the words that may stand before it, and the word that leads them. */
export interface VerbCue {
  readonly verbs: ReadonlyMap<string, MainPosition>;
  readonly fillers: ReadonlySet<string>;
  readonly maxFillers: number;
  /** Whether the words ending at `k` lead the verb ("rather", "the one"). */
  readonly leads: (tokens: readonly Token[], k: number) => boolean;
}

const PREFERENCE: VerbCue = {
  verbs: SIDE_VERBS,
  fillers: FILLERS,
  maxFillers: MAX_FILLERS,
  leads: (tokens, k) => PREFERS.has(tokens[k]?.text ?? ''),
};

/** The verbs of a preference (or of another `cue`) that no mention in `taken` already reads ("rather pull guard" is read whole). */
export function preferredVerbs(
  tokens: readonly Token[],
  taken: readonly Mention<unknown>[],
  cue: VerbCue = PREFERENCE,
): Mention<MainPosition>[] {
  return tokens.flatMap((token, i) => {
    const side = cue.verbs.get(token.text);
    if (!side || taken.some((m) => i >= m.start && i < m.end)) return [];
    let k = i - 1;
    while (i - k <= cue.maxFillers && cue.fillers.has(tokens[k]?.text ?? '')) k--;
    return cue.leads(tokens, k) ? [{ value: side, start: i, end: i + 1 }] : [];
  });
}
