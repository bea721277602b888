// main_position: a side the user does not know is not one they play: "I throw and smash, I don't know
// much guard", "know nothing about passing", "no idea how to play guard", "não sei jogar por baixo".
// Read like negations, for positions only ("don't know how to tie my belt" denies no belt). Data only.

import type { PhraseTable } from './lexicon';
import type { NegationCue } from './negation-words';

const KNOW_LITTLE = 'much|any|enough|how|anything|jack|squat';

export const UNKNOWN_SIDE: PhraseTable<NegationCue> = [
  [`don't|dont|didn't|didnt know ${KNOW_LITTLE}`, 'pre'],
  [`do|did not know ${KNOW_LITTLE}`, 'pre'],
  ["don't|dont|didn't|didnt know a lot|thing|single", 'pre'],
  ['know nothing|little|zero about|of', 'pre'],
  ['know nothing|zero', 'pre'],
  ['no idea|clue how', 'pre'],
  ['clueless about|with', 'pre'],
  ['never learned|learnt|learned how', 'pre'],
  // "não sei jogar guarda", "no sé jugar abajo", "no sé pasar"
  ['nao sei jogar|fazer|passar|puxar|usar|nada', 'pre'],
  ['no se jugar|hacer|pasar|usar|nada', 'pre'],
];
