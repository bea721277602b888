// Levantine and Egyptian Arabic typed in Latin letters ("Arabizi"), for main_position: "ana top, ma
// b7ebb el guard abadan" (I'm top, I don't like guard at all). Arabizi writes some sounds with digits
// ("7" for ḥ, "2" for the glottal stop), which the tokeniser cuts out of the word as numbers: "b7ebb"
// arrives as "b", "7", "ebb", and the phrases here are spelt in those pieces. Data only; world-words.ts
// spreads it in.

import type { TongueWords } from './tongue-words';

// "b7ebb", "b7eb", "ba7ebb", "b7ib": I like, in its pieces; "bhebb" with "h" for the "7"
const LIKE_DIGIT = 'b|ba 7 ebb|eb|ib|ibb';
const LIKE_LETTERS = 'bhebb|bheb|bhib|bahebb|baheb';

export const ARABIZI: TongueWords = {
  // "7zam abyad" (white belt), "azra2" (blue) in its pieces; "mubtadi" (beginner)
  colours: [
    ['abyad|abyed|abiad|abyd', 'white'],
    ['azra 2', 'blue'],
    ['azraq|azrak', 'blue'],
    ['banafsagi|banafsegi|banafsaji|banafsiji|banafsaj|banafsigi', 'purple'],
    ['bonni|bunni|bonny', 'brown'],
    ['aswad|eswed|iswid', 'black'],
  ],
  levels: [['mubtadi|mobtadi|mobtade', 'novice']],
  // "marratain" (twice), "marra" (a time), "fil usboo3" (in the week, "3" for ʿayn, cut off as a number)
  timesAdverbs: [
    ...['marratain', 'marratein', 'marratayn', 'marrtain', 'marrtein', 'martain', 'martein'].map(
      (w) => [w, 2] as const,
    ),
    ['marra', 1],
  ],
  timesWords: ['marrat', 'marat'],
  perUnit: [['fil|fi|bil|bel|kol|kul usboo|usbu|usbuu|esbo|esboo|osboo|isbu 3', 1]],
  ratePhrases: [['kol|kul yom|youm|yoom', 7]],
  positions: [
    // "fo2" (on top), "ta7t" (underneath), in their pieces
    ['fo|fou|foo 2', 'top'],
    ['ta 7 t', 'guard'],
    ['el|l etnen|tnen', 'balanced'],
  ],
  // "ma b7ebb", "mab7ebb", "ma bhebb", "mish b7ebb": I don't like
  negations: [
    [`ma|mish|mesh|msh ${LIKE_DIGIT}`, 'pre'],
    [`ma|mish|mesh|msh ${LIKE_LETTERS}`, 'pre'],
    ['mab 7 ebb|eb|ib|ibb', 'pre'],
    ['mabhebb|mabheb|mabhib', 'pre'],
  ],
};
