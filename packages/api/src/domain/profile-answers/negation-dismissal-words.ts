// A goal or side waved away, which negates what follows it as "not" does: "couldn't care less about
// self defence or fitness", "don't care about comps", "not bothered about belts", "who cares about
// medals", "no me importa competir", "não ligo pra faixa". Data only; negation-words.ts spreads it.

import type { PhraseTable } from './lexicon';
import type { NegationCue } from './negation-words';

export const DISMISSALS: PhraseTable<NegationCue> = [
  ["don't|dont|doesn't|doesnt|didn't|didnt care about|for", 'pre'],
  ['do|does not care about|for', 'pre'],
  // "couldn't care less about", and the American "could care less about"
  ["couldn't|couldnt|can't|cant care less about|for", 'pre'],
  ['could not care less about|for', 'pre'],
  ['could care less about|for', 'pre'],
  ['not bothered|fussed|worried|arsed about|with', 'pre'],
  ['who cares about', 'pre'],
  ['no me importa|importan', 'pre'],
  ['me vale|valen', 'pre'],
  ['nao|não ligo pra|para|pro', 'pre'],
  ['nao|não me importo com', 'pre'],
];
