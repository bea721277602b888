// main_position: being under a top position is playing bottom: "hate being flattened under side
// control", "always stuck in mount", "pinned underneath knee on belly". One mention each, so a dislike
// before it ("I don't like…") reaches the whole of it and reads as top. Data only.

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

const PINNED = 'pinned|stuck|smashed|trapped|flattened|flat|squashed|crushed|held|caught|suffocating';
const UNDER = 'under|underneath|beneath';
const TOP_SPOTS = ['side control', 'sidecontrol', 'mount', 'north south', 'knee on belly', 'kesa gatame'];

export const UNDER_TOP_SPOTS: PhraseTable<PositionSignal> = TOP_SPOTS.flatMap((spot) => [
  [`${UNDER} ${spot}`, 'guard'],
  [`${PINNED} ${UNDER}|in ${spot}`, 'guard'],
  [`being|getting|get|got|end|ending ${PINNED} ${UNDER}|in ${spot}`, 'guard'],
  [`being|getting|get|got|end|ending up ${PINNED} ${UNDER}|in ${spot}`, 'guard'],
]);

/** Being flattened is being put underneath: "i hate getting flattened". */
export const FLATTENED: PhraseTable<PositionSignal> = [
  ['being|getting flattened|squashed', 'guard'],
  ['being|getting flattened|squashed out', 'guard'],
];
