// Number words of the other tongues (world-words.ts). Some are everyday words too (French "une",
// Italian "due", Japanese "ni" and "go", Turkish "uc"): those count only right before what they count
// ("une fois", "ni kai": what their own tongue counts, so Vietnamese "bon" is no four in French "très
// bon cours"), right after a period said first ("haftada uc"), or as a range's low end ("ni san kai");
// not before a rate said in words, which has the word ("ba araw-araw": Tagalog "ba" asks, it is no
// Vietnamese three).

import type { Token } from './text';
import { compileLexicon, matchPhraseAt } from './lexicon';
import { insidePeriodBefore, periodBefore } from './frequency-unit-before';
import {
  WORLD_ADDS_UP,
  WORLD_COUNTED_BY,
  WORLD_COUNTED_NUMBERS,
  WORLD_COUNT_LINKERS,
  WORLD_NUMBERS,
  WORLD_RATE_PHRASES,
  WORLD_TIMES_ADVERBS,
  WORLD_TIMES_WORDS,
} from './world-words';

export { WORLD_TIMES_ADVERBS };

/** What the other tongues count: "fois", "razy", "kai", "kez", "kali", "keer", "mal", "volte". */
export const COUNTED_WORDS: ReadonlySet<string> = new Set(WORLD_TIMES_WORDS);
const LINKERS: ReadonlySet<string> = new Set(WORLD_COUNT_LINKERS);
const ADDS_UP: ReadonlySet<string> = new Set(WORLD_ADDS_UP);
const GEAR: ReadonlySet<string> = new Set(['gi', 'nogi', 'kimono']);
const ratePhrases = compileLexicon(WORLD_RATE_PHRASES);

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
  if (matchPhraseAt(ratePhrases, tokens, i + 1)) return undefined;
  const own = WORLD_COUNTED_BY.get(text) ?? COUNTED_WORDS;
  if (own.has(tokens[countedAt(tokens, i, own)]?.text ?? '') || periodBefore(tokens, i) !== null) return counted;
  // "do gi class aur ek nogi": after its own tongue's "and", before a kind of class it counts
  if (ADDS_UP.has(tokens[i - 1]?.text ?? '') && GEAR.has(next)) return counted;
  const high = WORLD_COUNTED_NUMBERS.get(next) ?? WORLD_NUMBERS.get(next);
  return high === counted + 1 && own.has(tokens[i + 2]?.text ?? '') ? counted : undefined;
}
