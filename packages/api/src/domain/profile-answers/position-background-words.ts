// main_position: a top-side background named only to say the user plays the other side: "wrestler
// playing guard 💀", "a judo guy pulling guard, i know", "ex wrestler who sits to guard". The
// background ("wrestler" alone is read as top) is who they were; the guard they play is the answer, so
// the whole is one guard mention. Data only; position-words.ts spreads it into the position table.

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

const BACKGROUND = ['wrestler|wrestlers|judoka|judokas|sambist|sambo', 'judo|wrestling guy|girl|player'];
const PLAYING = 'playing|pulling|sitting|jumping|going';
const PLAYS = 'plays|play|pulls|pull|sits|sit|jumps|jump|goes|go|likes|loves|prefers|lives';
const GUARD = 'guard|bottom';

export const BACKGROUND_PLAYING: PhraseTable<PositionSignal> = BACKGROUND.flatMap((who): [string, PositionSignal][] => [
  [`${who} ${PLAYING} ${GUARD}`, 'guard'],
  [`${who} ${PLAYING} to ${GUARD}`, 'guard'],
  [`${who} ${PLAYING} on my back`, 'guard'],
  [`${who} who|that ${PLAYS} ${GUARD}`, 'guard'],
  [`${who} who|that ${PLAYS} to|on ${GUARD}`, 'guard'],
]);
