// training_goals: a goal called a bonus is not what the user trains for: "to have fun, weight loss is
// a bonus", "fitness is just a side effect", "competing would be a nice perk". Its "just" stresses
// how little it counts, not the goal; another goal named wins.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The mention is the subject of "… is (just) a (nice) bonus / side effect / perk" in its clause. */
export function calledABonus(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const clause = tokens[mention.start]?.clause;
  let k = mention.end;
  while (tokens[k]?.clause === clause && LEAD.has(tokens[k]?.text ?? '')) k++;
  if (!COPULAS.has(tokens[k]?.text ?? '')) return false;
  for (k++; tokens[k]?.clause === clause && SOFTENERS.has(tokens[k]?.text ?? ''); k++);
  const word = tokens[k]?.text ?? '';
  const next = tokens[k + 1]?.text ?? '';
  return tokens[k]?.clause === clause && (BONUS.has(word) || (word === 'side' && SIDE.has(next)));
}

// "weight loss for me is a bonus", "the weight loss honestly is a perk"
const LEAD: ReadonlySet<string> = new Set(['for', 'me', 'honestly', 'tbh', 'though', 'really', 'thing', 'part']);
const COPULAS: ReadonlySet<string> = new Set(['is', 's', 'are', 're', 'was', 'would', 'will', 'll', 'be', 'being']);
const SOFTENERS: ReadonlySet<string> = new Set([
  ...['be', 'just', 'only', 'merely', 'more', 'like', 'kind', 'sort', 'of', 'kinda', 'sorta', 'a', 'an', 'the'],
  ...['nice', 'added', 'extra', 'welcome', 'happy', 'big', 'huge', 'little', 'cool', 'great', 'good'],
]);
const BONUS: ReadonlySet<string> = new Set(['bonus', 'perk', 'byproduct', 'afterthought']);
const SIDE: ReadonlySet<string> = new Set(['effect', 'effects', 'benefit', 'benefits', 'thing', 'bonus', 'perk']);
