// main_position: a side kept for opponents of one size is the exception, not the game: "I'm a top guy,
// I only pull guard against bigger people", "Top. I start in guard against the bigger guys but I spend
// most of every round on top". Only when the other side is said with no size or condition of its own:
// "bigger guys guard, smaller guys top" and "guard if the guy's bigger, top if they're my size" are both.

import type { Token } from './text';
import { nearestSetting } from './position-settings';

interface SideVote {
  readonly side: string;
  readonly at: number;
  readonly weight: number;
}

/** Votes with a side played only against bigger or smaller opponents set below the side played otherwise. */
export function sizeExceptions<V extends SideVote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const sized = (v: V): boolean => SIZES.has(nearestSetting(tokens, v.at) ?? '');
  const sides = new Set(votes.filter(sized).map((v) => v.side));
  const [side] = sides;
  if (sides.size !== 1 || (side !== 'guard' && side !== 'top')) return [...votes];
  const other = votes.filter((v) => v.side !== side && v.side !== 'balanced');
  if (other.length === 0 || !other.every((v) => !sized(v) && !conditioned(tokens, v.at))) return [...votes];
  if (votes.some((v) => v.side === side && !sized(v))) return [...votes];
  return votes.map((v) => (v.side === side ? { ...v, weight: EXCEPTION } : v));
}
const SIZES: ReadonlySet<string> = new Set(['bigger', 'smaller']);
const EXCEPTION = 0;

/** "top if they're my size", "depends, vs smaller guys top": the side's clause names a condition. */
const conditioned = (tokens: readonly Token[], at: number): boolean =>
  tokens.some((t) => t.clause === tokens[at]?.clause && CONDITIONS.has(t.text));
const CONDITIONS: ReadonlySet<string> = new Set([
  ...['if', 'when', 'whenever', 'unless', 'against', 'vs', 'versus', 'depends', 'depending', 'with'],
  ...['contra', 'si', 'se', 'quando', 'cuando'],
]);
