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
  return m.value === means && found.some((p) => p.value !== means && followsDirectly(tokens, p, m));
}

/** A correction marker with an "I mean" right after it. */
export function spelledOut<V>(
  tokens: readonly Token[],
  found: readonly Mention<V>[],
  m: Mention<V>,
  means: V,
): boolean {
  return m.value !== means && found.some((n) => n.value === means && followsDirectly(tokens, m, n));
}

/** `second` comes right after `first`, with nothing but symbols between. */
const followsDirectly = <V>(tokens: readonly Token[], first: Mention<V>, second: Mention<V>): boolean =>
  first.end <= second.start && tokens.slice(first.end, second.start).every((t) => t.kind === 'symbol');
