// main_position: the words of the discomfort cues ("takedowns scare me", "passing feels like a chore"),
// entered in the side table as no side at all, so that the spelling pass, which knows a field's
// words from its table, reads them as typed ("scare" is no slip of "share", "chore" none of "choke").
// They name no side, and the parser does not match them (position.ts reads SIDE_WORDS). Data only.

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';
import { DISCOMFORT_CUES } from './position-discomfort-words';

// shorter words are never corrected (spelling.ts)
const MIN_LENGTH = 4;
// cue words one slip from an everyday word would take it over: "even though" is not "even tough",
// "in spite of" not "in shite of"
const SLIP_TAKERS: ReadonlySet<string> = new Set(['tough', 'shite']);

/** The discomfort cues' words the side table does not hold already, each as a word of no side. */
export function feelingsAsTyped(sides: PhraseTable<PositionSignal>): PhraseTable<PositionSignal> {
  const known = new Set(sides.flatMap(([phrase]) => phrase.split(/[\s|]+/)));
  const words = new Set(DISCOMFORT_CUES.flatMap(([phrase]) => phrase.split(/[\s|]+/)));
  return [...words]
    .filter((word) => word.length >= MIN_LENGTH && /^[a-z]+$/.test(word) && !known.has(word) && !SLIP_TAKERS.has(word))
    .map((word): [string, PositionSignal] => [word, 'neutral']);
}
