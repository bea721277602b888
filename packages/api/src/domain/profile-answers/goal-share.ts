// training_goals: "70% for fitness, 30% just hanging with the boys": a goal given a share of the
// reasons weighs by that share, so the larger part wins over any "just" or "mainly" said with a
// smaller one.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The weight of a percentage said just before a goal ("30% just …" → 0.6, "100%" → 2), else null. */
export function shareWeight(tokens: readonly Token[], mention: Mention<unknown>): number | null {
  // a few words before the goal: "70% for fitness", "30% just hanging with the boys" (not "im 100%
  // sure i want to compete … but mostly for fitness")
  const clause = tokens[mention.start]?.clause;
  for (let k = mention.start - 1; k > 0 && k >= mention.start - SHARE_REACH && tokens[k]?.clause === clause; k--) {
    const number = tokens[k - 1];
    if (PERCENT.has(tokens[k]?.text ?? '') && number?.kind === 'number' && number.value <= FULL)
      return number.value / HALF;
  }
  return null;
}
const SHARE_REACH = 4;
const PERCENT: ReadonlySet<string> = new Set(['%', 'percent', 'pct']);
const FULL = 100;
const HALF = 50;
