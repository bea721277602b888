// "stuck under side control …, then he went north south … how do u get out of those": a plural
// pronoun after a way out points at every place named before that one is held in.
import { PINS } from '../../data/topic-aliases';
import { type Unit, isTopic, rawOf as wordOf } from './match';
import { isUsersOwnAct } from './users-own-act';

const SEVERAL: ReadonlySet<string> = new Set(['those', 'both', 'them', 'these']);
const HELD_IN: ReadonlySet<string> = new Set([...PINS, 'back_control', 'turtle']);

/** The places the word after the way out at `i` points back at, or none when it is no plural pronoun. */
export function placesPointedAt(units: readonly Unit[], i: number): number[] {
  if (!SEVERAL.has(wordOf(units[i + 1]) ?? '')) return [];
  return units.flatMap((u, j) =>
    j < i && isTopic(u) && u.topics.length > 0 && u.topics.every((t) => HELD_IN.has(t)) && !isUsersOwnAct(units, j)
      ? [j]
      : [],
  );
}
