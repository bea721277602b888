// Nepali typed in Latin letters, for training_frequency and training_goals: "hapta ma dui choti
// jaanchu" (I go twice a week), "dinhu" (every day), "aatmaraksha" (self defense). Its number words
// are English words too ("tin", "char", "din"), so they count only before "choti", "patak" (times) or
// "din" (days). Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

const WEEK = 'hapta|haptaa|saptaha|saptah';

export const NEPALI: TongueWords = {
  countedNumbers: [
    ['ek', 1],
    ['dui', 2],
    ['tin', 3],
    ['teen', 3],
    ['char', 4],
    ['paanch', 5],
    ['panch', 5],
    ['chha', 6],
    ['saat', 7],
  ],
  timesWords: ['choti', 'chhoti', 'patak', 'palta', 'din', 'dina'],
  // "hapta ma dui choti", "dui choti hapta ma": the week before the count, or after it
  perUnit: [
    [`${WEEK} ma|maa|ko`, 1],
    ['haptama|saptahama', 1],
    [`ek ${WEEK} ma|maa`, 1],
    ['mahina ma|maa', PER_MONTH],
  ],
  unitBefore: [
    [`${WEEK} ma|maa`, 1],
    ['haptama|saptahama', 1],
    [`ek ${WEEK} ma|maa`, 1],
    ['mahina ma|maa', PER_MONTH],
  ],
  ratePhrases: [
    ['dinhu|dinahu|dainik', EVERY_DAY],
    ['harek|har din', EVERY_DAY],
    ['kahile kahi|kahin', 'vague'],
  ],
  goals: [
    ['aatmaraksha|atmaraksha|aatmarakshya|atmarakshya', 'self_defense'],
    ['pratiyogita|pratisparda|pratispardha', 'competition'],
    ['ramailo|ramaailo', 'recreational'],
    ['swasthya|tandurusti', 'fitness'],
  ],
  but: ['tara'],
  possessives: ['mero', 'meri'],
};
