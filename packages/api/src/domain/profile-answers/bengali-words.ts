// Bengali typed in Latin letters ("Banglish"), for training_goals and training_frequency: "ami self
// defence er jonno shikhi" (I learn it for self defence), "soptahe tin din" (three days a week),
// "mojar jonno" (for fun). "ami" is "I" here, not the French friend (others.ts). Its number words are
// English words too ("tin", "char"), so they count only before "bar" (times) or "din" (days). Data
// only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

const WEEK = 'soptahe|shoptahe|saptahe|hoptay|haptay|soptaye';

export const BENGALI: TongueWords = {
  countedNumbers: [
    ['ek', 1],
    ['dui', 2],
    ['tin', 3],
    ['char', 4],
    ['pach', 5],
    ['panch', 5],
    ['choy', 6],
    ['chhoy', 6],
  ],
  timesWords: ['bar', 'din', 'dine'],
  perUnit: [
    [WEEK, 1],
    [`proti|prottek ${WEEK}`, 1],
    ['mashe', PER_MONTH],
  ],
  unitBefore: [
    [WEEK, 1],
    ['mashe', PER_MONTH],
  ],
  ratePhrases: [
    ['protidin|protidino|roj', EVERY_DAY],
    ['prottek|proti din', EVERY_DAY],
    ['majhe majhe', 'vague'],
  ],
  goals: [
    ['attoroksha|atmoroksha|attorokkha|atmorokkha|attoraksha|atmaraksha', 'self_defense'],
    ['nijeke bachate|bachanor', 'self_defense'],
    ['protijogita|protijogitay|protijogitar', 'competition'],
    ['mojar|anonder', 'recreational'],
    ['fit thakte|thakar', 'fitness'],
    ['shastho|shasthyo|swastho', 'fitness'],
  ],
  but: ['kintu'],
  i: ['ami'],
  possessives: ['amar'],
};
