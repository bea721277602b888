// main_position: playing a bit of everything, said in ways the plain "both" entries miss: "a little
// bit of everything", "jack of all trades", "I don't want to be one-dimensional", "I split it evenly".
// Data only.

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
  // the rolls split alike, with what is split said between: "I split it evenly", "split my time
  // equally", "split it down the middle", "divide them 50/50" ("split it between guard and top" is read whole)
  ['split|splits|divide|divided|share it|them|things|time|rolls|rounds evenly|equally|even', 'balanced'],
  ['split|splits|divide|divided|share my|the time|rolls|rounds evenly|equally|even', 'balanced'],
  ['split|splits|divide|divided it|them|things down the middle', 'balanced'],
  ['split|splits|divide|divided it|them|things 50 / 50', 'balanced'],
];
