// Vocabulary of a side dreaded or written off, for main_position. Data only; read like the discomfort
// cues (position-discomfort-words.ts spreads it in). Neighbours of the cues there that other writers
// reach for: a feeling stressed by a degree word ("top feels so awkward"), a side called awful, the
// worst, a loss or a waste of time ("bottom's the worst", "ending up on my back is a loss",
// "playing off your back is a waste of time"), or the place the user panics ("bottom is where I panic").

import type { PhraseTable } from './lexicon';
import type { NegationCue } from './negation-words';

const COPULA = 'is|s|are';
const FEEL = 'feels|feel|felt';
const DEGREE = 'so|really|super|too|very|way|soo|completely|totally|pretty|kinda|just|always';
// what the side feels like to the user
const BAD_FEELING = 'awkward|weird|uncomfortable|unnatural|wrong|awful|terrible|horrible|miserable|gross';
// what the side is, said of it (after "a"): "a loss", "a waste of time"
const WRITTEN_OFF = ['loss|defeat|failure|disaster', 'death sentence', 'dead end', 'waste of time|energy'];
const PANIC = ['panic|freeze|drown|die|suffer', 'freak out', 'get smashed|crushed|wrecked|destroyed'];

export const DREAD_CUES: PhraseTable<NegationCue> = [
  // "top feels so awkward for me", "guard feels really weird", "staying on top feels awful"
  [`${FEEL} ${DEGREE} ${BAD_FEELING}`, 'both'],
  [`${FEEL} awful|terrible|horrible|miserable|gross`, 'both'],
  [`${COPULA} ${DEGREE} awkward|uncomfortable|unnatural`, 'both'],
  // "bottom's the worst", "guard is the absolute worst"
  [`${COPULA} the worst|pits`, 'both'],
  [`${COPULA} the absolute|actual worst`, 'both'],
  // "ending up on my back is a loss", "playing off your back is a waste of time"
  ...WRITTEN_OFF.map((end): [string, NegationCue] => [`${COPULA} a ${end}`, 'both']),
  ...WRITTEN_OFF.map((end): [string, NegationCue] => [`${COPULA} basically|just|like a ${end}`, 'both']),
  // "bottom is where I panic", "top is where i freeze up"
  ...PANIC.map((end): [string, NegationCue] => [`${COPULA} where i ${end}`, 'both']),
  ...PANIC.map((end): [string, NegationCue] => [`${COPULA} where i always|usually|just ${end}`, 'both']),
];
