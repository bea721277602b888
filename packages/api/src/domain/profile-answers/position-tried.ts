// main_position: a side the user tried and gave up is one they avoid: "tried playing top but my
// cardio says no", "i tried guard, didnt work for me". Said without a turn after it ("tried top and
// loved it") it stays a side they play.

import type { Mention } from './lexicon';
import type { PositionSignal } from './position-words';
import type { Token } from './text';

/** The mentions named right after "tried" (past "playing", "being on") and turned down after. */
export function triedAndLeft(tokens: readonly Token[], mentions: readonly Mention<PositionSignal>[]): Set<number> {
  const left = new Set<number>();
  mentions.forEach((mention, i) => {
    let k = mention.start - 1;
    while (mention.start - k <= LEAD_REACH && LEADS.has(tokens[k]?.text ?? '')) k--;
    if (!TRIED.has(tokens[k]?.text ?? '')) return;
    const after = tokens.slice(mention.end, mention.end + TURN_REACH);
    if (after.some((t) => TURNS.has(t.text) && t.clause <= (tokens[mention.end - 1]?.clause ?? 0) + 1)) left.add(i);
  });
  return left;
}
const LEAD_REACH = 3;
const LEADS: ReadonlySet<string> = new Set(['playing', 'play', 'being', 'on', 'to', 'out', 'the']);
const TRIED: ReadonlySet<string> = new Set(['tried', 'trying', 'try', 'tested', 'experimented']);
const TURN_REACH = 4;
const TURNS: ReadonlySet<string> = new Set([
  ...['but', 'didnt', "didn't", 'hated', 'wasnt', "wasn't", 'nope', 'never', 'meh'],
  // Portuguese and Spanish "mas", "pero"
  ...['mas', 'pero'],
]);
