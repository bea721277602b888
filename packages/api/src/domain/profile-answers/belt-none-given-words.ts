// belt_level: a gym that gives no belts: "no belt system at my gym, we just train nogi", "no belts at
// our club", "no gradings here", "my gym has no ranks". It says the user has no rank to tell, not that
// they are new: "no belt yet", "I have no belt" stay a beginner's words (belt-words.ts). Data only;
// belt-words.ts spreads it ahead of its "no belt".

import type { PhraseTable } from './lexicon';

const NONE = 'no|zero';
const RANKS = 'belt|belts|rank|ranks|ranking|rankings|grading|gradings|grades';
// only the plural is the gym's: "no belt here, just started" may be the user's own
const RANKS_PLURAL = 'belts|ranks|rankings|gradings|grades';
const SYSTEM = 'system|systems|structure|hierarchy|program|programme';
const PLACE = 'gym|gyms|academy|club|school|place|team|dojo|affiliation|association';
const GYM = `we|they|it|${PLACE}`;

export const NO_BELTS_GIVEN: PhraseTable<'neutral'> = [
  [`${NONE} ${RANKS} ${SYSTEM}`, 'neutral'],
  [`${NONE} ${RANKS} at|in|for my|our|this|the|that ${PLACE}`, 'neutral'],
  [`${NONE} ${RANKS_PLURAL} here|there`, 'neutral'],
  [`${GYM} has|have|gives|give|uses|use no ${RANKS}`, 'neutral'],
];
