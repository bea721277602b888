// main_position: each side told with how often it is played, "gi 3 times a week and i play guard
// there, nogi once a week where i play top": the side of the most sessions is the one mostly played.

import type { Token } from './text';
import { findRates } from './frequency-readings';

interface SideVote {
  readonly side: string;
  readonly at: number;
  readonly weight: number;
}

/** Plain votes for guard and top, each in a clause with its own rate: the side trained more weighs more. */
export function bySessions<V extends SideVote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const sides = votes.filter((v) => v.side === 'guard' || v.side === 'top');
  if (sides.some((v) => v.weight !== PLAIN)) return [...votes];
  const rates = findRates(tokens);
  const clauseOf = (at: number): number => tokens[at]?.clause ?? -1;
  const sessions = (v: V): number =>
    rates.filter((r) => clauseOf(r.start) === clauseOf(v.at)).reduce((sum, r) => sum + r.perWeek, 0);
  const total = (side: string): number => sides.filter((v) => v.side === side).reduce((sum, v) => sum + sessions(v), 0);
  const [guard, top] = [total('guard'), total('top')];
  // each side in clauses of its own, each with a count
  const shared = sides.some((v) => sides.some((o) => o.side !== v.side && clauseOf(o.at) === clauseOf(v.at)));
  if (shared || sides.some((v) => sessions(v) === 0) || guard === top) return [...votes];
  const more = guard > top ? 'guard' : 'top';
  return votes.map((v) => (sides.includes(v) ? { ...v, weight: v.side === more ? MORE : LESS } : v));
}
const PLAIN = 1;
const MORE = 2;
const LESS = 0;
