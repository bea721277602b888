// main_position: the bottom as a place only passed through on the way to top: "bottom is just a
// transit stop", "guard is only a means to get on top", "i play bottom only to sweep", "I pull guard
// but I don't stay there", "I butterfly sweep into top". Data only; position-transit.ts reads the cues,
// position-words.ts spreads the sweeps into top.

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

/**
 * `stop`: the side named just before is a stop on the way ("bottom is just a transit stop");
 * `purpose`: the guard before it is played only to get up ("guard is just to get on top");
 * `into`: a sweep that lands on top, the guard in its clause the way up ("butterfly sweep into top").
 */
export type TransitCue = 'stop' | 'purpose' | 'into';

/** "just", "only": what makes a stop or a purpose the only use of the bottom ("i play guard to sweep" is guard). */
export const ONLY = 'just|only|merely|simply|purely';
const COPULA = 'is|s|are';
// a stop on the way in a word of its own: "a transit stop", "a stepping stone", "a pit stop", "a springboard"
const STOP_NOUN = 'transit|stepping|pitstop|pit|stopover|layover|waypoint|springboard|launchpad|gateway|detour';
// …and what only with "just" or "only" is one: "just a means to get on top", "only a way up"
const MEANS = `${STOP_NOUN}|means|way|stop|bridge|transition|passage`;
const SWEEP = 'sweep|sweeps|sweeping|swept|reverse|reverses|reversing|reversal|reversals';
const INTO = 'into|to|onto';

export const TRANSIT_CUES: PhraseTable<TransitCue> = [
  [`${COPULA} a|an ${STOP_NOUN}`, 'stop'],
  [`${COPULA} ${ONLY} a|an ${MEANS}`, 'stop'],
  [`${ONLY} a|an ${MEANS}`, 'stop'],
  // "I pull guard but I don't stay there", "never stay there long"
  ["don't|dont|never|not stay|stick|linger|remain there|long|around", 'stop'],
  // "i play bottom only to sweep", "guard is just to get on top"
  ['to sweep|reverse|scramble', 'purpose'],
  ['to get|come|climb|wrestle|stand up', 'purpose'],
  ['to get|come on|to top|mount', 'purpose'],
  ['to get|come back on|to top', 'purpose'],
  ['to get|come to the top', 'purpose'],
  ['to end up on top', 'purpose'],
  // "butterfly sweep into top", "sweep to mount"
  [`${SWEEP} ${INTO} top|mount|topside`, 'into'],
  [`${SWEEP} ${INTO} side control`, 'into'],
];

/** Sweeps that land on top are read whole as top, not as the guard "sweep" names alone. */
export const SWEPT_INTO_TOP: PhraseTable<PositionSignal> = TRANSIT_CUES.filter(([, cue]) => cue === 'into').map(
  ([phrase]): [string, PositionSignal] => [phrase, 'top'],
);
