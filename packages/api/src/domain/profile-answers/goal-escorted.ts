// training_goals: "i drive her to every tourney", "i take my son to comps": a competition the user
// brings someone else to is theirs; the user is the driver, no competitor.

import type { Mention } from './lexicon';
import type { Token } from './text';
import { OTHER_SUBJECTS } from './other-subject-words';

/** The competition at `mention` is where the user takes someone: "<take> <them> to (every|the…) <comp>". */
export function escortedTo(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  if (mention.value !== 'competition') return false;
  let k = mention.start - 1;
  while (mention.start - k <= FILLER_REACH && FILLERS.has(tokens[k]?.text ?? '')) k--;
  if (tokens[k]?.text !== 'to') return false;
  // the one taken: "her", "my son", "the kids", "both my girls"
  const object = k - 1;
  if (!TAKEN.has(tokens[object]?.text ?? '') && !OTHER_SUBJECTS.has(tokens[object]?.text ?? '')) return false;
  let verb = object - 1;
  while (object - verb <= FILLER_REACH && OWNERS.has(tokens[verb]?.text ?? '')) verb--;
  return ESCORTING.has(tokens[verb]?.text ?? '');
}
const FILLER_REACH = 3;
const FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'every', 'all', 'his', 'her', 'their', 'local', 'big']);
const TAKEN: ReadonlySet<string> = new Set(['her', 'him', 'them', 'em']);
const OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'the', 'both', 'all']);
const ESCORTING: ReadonlySet<string> = new Set([
  ...['drive', 'drives', 'drove', 'driving', 'take', 'takes', 'took', 'taking', 'bring', 'brings', 'brought'],
  ...['ferry', 'ferrying', 'chauffeur', 'chauffeuring', 'accompany', 'follow', 'following', 'fly', 'flew'],
]);
