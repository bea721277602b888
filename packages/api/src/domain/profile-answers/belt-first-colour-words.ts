// belt_level: "my first colour belt", "got my first adult colored belt", "primeira faixa colorida": the
// first colour after white is blue, however the answer marks it as the adults' ranks ("adult", "real",
// "proper"). The kids' ranks have their own first colour (grey), so "my first kids colour belt" is no
// adult rank (belt-kids.ts reads the kids said elsewhere in the clause). Data only; belt-words.ts spreads it.

import type { PhraseTable } from './lexicon';
import type { BeltSignal } from './belt-words';

const FIRST = 'first|1st';
const COLOURED = 'colored|coloured|color|colour';
// "the|my" before it: "the first" alone is the first of the question's options (belt-words.ts)
const LEADS = ['', 'the|my '];
// what marks the adults' ranks, said between "first" and the colour
const ADULT = 'adult|adults|grown|grownup|real|proper|actual|official|legit';
const KIDS = 'kid|kids|kiddie|junior|juniors|youth|child|children|childrens|teen|teens';

export const FIRST_COLOUR_BELT: PhraseTable<BeltSignal> = LEADS.flatMap((lead): PhraseTable<BeltSignal> => [
  [`${lead}${FIRST} ${COLOURED} belt`, 'blue'],
  [`${lead}${FIRST} ${ADULT} ${COLOURED} belt`, 'blue'],
  [`${lead}${FIRST} ${KIDS} ${COLOURED} belt`, 'neutral'],
]).concat([
  // Portuguese and Spanish: "minha primeira faixa colorida", "mi primer cinturón de color"
  ['primeira faixa colorida', 'blue'],
  ['primeira faixa de cor', 'blue'],
  ['primer cinturon|cinta de color', 'blue'],
]);
