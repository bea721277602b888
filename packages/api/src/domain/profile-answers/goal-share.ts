// training_goals: "70% for fitness, 30% just hanging with the boys": a goal given a share of the
// reasons weighs by that share, so the larger part wins over any "just" or "mainly" said with a
// smaller one.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The weight of the percentage that opens a goal's clause ("30% just …" → 0.6, "100%" → 2), else null. */
export function shareWeight(tokens: readonly Token[], mention: Mention<unknown>): number | null {
  const clause = tokens[mention.start]?.clause;
  for (let k = mention.start - 1; k > 0 && tokens[k]?.clause === clause; k--) {
    const number = tokens[k - 1];
    if (PERCENT.has(tokens[k]?.text ?? '') && number?.kind === 'number' && number.value <= FULL)
      return number.value / HALF;
  }
  return null;
}
const PERCENT: ReadonlySet<string> = new Set(['%', 'percent', 'pct']);
const FULL = 100;
const HALF = 50;
