// main_position told as a change of game with sides in other words than top and guard: "went from
// pressure passer to leg lock guard player this year", "moved from smashing to playing butterfly",
// "switched from wrestling up to pulling" (position-words.ts reads the bare "from guard to top"). The
// side it changed from is the game left behind; the side it changed to is the game now.

import type { Token } from './text';
import type { PlacedVote } from './position-time';

/** Votes between a change's "from" and its "to" lose their weight, when a side follows the "to". */
export function changedFromTo<V extends PlacedVote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  let out = [...votes];
  tokens.forEach((t, k) => {
    // "I was a De La Riva guy for years, switched to a top game": told with no "from", all before the
    // change is the game left behind
    if (TO.has(t.text) && CHANGED.has(tokens[k - 1]?.text ?? '')) {
      const now = out.some((v) => v.at > k && tokens[v.at]?.clause === t.clause);
      if (now) out = out.map((v) => (v.at < k ? { ...v, weight: LEFT_BEHIND } : v));
      return;
    }
    if (t.text !== 'from' || !CHANGED.has(tokens[k - 1]?.text ?? '')) return;
    const to = tokens.findIndex((u, j) => j > k && TO.has(u.text) && u.clause === t.clause);
    if (to < 0) return;
    const left = (v: V): boolean => v.at > k && v.at < to;
    const now = out.some((v) => v.at > to && tokens[v.at]?.clause === t.clause);
    if (now && out.some(left)) out = out.map((v) => (left(v) ? { ...v, weight: LEFT_BEHIND } : v));
  });
  return out;
}

const LEFT_BEHIND = 0;
const CHANGED: ReadonlySet<string> = new Set([
  // not "go from closed guard to mount", which tells a roll, not a game changed
  ...['went', 'gone', 'moved', 'switched', 'changed', 'transitioned', 'shifted', 'evolved'],
  ...['progressed', 'turned', 'converted', 'migrated'],
]);
const TO: ReadonlySet<string> = new Set(['to', 'into']);
