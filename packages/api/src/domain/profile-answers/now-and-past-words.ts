// Words, in tongues other than English, that set an answer now or in the past ("agora", "antes"):
// what the user does now is the answer, not what they did at first. Shared by every field. Data only.

import { WORLD_NOW, WORLD_PAST } from './world-words';

/**
 * Portuguese, Spanish and Tagalog words for now, and for a start or past the answer moves on from:
 * "ultimamente", "ngayon" (now); "al principio", "no inicio" (at first), "dati", "nung" (back when),
 * "solía", "jogava" (used to).
 */
export const NOW_OTHER_TONGUES: readonly string[] = [
  'agora',
  'hoje',
  'atualmente',
  'ahora',
  'hoy',
  'actualmente',
  'ultimamente',
  'ngayon',
  ...WORLD_NOW,
];
export const PAST_OTHER_TONGUES: readonly string[] = [
  'era',
  'fui',
  'antes',
  'comecei',
  'entrei',
  'empece',
  'empeze',
  'principio',
  'inicio',
  'dati',
  'nung',
  'noong',
  // "solía ir 4 veces", "jogava por baixo": what the user used to do
  'solia',
  'costumava',
  'jugaba',
  'jogava',
  'entrenaba',
  'treinava',
  ...WORLD_PAST,
];
