// main_position: getting off the bottom is playing top: "i stay off my back", "get me off my back asap",
// "anything to get out from under people", "sempre tento sair de baixo", "salgo de abajo rápido".
// "I play off my back" is guard (position-words.ts): only a way out or away reads as top; staying off
// top reads as guard. Data only.

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

const AWAY = 'stay|stays|stayed|staying|keep|keeps|keeping|get|gets|getting|got|come|comes|coming';
const OUT = 'scramble|scrambles|scrambling|escape|escapes|escaping|move|moving|climb|climbing|wrestle|wrestling';
const BOTTOM = 'back|bottom|guard';

export const OFF_THE_BOTTOM: PhraseTable<PositionSignal> = [
  // "i stay off my back as much as i can", "getting off my back asap"
  [`${AWAY}|${OUT} off my|the ${BOTTOM}`, 'top'],
  [`${AWAY}|${OUT} off bottom|guard`, 'top'],
  // "keep me off my back please", "get me off my back asap"
  [`${AWAY} me off my|the ${BOTTOM}`, 'top'],
  [`${AWAY} me off bottom|guard`, 'top'],
  // the escape as the outcome wanted: "whatever keeps me off my back", "whichever gets me out from under"
  [`wherever|whichever|whatever ${AWAY} me off my|the ${BOTTOM}`, 'top'],
  [`wherever|whichever|whatever ${AWAY} me off bottom|guard`, 'top'],
  [`wherever|whichever|whatever ${AWAY} me out from under|underneath`, 'top'],
  // "so I scramble up every time", "i just climb up": getting up off the bottom
  ['scramble|scrambles|scrambling|scrambled|climb|climbs|climbing up', 'top'],
  // the mirror: "I stay off top because I suck at passing", "keep me off top": the bottom is their game
  [`${AWAY} off top`, 'guard'],
  [`${AWAY} off the top`, 'guard'],
  [`${AWAY} me off top`, 'guard'],
  // "i want off my back", "i'd rather be off my back"
  ['want|wanna|rather be off my|the back|bottom', 'top'],
  ['want|wanna off my|the back|bottom', 'top'],
  // "i try to stay up and pass", "i stay on my feet": standing is where passing starts
  ['stay|stays|staying|stayed up', 'top'],
  ['stay|stays|staying|stayed up late|all', 'neutral'],
  ['stay|stays|staying|stayed on my feet', 'top'],
  // "get out from under people", "scramble out from underneath"
  [`${AWAY}|${OUT} out from under|underneath`, 'top'],
  [`${AWAY}|${OUT} me out from under|underneath`, 'top'],
  // Portuguese, Spanish, Tagalog, Hinglish: "sair de baixo", "salir de abajo", "umalis sa ilalim", "neeche se nikalna"
  ['sair|saio|saindo|sai de baixo|debaixo', 'top'],
  ['salir|salgo|saliendo|sale de abajo|debajo', 'top'],
  ['umalis|makaalis sa ilalim', 'top'],
  ['neeche|niche se nikalna|nikalta|nikalti|nikal', 'top'],
];
