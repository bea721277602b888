// main_position answered, then explained: "Guard, because on top my knees hurt", "top kasi ang
// bigat ko sa bottom", "guardia porque arriba me canso". The sides a reason names tell why the
// answer is what it is; they are not a second answer that makes it balanced.

import type { Token } from './text';
import type { PlacedVote } from './position-time';

const REASON_WORDS: ReadonlySet<string> = new Set(['because', 'cause', 'cuz', 'coz', 'bc', 'kasi', 'porque', 'pq']);
/** A reason runs to the end of its sentence, or to a turn ("…, but lately top"). */
const REASON_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';', 'but', 'though', 'tho', 'however', 'pero']);

export function reasonsExplain<V extends PlacedVote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const start = tokens.findIndex((t, k) => REASON_WORDS.has(t.text) && votes.some((v) => v.at < k && v.weight > 0));
  if (start < 0) return [...votes];
  let end = start + 1;
  while (end < tokens.length && !REASON_ENDS.has(tokens[end]?.text ?? '')) end++;
  return votes.map((v) => (v.at > start && v.at < end ? { ...v, weight: 0 } : v));
}
