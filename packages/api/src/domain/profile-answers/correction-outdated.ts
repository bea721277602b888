// What the user says was wrong or out of date takes back everything before it, as "jk" does
// (correction.ts): "I said white earlier but that was wrong, it's blue with one stripe", "the app still
// has me down as white but that's old, I'm blue", "3x, that's outdated, 4 now". With nothing after it
// the answer is read whole. Data only.

import type { PhraseTable } from './lexicon';

const THAT = 'that|this|which';
const WAS = 's|is|was';
const WRONG = 'wrong|incorrect|outdated|old|inaccurate|false|untrue';

export const OUTDATED_MARKERS: PhraseTable<'joke'> = [
  [`${THAT} ${WAS} ${WRONG}`, 'joke'],
  [`thats ${WRONG}`, 'joke'],
  [`${THAT} ${WAS} out of date`, 'joke'],
  [`${THAT} ${WAS} not right|true|correct|accurate`, 'joke'],
  [`${THAT} ${WAS} a mistake|typo`, 'joke'],
  ['thats not right|true|correct|accurate', 'joke'],
  ['ignore that|this', 'joke'],
];
