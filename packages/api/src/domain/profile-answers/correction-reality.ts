// A count said as what really happens, wherever it stands: "every weekday except when I'm flying, so
// realistically 3", "5 on paper, in practice more like 2", "todos los días, en realidad unas 4". It
// corrects the schedule or rate before it as "actually" opening a clause does (correction.ts), but
// only with a count right after it: "realistically I'd love to compete" corrects nothing.

import { readNumber } from './numbers';
import type { PhraseTable } from './lexicon';
import type { Token } from './text';

export const REALITY_MARKERS: PhraseTable<'really'> = [
  ['realistically|really|honestly|truthfully|tbh|irl', 'really'],
  ['in practice|reality|truth', 'really'],
  ['in real life', 'really'],
  ['more like|likely', 'really'],
  // Spanish, Portuguese, French, Italian, German, Dutch, Russian
  ['en realidad|verdad', 'really'],
  ['en la practica', 'really'],
  ['mas bien', 'really'],
  ['na verdade|real|pratica|realidade', 'really'],
  ['en vrai|pratique|realite', 'really'],
  ['in realta|pratica', 'really'],
  ['eigentlich|realistisch|realistischerweise|realmente|realno|fakticheski', 'really'],
  ['in der praxis|realitat', 'really'],
  ['in de praktijk', 'really'],
  ['na samom dele', 'really'],
];

/** A count follows the marker ending at `end`, past symbols and hedges ("more like", "about", "unas"). */
export function countFollows(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k - end <= MAX_LEAD && (tokens[k]?.kind === 'symbol' || LEADS.has(tokens[k]?.text ?? ''))) k++;
  return readNumber(tokens, k) !== null;
}
const MAX_LEAD = 4;
const LEADS: ReadonlySet<string> = new Set([
  ...['more', 'like', 'likely', 'about', 'around', 'maybe', 'probably', 'prob', 'only', 'just', 'closer', 'to'],
  ...['it', 'its', 's', 'is', 'i', 'm', 'im', 'do', 'go', 'get', 'make', 'manage', 'or', 'less'],
  ...['unas', 'unos', 'umas', 'uns', 'tipo', 'como', 'eher', 'plutot', 'circa', 'environ', 'etwa'],
]);
