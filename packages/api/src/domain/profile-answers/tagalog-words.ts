// Tagalog (and Taglish) rates, belts and sides: "dalawang beses isang linggo", "tatlong beses sa isang linggo", "apat
// na beses kada linggo", "araw-araw". Its numbers take a linker before what they count ("-ng" fused,
// or "na" after a consonant), and "lima", "pito" are everyday words too, so they count only right
// before "beses" (times) or "araw" (days). Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

export const TAGALOG: TongueWords = {
  countedNumbers: [
    ['isa', 1],
    ['isang', 1],
    ['dalawa', 2],
    ['dalawang', 2],
    ['tatlo', 3],
    ['tatlong', 3],
    ['apat', 4],
    ['lima', 5],
    ['limang', 5],
    ['anim', 6],
    ['pito', 7],
    ['pitong', 7],
    ['walo', 8],
    ['walong', 8],
  ],
  timesWords: ['beses', 'araw'],
  // "apat na beses": "na" links a count ending in a consonant to what it counts
  countLinkers: ['na'],
  // "isang linggo" (one week), "kada|bawat linggo" (each week); a bare "linggo" is also Sunday
  perUnit: [
    ['isang|kada|bawat linggo', 1],
    ['sa|kada isang linggo', 1],
    ['linggo linggo', 1],
    ['isang|kada|bawat buwan', PER_MONTH],
    ['sa|kada isang buwan', PER_MONTH],
    ['isang|kada|bawat araw', 7],
    ['sa|kada isang araw', 7],
  ],
  ratePhrases: [
    ['araw araw|gabi', EVERY_DAY],
    ['halos araw araw', 6],
    ['paminsan minsan', 'vague'],
  ],
  // "puting belt pa lang" (just a white belt so far), "asul na belt": the colour takes the linker too
  colours: [
    ['puti|puting', 'white'],
    ['asul|bughaw', 'blue'],
    // "lila" is read already, as German (german-words.ts)
    ['ube', 'purple'],
    ['kayumanggi', 'brown'],
    ['itim', 'black'],
  ],
  levels: [['baguhan', 'novice']],
  beltTimes: [['pangarap', 'hope']],
  // "ayoko sa ilalim" (I don't want the bottom), "mas gusto ko sa taas" (I prefer on top); "taas"
  // alone is also "tall", so only after "sa"
  positions: [
    ['sa ilalim|ibaba', 'guard'],
    ['sa taas|ibabaw', 'top'],
    // no side preferred: "pareho lang" (just the same), "kahit saan" (anywhere), "bahala na" (whatever comes)
    ['pareho|parehas|pareha', 'balanced'],
    ['kahit saan|san|ano|alin', 'balanced'],
    ['bahala na', 'balanced'],
  ],
  positionEmphasis: [['mas gusto', 'primary']],
};
