// main_position: bringing people down and keeping them there is top: "I take people down and hold them
// there", "i take guys down and pin them", "I hold people down". The plain "take down"
// (position-words.ts) misses the one taken down between its words. Data only; position-words.ts spreads it.

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

const TAKE = 'take|takes|taking|took|bring|brings|bringing|brought|put|puts|putting';
const HOLD = 'hold|holds|holding|held|pin|pins|pinning|pinned|keep|keeps|keeping|kept';
const WHO = 'people|them|em|guys|everyone|everybody|opponents|him|her|someone|somebody|anyone|anybody|partners';

export const TAKEN_DOWN: PhraseTable<PositionSignal> = [
  [`${TAKE} ${WHO} down`, 'top'],
  [`${HOLD} ${WHO} down`, 'top'],
];
