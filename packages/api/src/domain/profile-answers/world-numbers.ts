// Number words of the other tongues (world-words.ts). Some are everyday words too (French "une",
// Italian "due", Japanese "ni" and "go", Turkish "uc"): those count only right before what they count
// ("une fois", "ni kai"), right after a period said first ("haftada uc"), or as a range's low end
// ("ni san kai").

import type { Token } from './text';
import { insidePeriodBefore, periodBefore } from './frequency-unit-before';
import {
  WORLD_COUNTED_NUMBERS,
  WORLD_COUNT_LINKERS,
  WORLD_NUMBERS,
  WORLD_TIMES_ADVERBS,
  WORLD_TIMES_WORDS,
} from './world-words';

export { WORLD_TIMES_ADVERBS };

/** What the other tongues count: "fois", "razy", "kai", "kez", "kali", "keer", "mal", "volte". */
export const COUNTED_WORDS: ReadonlySet<string> = new Set(WORLD_TIMES_WORDS);
const LINKERS: ReadonlySet<string> = new Set(WORLD_COUNT_LINKERS);

/** Where what the count at `i` counts would stand: past a linker ("apat na beses"), if one follows. */
export const countedAt = (tokens: readonly Token[], i: number, counted: ReadonlySet<string>): number =>
  LINKERS.has(tokens[i + 1]?.text ?? '') && counted.has(tokens[i + 2]?.text ?? '') ? i + 2 : i + 1;

export function worldNumber(tokens: readonly Token[], i: number): number | undefined {
  const text = tokens[i]?.text ?? '';
  const value = WORLD_NUMBERS.get(text);
  if (value !== undefined) return value;
  const counted = WORLD_COUNTED_NUMBERS.get(text);
  // "shuu ni yon kai": the "ni" of "shuu ni" (a week) is a particle
  if (counted === undefined || insidePeriodBefore(tokens, i)) return undefined;
  const next = tokens[i + 1]?.text ?? '';
  if (COUNTED_WORDS.has(tokens[countedAt(tokens, i, COUNTED_WORDS)]?.text ?? '') || periodBefore(tokens, i) !== null)
    return counted;
  const high = WORLD_COUNTED_NUMBERS.get(next) ?? WORLD_NUMBERS.get(next);
  return high === counted + 1 && COUNTED_WORDS.has(tokens[i + 2]?.text ?? '') ? counted : undefined;
}
