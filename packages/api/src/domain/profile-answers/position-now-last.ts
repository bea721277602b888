// main_position told as a story that ends on now: "used to be all top, lately I've been pulling guard
// more and now it's even", "started as guard, recently more top, these days 50/50". The side said
// after the story's last word for now is the game now; what came before it, the past and what the
// user has "lately" drifted to, is the road there and counts only as the side liked less.

import type { Token } from './text';
import type { PlacedVote } from './position-time';

/** Votes before the closing "now" yield to those said in its clause after it. */
export function lastNowWins<V extends PlacedVote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const now = tokens.findLastIndex((_, k) => isNow(tokens, k));
  if (now < 0) return [...votes];
  const clause = tokens[now]?.clause;
  const after = votes.filter((v) => v.at > now && tokens[v.at]?.clause === clause && v.weight >= 1);
  const before = votes.filter((v) => v.at < now);
  const told = tokens.slice(0, now).some((t) => EARLIER.has(t.text));
  // a past said again after the "now" makes no ending ("now top, at first guard")
  const pastAfter = tokens.slice(now + 1).some((t) => EARLIER.has(t.text));
  if (after.length === 0 || before.length === 0 || !told || pastAfter) return [...votes];
  return votes.map((v) => (v.at < now ? { ...v, weight: 0 } : v));
}

/** "now" (not "now and then", "by now"), "nowadays", "currently", "these days", "at the moment". */
function isNow(tokens: readonly Token[], k: number): boolean {
  const [word, prev, next] = [tokens[k]?.text ?? '', tokens[k - 1]?.text, tokens[k + 1]?.text];
  if (NOW.has(word)) return !(word === 'now' && (prev === 'by' || next === 'and'));
  return (word === 'days' && prev === 'these') || (word === 'moment' && prev === 'the' && tokens[k - 2]?.text === 'at');
}
const NOW: ReadonlySet<string> = new Set(['now', 'nowadays', 'currently', 'agora', 'ahora', 'ngayon']);

// the past and the trend the story tells before its ending
const EARLIER: ReadonlySet<string> = new Set([
  ...['used', 'was', 'were', 'started', 'began', 'originally', 'initially', 'first', 'before', 'lately'],
  ...['recently', 'been', 'then', 'ago', 'antes', 'era', 'ultimamente'],
]);
