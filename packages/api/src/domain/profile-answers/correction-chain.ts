// A correction said twice over: "lose weight no wait, I mean to have fun", "top actually I mean
// guard", "scratch that, I mean compete". "I mean" after another correction word only spells out
// that correction, so it needs no count after it (as a lone "I mean" does, correction.ts), and the
// pair takes back what came before wherever it stands.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The "I mean" kind of marker right after another correction marker, symbols between. */
export function spellsOutMarker<V>(
  tokens: readonly Token[],
  found: readonly Mention<V>[],
  m: Mention<V>,
  means: V,
): boolean {
  return (
    m.value === means && found.some((p) => p.value !== means && p.end <= m.start && onlySymbols(tokens, p.end, m.start))
  );
}

/** A correction marker with an "I mean" right after it. */
export function spelledOut<V>(
  tokens: readonly Token[],
  found: readonly Mention<V>[],
  m: Mention<V>,
  means: V,
): boolean {
  return (
    m.value !== means && found.some((n) => n.value === means && n.start >= m.end && onlySymbols(tokens, m.end, n.start))
  );
}

const onlySymbols = (tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).every((t) => t.kind === 'symbol');
