// main_position: "it's even" said of the rolls, the sides played alike: "now it's even", "these days
// it is even tbh", "it evened out", "so call it even". "even" before more words is the adverb ("it's even harder on
// top"), so the phrase counts only where it ends its clause or a time or filler word follows.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** "it's even", "it is even", "its even", "it evened out" at a clause's end, none already taken. */
export function saidEven(tokens: readonly Token[], taken: readonly Mention<unknown>[]): Mention<'balanced'>[] {
  const found: Mention<'balanced'>[] = [];
  tokens.forEach((t, k) => {
    const start = subjectBefore(tokens, k);
    if (start < 0) return;
    const end = t.text === 'evened' && tokens[k + 1]?.text === 'out' ? k + 2 : t.text === 'even' ? k + 1 : -1;
    if (end < 0 || !endsThere(tokens, end)) return;
    if (taken.some((m) => m.start < end && m.end > start)) return;
    found.push({ value: 'balanced', start, end });
  });
  return found;
}

/** Where "it s" / "it is" / "its" / "it" starts before token k, softeners between; -1 when none. */
function subjectBefore(tokens: readonly Token[], k: number): number {
  let j = k;
  while (SOFTENERS.has(tokens[j - 1]?.text ?? '')) j--;
  const [a, b] = [tokens[j - 2]?.text, tokens[j - 1]?.text];
  if (a === 'it' && (b === 's' || b === 'is')) return j - 2;
  // "so call it even", "i'd call that even": the user's own verdict on the rolls
  if (a === 'call' && CALLED.has(b ?? '')) return j - 2;
  if (b === 'its' || (b === 'it' && tokens[k]?.text === 'evened')) return j - 1;
  return -1;
}
const CALLED: ReadonlySet<string> = new Set(['it', 'that', 'them']);
// "it's pretty much even", "it's about even now"
const SOFTENERS: ReadonlySet<string> = new Set([
  'pretty',
  'much',
  'about',
  'roughly',
  'kinda',
  'fairly',
  'basically',
  'more',
  'or',
  'less',
  'all',
  'mostly',
]);

const endsThere = (tokens: readonly Token[], end: number): boolean => {
  const next = tokens[end];
  // "call it even though I prefer top": "even though" opens a concession, it says nothing even
  if (CONCEDING.has(next?.text ?? '') && tokens[end + 1]?.kind === 'word') return false;
  return !next || next.kind !== 'word' || next.clause !== tokens[end - 1]?.clause || TRAILING.has(next.text);
};
const CONCEDING: ReadonlySet<string> = new Set(['though', 'tho', 'if']);
const TRAILING: ReadonlySet<string> = new Set([
  ...['now', 'nowadays', 'these', 'lately', 'currently', 'anyway', 'overall', 'really', 'i', 'id'],
  ...['tbh', 'honestly', 'lol', 'haha', 'mostly', 'pretty', 'much', 'between', 'both', 'ways'],
]);
