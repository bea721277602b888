// "arm triangle from mount keeps slipping … i end up in their half guard", "… end up flat on my back with
// him in half guard": the opponent's guard the user's failed attack ends in is how the story ends, not
// what is asked — unless passing it is ("i end up in his half guard every time, how do i pass").
import { type Unit, isTopic } from './match';
import type { Token } from './tokenize';
import { GUARD_POSITIONS, pickedBesideOthers } from './unit-words';

/** The guard units the user's story ends up in, the opponent's, to be read as no topic. */
export function endedInTheirGuardUnits(units: readonly Unit[], tokens: readonly Token[]): Set<number> {
  if (units.some((u) => isTopic(u) && u.topics.includes('guard_passing'))) return new Set();
  return pickedBesideOthers(units, (u) => u.topics.every((t) => GUARD_POSITIONS.has(t)) && endedIn(tokens, u.start));
}

function endedIn(tokens: readonly Token[], at: number): boolean {
  const raw = (k: number): string => tokens[k]?.raw ?? '';
  const theirs = THEIRS.has(raw(at - 1)) && raw(at - 2) === 'in';
  const themIn = raw(at - 1) === 'in' && THEM.has(raw(at - 2));
  if (!theirs && !themIn) return false;
  for (let k = at - 3; k >= Math.max(1, at - 14) && !tokens[k]?.isBreak; k--)
    if (raw(k) === 'up' && ENDING.has(raw(k - 1))) return true;
  return false;
}
// ("there" for "their", as typed)
const THEIRS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'there', 'thier']);
const THEM: ReadonlySet<string> = new Set(['him', 'her', 'them']);
const ENDING: ReadonlySet<string> = new Set(['end', 'ended', 'ending', 'ends']);
