// main_position: a side played less than once a week is the exception, not the game: "I pull guard
// maybe once a month, I'm a top guy" → top, "top guy, every few weeks I end up in guard" → top. Only
// when the other side is said too: "I pull guard once a month" alone still names guard.

import { compileLexicon, findMentions } from './lexicon';
import type { Token } from './text';
import { SELDOM } from './position-seldom-words';

interface SideVote {
  readonly side: string;
  readonly at: number;
  readonly weight: number;
}

const seldomLexicon = compileLexicon(SELDOM);

/** Votes for the side said nearest a less-than-weekly rate, in its clause, set below the other side's. */
export function seldomExceptions<V extends SideVote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const sides = votes.filter((v) => v.side === 'guard' || v.side === 'top');
  const rare = new Set<string>();
  for (const m of findMentions(seldomLexicon, tokens)) {
    const clause = tokens[m.start]?.clause;
    const distance = (v: V): number => (v.at < m.start ? m.start - v.at : v.at - m.end);
    const near = sides
      .filter((v) => tokens[v.at]?.clause === clause && distance(v) <= REACH)
      .sort((a, b) => distance(a) - distance(b))[0];
    if (near) rare.add(near.side);
  }
  // one side said to be seldom, and the other said without it
  const [side] = rare;
  if (rare.size !== 1 || !sides.some((v) => v.side !== side)) return [...votes];
  return votes.map((v) => (v.side === side ? { ...v, weight: EXCEPTION } : v));
}
// "i pull guard maybe once a month": from the side's first word to the rate
const REACH = 5;
const EXCEPTION = 0;
