// main_position: "i wrestle up from guard a lot but id rather be on top", "i like passing and mount but
// i spend most of my time in closed guard": two sides said as keenly, the one after "but" is the answer.

import type { Token } from './text';
import type { SidedVote as Vote } from './position-time';

/** The strongest guard and top votes tie, both said keenly: the later one, past a "but", gets the edge. */
export function contrastDecides<V extends Vote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const strongest = (side: Vote['side']): V | undefined =>
    votes
      .filter((v) => v.side === side)
      .reduce<V | undefined>((a, v) => (a && a.weight >= v.weight ? a : v), undefined);
  const [guard, top] = [strongest('guard'), strongest('top')];
  const balanced = strongest('balanced');
  if (!guard || !top || guard.weight !== top.weight || guard.weight < KEEN || (balanced?.weight ?? -1) >= guard.weight)
    return [...votes];
  const [first, later] = guard.at < top.at ? [guard, top] : [top, guard];
  const but = tokens.findIndex((t, k) => k >= first.at && k < later.at && CONTRAST.has(t.text));
  if (but < 0) return [...votes];
  // "… but i also like playing spider", "but my halfguard is decent too": added, not set against;
  // "closed guard in gi, but in nogi i pass": each in its own setting
  const clauseEnd = tokens.findIndex((t, k) => k > later.at && t.clause !== tokens[later.at]?.clause);
  const after = tokens.slice(but, clauseEnd < 0 ? tokens.length : clauseEnd);
  if (after.some((t) => ADDED.has(t.text) || SETTINGS.has(t.text))) return [...votes];
  return votes.map((v) => (v === later ? { ...v, weight: v.weight + EDGE } : v));
}
const CONTRAST: ReadonlySet<string> = new Set(['but', 'though', 'tho', 'however', 'mas', 'pero', 'aber']);
const EDGE = 0.5;
// sides said keenly ("a lot", "rather", "like"): "guard is fun but passing blows my mind" stays both
const KEEN = 2;
const ADDED: ReadonlySet<string> = new Set(['also', 'too', 'well', 'both']);
const SETTINGS: ReadonlySet<string> = new Set(['gi', 'nogi', 'comp', 'comps', 'competition', 'tournaments']);
