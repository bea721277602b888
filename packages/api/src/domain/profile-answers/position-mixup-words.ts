// main_position: the names of the sides confused, not the sides played mixed: "bottom... sorry I
// mean top, I always mix those up" → top; "I mix it up" (varies) and "a mix of both" stay balanced.
// Data only; position-words.ts spreads it, matched as typed (spelling.ts).

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

export const MIXED_UP_NAMES: PhraseTable<PositionSignal> = [
  // "those"/"these" point at the words just said; "I mix them up" may vary the sides, so it is left
  ['mix|mixes|mixing|mixed those|these up', 'neutral'],
  ['mix|mixes|mixing|mixed the two up', 'neutral'],
  ['get|gets|got|getting those|these|them|em mixed up', 'neutral'],
  ['get|gets|got|getting the two mixed up', 'neutral'],
  // a class for everyone, not a mix of sides: "the big dudes in the mixed class just stack me"
  ['mixed|coed class|classes|gym|gyms|session|sessions|group|groups|team|mat|mats', 'neutral'],
  // "I always confuse top and bottom": both sides named only as words confused
  ['confuse|confuses|confusing|confused top|bottom|guard and|& top|bottom|guard', 'neutral'],
];
