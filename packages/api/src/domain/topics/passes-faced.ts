// "guard retention vs the knee cut", "half guard retention against pressure passing": the pass kept
// out is the one faced, not passing asked (labellers allow it either way; the newest leave it out).
import { type Unit, isTopic, rawOf as wordOf } from './match';

/** The passing units named as what guard retention is against, to be read as no topic. */
export function passesFacedUnits(units: readonly Unit[]): Set<number> {
  if (!units.some((u) => isTopic(u) && u.topics.includes('guard_retention'))) return new Set();
  return new Set(
    units.flatMap((u, i) => (isTopic(u) && u.topics.every((t) => t === 'guard_passing') && faced(units, i) ? [i] : [])),
  );
}

function faced(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  for (let crossed = 0; crossed < 2 && DESCRIBING.has(wordOf(units[j]) ?? ''); crossed++) j--;
  return FACING.has(wordOf(units[j]) ?? '');
}
// ("como retengo la guardia contra el toreando")
const FACING: ReadonlySet<string> = new Set(['vs', 'versus', 'against', 'agains', 'contra']);
const DESCRIBING: ReadonlySet<string> = new Set([
  ...['the', 'a', 'pressure', 'smash', 'heavy', 'fast', 'their', 'his', 'her'],
  ...['el', 'la', 'o'],
]);
