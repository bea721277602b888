// training_goals: a state the user wants to leave, said with its negation, "to not be the fat guy at
// the bbq anymore", "i dont want to be fat", "stop being the slow one": whole phrases, so the "not" is
// the goal (fitness) rather than a negation of it. Data only; goal-words.ts spreads it.

import type { PhraseTable } from './lexicon';
import type { GoalSignal } from './goal-words';

const STATES = 'fat|chubby|unfit|overweight|heavy';
const THE_ONE = `the fat|chubby|unfit|slow|heavy|overweight|fattest guy|one|kid|dad|friend|girl|person`;

export const NOT_BEING_GOALS: PhraseTable<GoalSignal> = [
  [`not|stop|quit be|being ${THE_ONE}`, 'fitness'],
  [`not|stop|quit be|being ${STATES}`, 'fitness'],
  [`not|stop|quit be|being so ${STATES}|slow`, 'fitness'],
  // "keep movin' and not get fat", "so I don't get out of shape"
  [`not|never|don't|dont|avoid get|getting ${STATES}`, 'fitness'],
  [`not|never|don't|dont|avoid get|getting out of shape`, 'fitness'],
  [`don't|dont want to be|stay ${STATES}`, 'fitness'],
  [`don't|dont wanna be|stay ${STATES}`, 'fitness'],
  [`don't|dont want to be ${THE_ONE}`, 'fitness'],
  [`don't|dont wanna be ${THE_ONE}`, 'fitness'],
];
