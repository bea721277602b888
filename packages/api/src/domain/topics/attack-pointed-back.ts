// "not looking for heel hook escapes, i want to FINISH them": an escape or defence ruled out, then
// the attack asked of a pronoun pointing back at it: only the escape is out, the technique is asked.
import { type Unit, isTopic, rawOf } from './match';

/** Of the units ruled out, the defences named whose technique a later "finish them" asks. */
export function attackPointedBack(units: readonly Unit[], ruledOut: ReadonlySet<number>): Set<number> {
  const asked = new Set<number>();
  for (const i of ruledOut) {
    const u = units[i];
    if (!isTopic(u) || !(u.defending || units[i + 1]?.kind === 'defending')) continue;
    const attacked = units.some(
      (v, k) => k > i && ATTACKING.has(rawOf(v) ?? '') && POINTING.has(rawOf(units[k + 1]) ?? ''),
    );
    if (attacked) asked.add(i);
  }
  return asked;
}
const ATTACKING: ReadonlySet<string> = new Set(['finish', 'hit', 'land', 'lock', 'attack', 'catch', 'tap']);
const POINTING: ReadonlySet<string> = new Set(['them', 'it', 'those', 'em', 'one']);
