// Malayalam typed in Latin letters ("Manglish"), for training_frequency: "aazhchayil moonu divasam"
// (three days a week), "randu thavana" (twice), "ellaa divasavum" (every day). Its number words are
// everyday words elsewhere ("aaru", "ettu"), so they count only before "divasam" (days) or "thavana"
// (times). Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

const WEEK = 'aazhchayil|azhchayil|aazhchakku|azhchakku|aazhcha|azhcha';

export const MALAYALAM: TongueWords = {
  countedNumbers: [
    ['onnu', 1],
    ['oru', 1],
    ['randu', 2],
    ['moonu', 3],
    ['munnu', 3],
    ['naalu', 4],
    ['nalu', 4],
    ['anchu', 5],
    ['aaru', 6],
    ['ezhu', 7],
  ],
  timesWords: ['divasam', 'divasom', 'dhivasam', 'thavana', 'pravashyam', 'pravasyam', 'vattam'],
  // "moonu divasam aazhchayil", "aazhchayil moonu divasam": the week after the count, or before it
  perUnit: [
    [WEEK, 1],
    [`oru ${WEEK}`, 1],
    ['maasathil|masathil', PER_MONTH],
  ],
  unitBefore: [
    [WEEK, 1],
    [`oru ${WEEK}`, 1],
    ['maasathil|masathil', PER_MONTH],
  ],
  ratePhrases: [
    ['ellaa|ella|ellaa divasavum|dhivasavum', EVERY_DAY],
    ['divasavum|dinavum', EVERY_DAY],
    ['chilappol|idakku', 'vague'],
  ],
  but: ['pakshe'],
  i: ['njan'],
  possessives: ['ente'],
};
