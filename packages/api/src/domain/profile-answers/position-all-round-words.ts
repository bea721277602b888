// main_position: playing a bit of everything, said in ways the plain "both" entries miss: "a little
// bit of everything", "jack of all trades", "I don't want to be one-dimensional". Data only.

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

export const ALL_ROUND: PhraseTable<PositionSignal> = [
  // read whole, or "a little" marks it as the side played less
  ['a little bit of both|everything', 'balanced'],
  ['a bit|little of it all', 'balanced'],
  ['a little bit of it all', 'balanced'],
  ['jack of all trades', 'balanced'],
  // one side only is what they deny being: "try not to be one dimensional", "never one-dimensional"
  ["don't|dont|not want|like to be one dimensional", 'balanced'],
  ["don't|dont wanna be one dimensional", 'balanced'],
  ['not|never|avoid be|being one dimensional', 'balanced'],
  ['not|never to be one dimensional', 'balanced'],
  ['not|never one dimensional', 'balanced'],
];
