// Moroccan Arabic (Darija) typed in Latin letters, for every field: "mrtin f simana", "tnin w lkhmis",
// "ana dima lfo9", "ma kanbghich nkoun lta7t", "bghit nkhser lwazn". Like Arabizi (arabizi-words.ts) it
// writes sounds with digits ("9" for q, "7" for ḥ, "3" for ʿayn), which the tokeniser cuts out of the
// word as numbers: "lfo9" arrives as "lfo", "9", and the phrases here are spelt in those pieces. Words
// borrowed from French ("kanpassi", I pass) keep their French stem. Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

const BELT = 'smta|semta|ssmta|ceinture';

export const DARIJA: TongueWords = {
  numbers: [
    ['jouj', 2],
    ['jooj', 2],
    ['khamsa', 5],
    ['khmsa', 5],
  ],
  // everyday words or English ones: counts only before "mrat" (times), "iyam" (days)
  countedNumbers: [
    ['wahed', 1],
    ['juj', 2],
    ['tlata', 3],
    ['tlta', 3],
    ['rba', 4],
    ['reba', 4],
    ['rbaa', 4],
    ['stta', 6],
    ['setta', 6],
    ['sba', 7],
    ['sebaa', 7],
  ],
  // "mrtin" (twice), "merra" (once)
  timesAdverbs: [
    ...['mrtin', 'mertin', 'merrtin', 'mrrtin', 'marrtin', 'mrtine', 'mertayn'].map((w) => [w, 2] as const),
    ...['mra', 'merra', 'mrra'].map((w) => [w, 1] as const),
  ],
  timesWords: ['mrat', 'mrrat', 'merrat', 'iyam', 'ayam'],
  durations: [
    ['snin', 1],
    ['chhour', 1 / 12],
    ['shhour', 1 / 12],
  ],
  // "f simana", "f l'simana", "fl simana", "kol simana"; "f chhar" (a month)
  perUnit: [
    ['f|fi|fe|fel|fl|kol|koll simana|smana|ssimana|semana', 1],
    ['f|fi|fe l simana|smana|semana', 1],
    ['f|fi|fe|fl|kol chhar|shhar', PER_MONTH],
  ],
  unitBefore: [
    ['f|fi|fe|fel|fl|kol|koll simana|smana|ssimana|semana', 1],
    ['f|fi|fe l simana|smana|semana', 1],
  ],
  ratePhrases: [
    ['kol|koll|kolla nhar', EVERY_DAY],
    ['merra merra', 'vague'],
  ],
  weekdays: [
    [[0], ['tnin', 'ltnin', 'letnin', 'tnine']],
    [[1], ['tlat', 'ttlat', 'ltlat', 'ttlata', 'ltlata']],
    [[2], ['larbaa', 'larba', 'larbe', 'larb']],
    [[3], ['lkhmis', 'khmis', 'lekhmis', 'lkhemis']],
    [[4], ['jemaa', 'ljemaa', 'jmaa', 'ljmaa']],
    [[5], ['sebt', 'ssebt', 'sbt', 'ssbt']],
    [[6], ['lhed', 'lhad', 'lhadd']],
  ],
  weekdayJoiners: ['w', 'o'],
  // "smta byda" (white belt), "zr9a" (blue) in its pieces, "k7la" (black)
  colours: [
    [`${BELT} byda|bida|bayda|lbyda`, 'white'],
    ['zr|zer|zar|zra 9 a', 'blue'],
    ['zerqa|zerka|zarqa', 'blue'],
    [`${BELT} mauve|mov|violet|banafsaji`, 'purple'],
    [`${BELT} qehwi|qahwi|marron`, 'brown'],
    ['k|ke 7 la', 'black'],
    ['kahla|kehla|lkahla|lkehla', 'black'],
  ],
  levels: [
    ['mobtadi|mbtadi|moubtadi', 'novice'],
    ['ghir|yallah bdit', 'novice'],
    ['bdit', 'started'],
  ],
  beltTimes: [
    ['daba|dba|ddaba', 'now'],
    ['kont|kunt|kent|qbel', 'past'],
    ['qrib', 'next'],
    ['bghit|nbghi|tmenit', 'hope'],
  ],
  // "lfo9" (on top), "lta7t" (underneath), in their pieces; "kanpassi" (I pass the guard)
  positions: [
    ['lfo|fo|lfou|fou|lfw 9', 'top'],
    ['lfoq|foq|lfouq|fouq', 'top'],
    ['kanpassi|kanpasi|kanpassiw|npassi|kandouz', 'top'],
    ['lta|lt|ta 7 t', 'guard'],
    ['ltaht|ltahat|ltht', 'guard'],
    ['lte|lt 7 t', 'guard'],
    ['bjouj|bjuj', 'balanced'],
    ['b jouj|juj', 'balanced'],
    ['kif kif|kifkif', 'balanced'],
  ],
  positionEmphasis: [
    ['dima|dayman|daymen', 'primary'],
    ['ghaliban|ktar|bzaf', 'summary'],
    ['chi merrat|mrat', 'secondary'],
  ],
  goals: [
    ['championnat|tournoi|compet|competition|mobarat|moubarat', 'competition'],
    ['nkhser|nkhesser|nqes lwazn|lwzn|lkilo', 'fitness'],
    ['lwazn|lwzn|rchaka|sseha|sahha', 'fitness'],
    ['ndafe|ndafa|ndefe|tdafe 3', 'self_defense'],
    ['ndafee|ndafaa|difaa', 'self_defense'],
    ['difa 3', 'self_defense'],
    ['nfaji|nfouji|ntfaja|nkhwi', 'recreational'],
    ['nt|nte 3 lm|allem|llem', 'learning_verb'],
    ['ntaalem|ntallem', 'learning_verb'],
  ],
  goalEmphasis: [['ghir|ghi|ghe', 'primary']],
  // "ma kanbghich" (I don't like), "machi" (not), "ma bghitch" (I don't want)
  negations: [
    ['ma|mat kanbghich|kanbghi|kanbghiche|kanhmelch|bghitch|bghitsh|kanmoutch', 'pre'],
    ['makanbghich|makanbghi|mabghitch|makanhmelch', 'pre'],
    ['machi|mashi|mchi', 'pre'],
    ['ma 3 rftch|refch|rfch', 'idiom'],
  ],
  now: ['daba', 'dba', 'ddaba'],
  past: ['kont', 'kunt', 'kent'],
  but: ['walakin', 'walaken', 'wlakin', 'walakine'],
  i: ['ana'],
  that: ['bach', 'belli'],
  relatives: [
    ...['bba', 'baba', 'mama', 'mmi', 'khoya', 'khouya', 'khti', 'mrati', 'rajli', 'rajel'],
    ...['sahbti', 'lkhout', 'weldi', 'bnti'],
  ],
  others: ['sahbi', 'lcoach', 'lmoualim', 'lmoallim'],
};
