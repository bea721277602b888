// main_position: "pretty even top and bottom now", "50/50 guard and top": the two sides named right
// after "even" or a split are what is split evenly, no vote for either.

import type { Mention } from './lexicon';
import type { PositionSignal } from './position-words';
import type { Token } from './text';

/** Indexes in `mentions` of a pair of sides said right after a balanced mention. */
export function pairAfterEven(tokens: readonly Token[], mentions: readonly Mention<PositionSignal>[]): Set<number> {
  const pair = new Set<number>();
  mentions.forEach((m, i) => {
    const [first, second] = [mentions[i + 1], mentions[i + 2]];
    if (m.value !== 'balanced' || !first || !second || !EVEN.has(tokens[m.end - 1]?.text ?? '')) return;
    const sides = first.value !== second.value && first.value !== 'balanced' && second.value !== 'balanced';
    const close =
      first.start - m.end <= BETWEEN &&
      PAIR_JOINERS.has(tokens[first.end]?.text ?? '') &&
      second.start === first.end + 1;
    if (sides && close) pair.add(i + 1).add(i + 2);
  });
  return pair;
}
const BETWEEN = 1;
// ("equally decent on top and underneath" weighs the sides itself)
const EVEN: ReadonlySet<string> = new Set(['even', '50', 'split', 'evenly']);
const PAIR_JOINERS: ReadonlySet<string> = new Set(['and', '/', '&', 'or']);
