// main_position: no side preferred, said outright ("no preference", "don't mind") or as indifference
// ("doesn't matter", "all the same to me", "me da igual", "donde sea", "dá no mesmo"). Data only;
// position-words.ts spreads it (each other tongue keeps its own in its file: "kahit saan", "egal").

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

export const NO_PREFERENCE: PhraseTable<PositionSignal> = [
  ['no preference', 'balanced'],
  ['no real preference', 'balanced'],
  ["don't|dont have a preference", 'balanced'],
  ['do not have a preference', 'balanced'],
  ["don't|dont mind|care", 'balanced'],
  ['whatever works|happens|comes', 'balanced'],
  ['whatever the situation|moment|roll|opponent|position|scenario', 'balanced'],
];

/** Idioms, matched as typed (spelling.ts): "to save my life" is no slip of "all the same". */
export const INDIFFERENCE: PhraseTable<PositionSignal> = [
  ["doesn't|doesnt|don't|dont matter", 'balanced'],
  ['does not|do not matter', 'balanced'],
  ['no matter where|which', 'balanced'],
  ['all the same', 'balanced'],
  ['same to me', 'balanced'],
  ['same difference', 'balanced'],
  ['makes no difference', 'balanced'],
  ['anything goes', 'balanced'],
  // Spanish: "me da igual", "da lo mismo", "donde sea", "cualquiera"
  ['me|te da|es igual', 'balanced'],
  ['da igual', 'balanced'],
  ['da lo mismo', 'balanced'],
  ['donde|cual sea', 'balanced'],
  ['cualquiera|indiferente', 'balanced'],
  ['cualquier lado|lugar|posicion', 'balanced'],
  // Portuguese: "qualquer lado", "dá no mesmo", "onde for"
  ['qualquer um|uma|lado|lugar|posicao', 'balanced'],
  ['da no|na mesmo|mesma', 'balanced'],
  ['onde for', 'balanced'],
];
