// training_goals: the goal named as what drives the user is the main one: "started for my health, lost
// 15 kg, but nowadays what really motivates me is competing" → competition; "o que me motiva mesmo é
// competir", "lo que más me motiva es competir". It reaches forward only: "lost 15 kg and what
// motivates me now is competing" marks the competing, not the kilos.

import { compileLexicon, type Mention, type PhraseTable } from './lexicon';
import { markSpans } from './context';
import type { Token } from './text';

const WHAT_DRIVES_ME: PhraseTable<true> = [
  ['what motivates|drives|pushes|moves me', true],
  ['what really|mostly|mainly motivates|drives me', true],
  ['what motivates|drives me most|more', true],
  ['what keeps me going|coming', true],
  // Portuguese and Spanish: "o que me motiva", "o que mais me motiva", "lo que me motiva"
  ['o|lo que me motiva|move|mueve|empurra', true],
  ['o|lo que mais|mas me motiva|move|mueve', true],
];
const motiveLexicon = compileLexicon(WHAT_DRIVES_ME);
// "o que me motiva mesmo hoje em dia é competir"
const REACH = 5;

/** Indexes of the mentions named right after a "what motivates me", in its clause. */
export function namedAsMotive(tokens: readonly Token[], mentions: readonly Mention<unknown>[]): Set<number> {
  return new Set(markSpans(tokens, mentions, motiveLexicon, 'forward', REACH).keys());
}
