// Tamil typed in Latin letters ("Tanglish"), for training_frequency: "vaarathukku rendu thadava" (twice
// a week), "vaarathula moonu naal" (three days a week), "dhinamum" (every day). Its number words are
// everyday words elsewhere ("aaru", "ettu"), so they count only before "thadava" (times) or "naal"
// (days). Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

const WEEK = 'vaarathukku|varathukku|vaarathuku|varathuku|vaarathula|varathula|vaarathil|varathil|vaaram|varam';
const MONTH = 'maasathukku|masathukku|maasathula|masathula|maasam|masam';

export const TAMIL: TongueWords = {
  countedNumbers: [
    ['onnu', 1],
    ['oru', 1],
    ['rendu', 2],
    ['randu', 2],
    ['moonu', 3],
    ['munu', 3],
    ['naalu', 4],
    ['nalu', 4],
    ['anju', 5],
    ['aindhu', 5],
    ['aaru', 6],
    ['ezhu', 7],
  ],
  timesWords: ['thadava', 'thadavai', 'thadavay', 'dhadava', 'thadave', 'murai', 'naal', 'naalum', 'nal'],
  // "vaarathukku rendu thadava", "rendu thadava vaarathukku": the week before the count, or after it
  perUnit: [
    [WEEK, 1],
    [MONTH, PER_MONTH],
  ],
  unitBefore: [
    [WEEK, 1],
    [MONTH, PER_MONTH],
  ],
  ratePhrases: [
    ['dhinamum|dinamum|thinamum|dhenamum|dinasari|dhinasari', EVERY_DAY],
    ['ella|ellaa naalum|nalum', EVERY_DAY],
  ],
};
