// belt_level: a belt told right after the user's own label for themself is the user's: "old man brown
// belt 👴🥋", "just an old guy purple belt", "im the old dude blue belt". "man", "guy" alone name someone
// else ("the guy who's a black belt"); with an age word before them and no owner ("my old man is a
// brown belt" is the user's father) they are how the user sums themself up.

import type { Mention } from './lexicon';
import type { Token } from './text';
import type { BeltSignal } from './belt-words';

/** Age words a user calls themself by. */
const AGED: ReadonlySet<string> = new Set(['old', 'older', 'oldish', 'aging', 'ageing', 'elderly', 'grumpy']);
/** The person the age word goes with. */
const PERSON: ReadonlySet<string> = new Set(['man', 'guy', 'dude', 'lady', 'woman', 'timer', 'fella', 'bloke', 'gal']);
/** Owners before the label make it someone else: "my old man", "her old man". */
const OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'ur', 'whose']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'just', 'some']);

/** The belt at `mention` follows the user's self-label directly: "old man brown belt". */
export function selfLabelled(tokens: readonly Token[], mention: Mention<BeltSignal>): boolean {
  const k = mention.start - 1;
  if (!PERSON.has(tokens[k]?.text ?? '') || !AGED.has(tokens[k - 1]?.text ?? '')) return false;
  let j = k - 2;
  while (ARTICLES.has(tokens[j]?.text ?? '')) j--;
  return !OWNERS.has(tokens[j]?.text ?? '');
}
