// main_position: a side conceded is not the answer: "top even though my guard is ok",
// "top, although I can play guard", "guard, even if my passing is decent", "arriba, aunque mi guardia
// está bien", "por cima, embora minha guarda seja ok". A side said plainly in the concession gives way
// to the sides said outside it; one preferred there ("although lately more guard") still counts.

import type { Token } from './text';
import type { PlacedVote } from './position-time';

export function concessionsYield<V extends PlacedVote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const conceded = concededTokens(tokens);
  const inside = (v: V): boolean => conceded.has(v.at) && v.weight <= PLAIN;
  if (!votes.some((v) => !conceded.has(v.at) && v.weight >= PLAIN) || !votes.some(inside)) return [...votes];
  return votes.map((v) => (inside(v) ? { ...v, weight: 0 } : v));
}
const PLAIN = 1;

/** The tokens of each concession: from its opening words to the end of the clause after them. */
function concededTokens(tokens: readonly Token[]): Set<number> {
  const at = new Set<number>();
  tokens.forEach((_, k) => {
    const length = openingAt(tokens, k);
    if (!length) return;
    const clause = tokens[k + length]?.clause;
    for (let j = k + length; j < tokens.length && tokens[j]?.clause === clause; j++) at.add(j);
  });
  return at;
}

/** How many words open a concession at `k` ("although", "even though", "in spite of"), else 0. */
function openingAt(tokens: readonly Token[], k: number): number {
  const at = (d: number): string => tokens[k + d]?.text ?? '';
  const [word, next, third] = [at(0), at(1), at(2)];
  if (OPENS.has(word)) return 1;
  if (word === 'even' && EVEN_WHAT.has(next)) return 2;
  if (TWO_WORD_OPENS.has(`${word} ${next}`)) return 2;
  return word === 'in' && next === 'spite' && third === 'of' ? 3 : 0;
}
const OPENS: ReadonlySet<string> = new Set([
  ...['although', 'altho', 'albeit', 'despite'],
  // Spanish, Portuguese, German, Italian
  ...['aunque', 'embora', 'obwohl', 'sebbene', 'benche'],
]);
const EVEN_WHAT: ReadonlySet<string> = new Set(['though', 'tho', 'if']);
const TWO_WORD_OPENS: ReadonlySet<string> = new Set([
  'apesar de',
  'mesmo que',
  'ainda que',
  'anche se',
  'meme si',
  'bien que',
]);
