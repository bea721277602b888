// Romanian vocabulary for every field, typed without diacritics (text.ts folds "ă", "â", "î", "ș", "ț"):
// "centura albă, abia am început", "de trei ori pe săptămână", "vreau să concurez", "autoapărare".
// "albă" is the Spanish and Italian "alba" (dawn) too, so white is a belt only after "centura"; the
// weekdays stay out, as "luni" (Monday) is also "months". Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

export const ROMANIAN: TongueWords = {
  numbers: [
    ['doi', 2],
    ['doua', 2],
    ['trei', 3],
    ['patru', 4],
    ['cinci', 5],
  ],
  // English words, or everyday ones: counts only before "ori" (times), "zile" (days)
  countedNumbers: [
    ['unu', 1],
    ['sase', 6],
    ['sapte', 7],
    ['opt', 8],
  ],
  // "o dată" typed as one word: once
  timesAdverbs: [['odata', 1]],
  durations: [
    ['ani', 1],
    ['luni', 1 / 12],
    ['saptamani', 1 / 52],
  ],
  timesWords: ['ori', 'zile', 'antrenamente', 'sesiuni'],
  // "de 3 ori pe săptămână", "3 ori pe lună"
  perUnit: [
    ['pe|in saptamana|sapt', 1],
    ['saptamanal', 1],
    ['pe|in luna', PER_MONTH],
    ['lunar', PER_MONTH],
  ],
  unitBefore: [['pe|in saptamana', 1]],
  ratePhrases: [
    ['zilnic', EVERY_DAY],
    ['in fiecare zi', EVERY_DAY],
    ['aproape zilnic', 6],
    ['uneori|cateodata', 'vague'],
  ],
  colours: [
    ['centura alba|albe', 'white'],
    ['centura albastra|albastru', 'blue'],
    ['albastra|albastru', 'blue'],
    ['centura mov|violet', 'purple'],
    ['mov', 'purple'],
    ['centura maro', 'brown'],
    ['centura neagra|negru', 'black'],
    ['neagra', 'black'],
  ],
  levels: [
    ['incepator|incepatoare|incepatori', 'novice'],
    // "abia am început" (just started)
    ['abia am inceput', 'novice'],
    ['abia|recent incep|inceput', 'novice'],
    ['am inceput', 'started'],
    ['avansat|avansata|experimentat|experimentata', 'experienced'],
  ],
  beltTimes: [
    ['acum|momentan|actualmente|primit|luat', 'now'],
    ['inainte|fost', 'past'],
    ['aproape', 'next'],
    ['vreau|sper|visez', 'hope'],
  ],
  // "deasupra" (on top), "dedesubt" (underneath), "ambele" (both)
  positions: [
    ['deasupra', 'top'],
    ['dedesubt', 'guard'],
    ['ambele|amandoua', 'balanced'],
  ],
  goals: [
    [
      'concurez|concura|concurs|concursuri|competitie|competitii|turneu|turnee|turneul|turneele|medalie|medalii',
      'competition',
    ],
    ['slabesc|slabi|slabit|sanatate|sanatos|sanatoasa', 'fitness'],
    ['in forma', 'fitness'],
    ['autoaparare|autoapararea', 'self_defense'],
    ['sa ma apar', 'self_defense'],
    ['distractie|placere|relaxare|pasiune', 'recreational'],
    ['tehnica|progres|progresez', 'skill_development'],
    ['invat|invata|imbunatatesc', 'learning_verb'],
  ],
  // "nu-mi place jos" (I don't like the bottom), "nu vreau să concurez"; a bare "nu" is Dutch "now" too
  negations: [
    ['nu mi|imi place|plac', 'pre'],
    ['nu vreau', 'pre'],
    ['nu stiu', 'idiom'],
  ],
  now: ['acum', 'momentan'],
  past: ['inainte'],
  but: ['insa'],
  relatives: ['fratele', 'sora', 'sotul', 'sotia', 'iubitul', 'iubita'],
  others: ['antrenorul', 'antrenor', 'prietenul', 'prietena', 'colegul'],
};
