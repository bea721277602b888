// training_frequency: the day a promotion happened ("promoted to brown saturday 🎉 … 3 times a week",
// "got my purple sunday!! training like 4 times a week",
// "got promoted to purple on saturday so now i'm going 5 times a week") is when, not a day trained.

import { dayAt } from './schedule-days';
import { COLOUR_WORDS } from './belt-words';
import type { Token } from './text';

/** The tokens without a day named a few words after a promotion (and the "on"/"last" before it). */
export function withoutPromotionDay(tokens: readonly Token[]): readonly Token[] {
  const drop = new Set<number>();
  tokens.forEach((t, i) => {
    if (!PROMOTED.has(t.text) && !beltGot(tokens, i)) return;
    for (let k = i + 1; k <= i + REACH && k < tokens.length && tokens[k]?.clause === t.clause; k++) {
      if (!dayAt(tokens, k)) continue;
      drop.add(k);
      if (WHEN.has(tokens[k - 1]?.text ?? '')) drop.add(k - 1);
      return;
    }
  });
  return drop.size ? tokens.filter((_, i) => !drop.has(i)) : tokens;
}
/** "got my purple sunday", "got my blue belt on friday": a belt received. */
const beltGot = (tokens: readonly Token[], i: number): boolean =>
  GOT.has(tokens[i]?.text ?? '') &&
  tokens.slice(i + 1, i + 3).some((t) => COLOUR_WORDS.has(t.text)) &&
  OWNERS.has(tokens[i + 1]?.text ?? '');
const GOT: ReadonlySet<string> = new Set(['got', 'received', 'earned', 'get']);
const OWNERS: ReadonlySet<string> = new Set(['my', 'the', 'a']);
// "promoted to purple on saturday"
const REACH = 5;
const PROMOTED: ReadonlySet<string> = new Set(['promoted', 'promotion', 'graded', 'grading', 'striped', 'belted']);
const WHEN: ReadonlySet<string> = new Set(['on', 'last', 'this', 'past']);
