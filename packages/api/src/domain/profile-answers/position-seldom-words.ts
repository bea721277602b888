// main_position: how often a side played less than once a week is said: "once a month", "a few times
// a year", "once in a blue moon", "de vez en cuando". Data only; position-seldom.ts reads it, matched
// as typed (spelling.ts).

import type { PhraseTable } from './lexicon';

export const SELDOM: PhraseTable<true> = [
  ['once|twice a|per|every|each month|year|fortnight', true],
  ['once|twice in a|per|every month|year', true],
  ['1|2|3|one|two|three|couple|few times a|per|every month|year', true],
  ['a couple|few times a|per|every month|year', true],
  ['a couple of times a|per|every month|year', true],
  ['once|twice every other|second week', true],
  ['once every few|couple|other|2|two|3|three weeks|months', true],
  ['every few|couple weeks|months', true],
  ['every couple of weeks|months', true],
  ['once in a blue moon|while', true],
  ['every once in a while', true],
  ['every now and then|again', true],
  ['now and then|again', true],
  ['hardly|almost ever', true],
  // Spanish and Portuguese: "una vez al mes", "uma vez por mês", "de vez en cuando", "de vez em quando"
  ['una|uma vez al|por|a|ao mes|ano', true],
  ['de vez en|em cuando|quando', true],
];
