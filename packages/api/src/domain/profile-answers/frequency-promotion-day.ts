// training_frequency: the day a promotion happened ("promoted to brown saturday 🎉 … 3 times a week",
// "got promoted to purple on saturday so now i'm going 5 times a week") is when, not a day trained.

import { dayAt } from './schedule-days';
import type { Token } from './text';

/** The tokens without a day named a few words after a promotion (and the "on"/"last" before it). */
export function withoutPromotionDay(tokens: readonly Token[]): readonly Token[] {
  const drop = new Set<number>();
  tokens.forEach((t, i) => {
    if (!PROMOTED.has(t.text)) return;
    for (let k = i + 1; k <= i + REACH && k < tokens.length && tokens[k]?.clause === t.clause; k++) {
      if (!dayAt(tokens, k)) continue;
      drop.add(k);
      if (WHEN.has(tokens[k - 1]?.text ?? '')) drop.add(k - 1);
      return;
    }
  });
  return drop.size ? tokens.filter((_, i) => !drop.has(i)) : tokens;
}
// "promoted to purple on saturday"
const REACH = 5;
const PROMOTED: ReadonlySet<string> = new Set(['promoted', 'promotion', 'graded', 'grading', 'striped', 'belted']);
const WHEN: ReadonlySet<string> = new Set(['on', 'last', 'this', 'past']);
