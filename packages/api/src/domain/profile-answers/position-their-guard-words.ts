// main_position: a guard that is someone else's is where the user is on top: "stuck in someone's
// guard", "in their guard", "inside his half guard", "passing the other guy's guard". Only the user's
// own guard ("my guard", "guard" alone) is played from the bottom, so hating to be in theirs ("I hate
// getting stuck in someone's guard") is a guard preference. A guard smashed or broken is theirs too
// ("smashing half guard"). Data only; "someone's" is read as "someone s" (text.ts).

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

const GUARD = 'guard|guards|gaurd';
const KINDS = 'closed|open|half|butterfly|spider|lasso|deep|dlr';
// "their", "his": owners said in one word; "someone's", "the other guy's": in two
const OWNER_WORDS = 'their|his|her|someones|somebodys|anyones|everyones|opponents|peoples';
const OWNERS = 'someone|somebody|anyone|everyone|opponent|partner|person|guy|dude|people|man|girl';
// what is done to a guard from on top, as "passing" is: "smashing half guard", "breaking closed guard"
const ATTACKS = 'smash|smashing|crush|crushing|flatten|flattening|break|breaking|kill|killing';

export const THEIR_GUARD: PhraseTable<PositionSignal> = [
  [`${OWNER_WORDS} ${GUARD}`, 'top'],
  [`${OWNER_WORDS} ${KINDS} ${GUARD}`, 'top'],
  [`${OWNER_WORDS} deep half ${GUARD}`, 'top'],
  [`${OWNERS} s ${GUARD}`, 'top'],
  [`${OWNERS} s ${KINDS} ${GUARD}`, 'top'],
  [`${OWNERS} s deep half ${GUARD}`, 'top'],
  [`${ATTACKS} ${KINDS} ${GUARD}`, 'top'],
  [`${ATTACKS} deep half ${GUARD}`, 'top'],
  [`${ATTACKS} the|their|his|her ${GUARD}`, 'top'],
  [`${ATTACKS} the|their|his|her ${KINDS} ${GUARD}`, 'top'],
];
