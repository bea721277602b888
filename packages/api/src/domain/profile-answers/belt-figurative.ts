// belt_level: a belt as a figure of speech: "a white belt at doing dishes", "black belt in sarcasm",
// "purple belt in making excuses", "faixa preta em preguiça", "cinturón negro en dormir". A belt said
// of an everyday doing or a trait is a joke about it, no rank; "blue belt in the gi", "at 40", "at
// checkmat", "in judo" stay ranks (belt-art.ts reads another art's).

import type { Mention } from './lexicon';
import type { Token } from './text';
import { BELT_NOUNS } from './belt-words';

/** The belt at `mention`, followed by "at", "in" and a doing or a trait, is a figure of speech. */
export function figurativeBelt(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  let k = mention.end;
  // a colour matched alone may still have its belt noun after it: "faixa preta em…", "white belt at…"
  if (BELT_NOUNS.has(tokens[k]?.text ?? '')) k++;
  if (!AT.has(tokens[k]?.text ?? '')) return false;
  k++;
  // "at the grading", "in the morning": a doing after an article is an event or a time
  const bare = !ARTICLES.has(tokens[k]?.text ?? '');
  while (FILLERS.has(tokens[k]?.text ?? '') || ARTICLES.has(tokens[k]?.text ?? '')) k++;
  const word = tokens[k]?.text ?? '';
  if (tokens[k]?.kind !== 'word' || BJJ_DOINGS.has(word)) return false;
  const iberian = IBERIAN_AT.has(tokens[k - 1]?.text ?? '') || IBERIAN_AT.has(tokens[k - 2]?.text ?? '');
  return TRAITS.has(word) || (bare && (DOING.test(word) || (iberian && TO_DO.test(word))));
}

const IBERIAN_AT: ReadonlySet<string> = new Set(['em', 'en']);
const AT: ReadonlySet<string> = new Set(['at', 'in', 'of', ...IBERIAN_AT]);
const FILLERS: ReadonlySet<string> = new Set(['being', 'ser']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'my', 'a', 'an', 'o', 'la', 'el']);
/** An English doing: "doing", "parenting", "procrastinating". */
const DOING = /^[a-z]{2,}ing$/;
/** A Portuguese or Spanish one, after "em", "en": "cozinhar", "dormir", "comer". */
const TO_DO = /^[a-z]{2,}(?:ar|er|ir)$/;
/** Doings that are BJJ, or the time of a rank: "blue belt in grappling", "purple in training". */
const BJJ_DOINGS: ReadonlySet<string> = new Set([
  ...['training', 'grappling', 'rolling', 'sparring', 'wrestling', 'morning', 'evening', 'spring'],
  ...['competir', 'treinar', 'entrenar', 'lugar', 'mar'],
]);
/** Everyday things and traits one is jokingly a black belt in. */
const TRAITS: ReadonlySet<string> = new Set([
  ...['life', 'sarcasm', 'procrastination', 'excuses', 'napping', 'naps', 'sleep', 'dishes', 'laundry'],
  ...['marriage', 'parenthood', 'snacks', 'pizza', 'netflix', 'gossip', 'puns', 'memes', 'overthinking'],
  ...['preguica', 'pereza', 'flojera', 'fofoca', 'chisme', 'sarcasmo', 'comida', 'cerveja', 'cerveza'],
]);
