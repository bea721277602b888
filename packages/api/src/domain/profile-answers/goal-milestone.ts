// training_goals: a belt said as the point a goal starts from ("after black belt I just want to
// compete", "depois da faixa preta meu objetivo é competir", "después del cinturón negro") tells when,
// not what the user trains for.

import { BELT_NOUNS, COLOUR_WORDS } from './belt-words';
import type { Token } from './text';

/** The belt at `start` follows "after", "depois", "después", "após", "tras", past a few linking words. */
export function isMilestone(tokens: readonly Token[], start: number): boolean {
  if (!COLOUR_WORDS.has(tokens[start]?.text ?? '') && !BELT_NOUNS.has(tokens[start]?.text ?? '')) return false;
  let k = start - 1;
  while (start - k <= MILESTONE_REACH && LINKS.has(tokens[k]?.text ?? '')) k--;
  return AFTER.has(tokens[k]?.text ?? '');
}
const MILESTONE_REACH = 4;
const AFTER: ReadonlySet<string> = new Set(['after', 'depois', 'despues', 'apos', 'tras']);
// "after my black", "depois da faixa preta", "después del cinturón negro"
const LINKS: ReadonlySet<string> = new Set([
  ...BELT_NOUNS,
  ...['the', 'my', 'a', 'da', 'de', 'do', 'del', 'la', 'el', 'mi', 'minha'],
]);
