// training_goals: an answer that disclaims having goals states none: "goals is a strong word 😂",
// "'goals' might be too strong a word", "i wouldn't call them goals". The disclaimer's own words are no
// goal ("strong" there is no fitness); a goal said after it still is ("goals is a strong word, i just
// roll for fun"). Plain disclaimers ("no real goals", "goals? lol") name nothing to read anyway.
// Data only; goal-words.ts spreads it.

import type { PhraseTable } from './lexicon';
import type { GoalSignal } from './goal-words';

const STRONG = 'strong|big';
const WORD = 'word|words|term';

export const GOALS_DISCLAIMED: PhraseTable<GoalSignal> = [
  // said of the question's word wherever it stands: "goals... strong word lol", "a bit of a strong word"
  [`${STRONG} ${WORD}`, 'neutral'],
  [`too ${STRONG} a ${WORD}`, 'neutral'],
  // "i wouldn't call them goals", "would not call it a goal"
  ["wouldn't|wouldnt|not|never|cant|can't call it|them|that|those|these", 'neutral'],
];
