// belt_level: the belt the user holds by the book, which a correction falls back on: "blue (well
// technically white until friday's promotion)", "formally still white", "oficialmente azul". It is the
// belt now, however the user already sees themselves. Data only; belt-words.ts spreads it into the
// time cues.

import type { PhraseTable } from './lexicon';
import type { BeltTime } from './belt-words';

export const OFFICIAL_NOW: PhraseTable<BeltTime> = [
  // "officially" is a time cue of its own (belt-words.ts)
  ['technically|formally', 'now'],
  ['strictly speaking', 'now'],
  // Spanish, Portuguese and Italian: "técnicamente blanco", "oficialmente ainda branca", "tecnicamente blu"
  ['tecnicamente|oficialmente|ufficialmente|formalmente', 'now'],
];
