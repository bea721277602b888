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

/**
 * Pinned on the bottom, one mention, so a dislike reaches it whole: "I hate getting smashed on bottom"
 * is top, as "I hate getting smashed" is; "always getting smashed on bottom" stays the bottom.
 */
const ON_BOTTOM = ['on|at|in|from bottom', 'on|at|in the bottom', 'on|from my back'];
export const PINNED_ON_BOTTOM: PhraseTable<PositionSignal> = ON_BOTTOM.flatMap((bottom) => [
  [`${PINNED} ${bottom}`, 'guard'],
  [`being|getting|get|got ${PINNED} ${bottom}`, 'guard'],
]);

/** Being flattened is being put underneath: "i hate getting flattened". */
export const FLATTENED: PhraseTable<PositionSignal> = [
  ['being|getting flattened|squashed', 'guard'],
  ['being|getting flattened|squashed out', 'guard'],
];

/**
 * Someone's weight on the user is the user underneath: "i really don't like having people's weight on
 * me", "hate feeling someone's weight on top of me". One mention with its owner, so a dislike before
 * it reaches it.
 */
const WHOSE = 'people|someone|somebody|anyone|anybody|guys|partners|opponents|others';
const ON_ME = ['on me', 'on top of me'];
export const WEIGHT_ON_ME: PhraseTable<PositionSignal> = ON_ME.flatMap((onMe) => [
  [`weight|bodyweight ${onMe}`, 'guard'],
  [`their|his|her|the|full|dead weight|bodyweight ${onMe}`, 'guard'],
  [`${WHOSE} s weight|bodyweight ${onMe}`, 'guard'],
]);
