// Vocabulary of scorn for a side, for main_position. Data only; read like the discomfort cues
// (position-discomfort-words.ts spreads it in): "guard pulling is lame", "top is so boring", "bottom is
// overrated", "my guard is swiss cheese", "passing is a joke for me". A side the user looks down on,
// or calls full of holes, is no side they play: it leans to the other side, as avoiding it does.

import type { PhraseTable } from './lexicon';
import type { NegationCue } from './negation-words';

const COPULA = 'is|s|are|feels|feel|seems';
const DEGREE = 'so|really|super|too|very|kinda|pretty|just|honestly|lowkey|soo|sooo';
// what the user thinks little of: "lame", "cringe", "boring", "overrated"
const SCORNED = 'lame|cringe|cringey|cringy|boring|overrated|meh|cheesy|dull|pointless|leaky|nonexistent';
// what is full of holes: "swiss cheese", "a sieve", "paper thin"
const HOLED = ['swiss cheese', 'a sieve|joke', 'paper thin', 'non existent', 'a revolving door'];

export const SCORN_CUES: PhraseTable<NegationCue> = [
  // what is dull to look at is not what is played: "guard is boring to watch but its what i play"
  [`${COPULA} ${SCORNED} to watch|see`, 'idiom'],
  [`${COPULA} ${DEGREE} ${SCORNED} to watch|see`, 'idiom'],
  [`${COPULA} ${SCORNED}`, 'both'],
  [`${COPULA} ${DEGREE} ${SCORNED}`, 'both'],
  ...HOLED.flatMap((holed): [string, NegationCue][] => [
    [`${COPULA} ${holed}`, 'both'],
    [`${COPULA} ${DEGREE} ${holed}`, 'both'],
    [`${COPULA} like ${holed}`, 'both'],
  ]),
];
