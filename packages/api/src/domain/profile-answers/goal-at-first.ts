// training_goals: where the user began, said after the goal, "Self defense at first, but truthfully
// it's become my way to unwind", "fitness initially, now it's the comps", "defensa personal al
// principio, ahora es mi terapia": as "started for X, now Y" (goals.ts), the goal it has become is
// the goal now. Alone ("self defense at first") it is still the only goal said.

import { compileLexicon, matchPhraseAt, type Mention, type PhraseTable } from './lexicon';
import type { Token } from './text';

const AT_FIRST: PhraseTable<true> = [
  ['at first', true],
  ['at the start|beginning|outset', true],
  ['initially|originally', true],
  ['in the beginning', true],
  ['to begin|start with', true],
  // Spanish, Portuguese
  ['al principio|inicio|comienzo', true],
  ['no comeco|inicio|principio', true],
  ['en un principio', true],
];
const atFirst = compileLexicon(AT_FIRST);

/** The goal at `mention` is followed, in its clause and past a filler or two, by "at first". */
export function saidAtFirst(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const clause = tokens[mention.start]?.clause;
  for (let k = mention.end; k - mention.end <= FILLER_REACH && tokens[k]?.clause === clause; k++) {
    if (matchPhraseAt(atFirst, tokens, k)) return true;
    if (!FILLERS.has(tokens[k]?.text ?? '')) return false;
  }
  return false;
}
const FILLERS: ReadonlySet<string> = new Set(['mostly', 'mainly', 'really', 'honestly', 'though', 'tho', 'was']);
const FILLER_REACH = 2;

/** "it's become my way to unwind", "it turned into a hobby": what the goal is now, as "now" says it. */
export const BECAME: readonly string[] = ['become', 'became', 'turned', 'grew', 'evolved', 'virou', 'volvio'];
