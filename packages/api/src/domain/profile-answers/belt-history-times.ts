// belt_level: times a belt was held that a history leaves half said. "blanco 2 anos, azul 3, morado 4
// y desde marzo marron", "white 1 year, blue 3, purple 4": once a count of years is said, a bare
// count right after each later belt is the same unit; "cafe 2023 y este ano negra", "this year
// black": the current year is a time held too.

import type { Mention } from './lexicon';
import type { Token } from './text';

/**
 * Where `held` belts (in the order said) carry an elided count ("azul 3,") or "this year" is said.
 * A bare count only counts after an earlier count with its unit (`unitAt`), and only when nothing
 * but the end of its clause or "and" follows it.
 */
export function elidedTimesHeld(
  tokens: readonly Token[],
  held: readonly Mention<unknown>[],
  unitAt: (k: number) => boolean,
): number[] {
  const firstUnit = tokens.findIndex((_, k) => unitAt(k));
  const bare = held.flatMap((m) => {
    const k = m.end;
    const count = tokens[k];
    if (firstUnit < 0 || k <= firstUnit || count?.kind !== 'number' || count.value > 60) return [];
    const after = tokens[k + 1];
    return after === undefined || after.kind === 'symbol' || AND.has(after.text) ? [k] : [];
  });
  const thisYear = tokens.flatMap((t, k) => (THIS.has(t.text) && YEAR.has(tokens[k + 1]?.text ?? '') ? [k] : []));
  return [...bare, ...thisYear];
}
const AND: ReadonlySet<string> = new Set(['and', 'y', 'e', 'then', 'luego', 'depois']);
// "este año" folds to "este ano"; "esse ano", "this year"
const THIS: ReadonlySet<string> = new Set(['this', 'este', 'esse', 'neste', 'nesse', 'est']);
const YEAR: ReadonlySet<string> = new Set(['year', 'ano']);
