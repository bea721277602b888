// Vocabulary of a pin told from both of its ends, for main_position. Data only; position-words.ts
// spreads it in. "mount and side control from either side", "I hate knee on belly from both ends": a
// pin named from the top and the bottom alike is no side at all (its top is one side, being under it
// the other), and "either side" there is no "both" of the user's game. One mention each, so the pin and
// its ends are read as one ("side control" alone stays top).

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

const PINS = ['side control', 'sidecontrol', 'mount', 'north south', 'knee on belly', 'kesa gatame', 'pins'];
const ENDS = 'from|on either|both side|sides|end|ends';

export const PIN_FROM_EITHER_END: PhraseTable<PositionSignal> = [
  ...PINS.map((pin): [string, PositionSignal] => [`${pin} ${ENDS}`, 'neutral']),
  // "mount from either the top or bottom"
  ...PINS.map((pin): [string, PositionSignal] => [`${pin} from either|both top and|or bottom`, 'neutral']),
  ...PINS.map((pin): [string, PositionSignal] => [`${pin} from either|both the top and|or bottom`, 'neutral']),
  ...PINS.map((pin): [string, PositionSignal] => [`${pin} from either|both the top and|or the bottom`, 'neutral']),
];
