// Russian vocabulary for every field, typed in Latin letters ("tri raza v nedelyu", "kazhdyy den'",
// "siniy poyas") or in Cyrillic, which cyrillic.ts spells the same way ("три раза в неделю" → "tri
// raza v nedelyu"; "й" loses its breve with the accents, so "каждый" is "kazhdyi"). Data only;
// world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

// the endings "-ый/-ий" as people type them: "kazhdyy", "kazhdyj", "kazhdiy", "kazhdyi", "kazhdii"
const adjective = (stem: string, ends: readonly string[]): string => ends.map((end) => stem + end).join('|');
const HARD = ['yy', 'yj', 'iy', 'yi', 'ij', 'ii', 'y'];
const SOFT = ['iy', 'ij', 'ii', 'yy', 'yi', 'i'];

export const RUSSIAN: TongueWords = {
  numbers: [
    ['odin', 1],
    ['odna', 1],
    ['dva', 2],
    ['dve', 2],
    ['chetyre', 4],
    ['chetire', 4],
    ['pyat', 5],
    ['pjat', 5],
    ['shest', 6],
    ['vosem', 8],
  ],
  // "tri" and "sem" are English shorthand too (a triathlon, a semester): counts only before "raza"
  countedNumbers: [
    ['tri', 3],
    ['sem', 7],
  ],
  // "raz v nedelyu": once
  timesAdverbs: [['raz', 1]],
  durations: [
    ['god', 1],
    ['goda', 1],
    ['mesyats', 1 / 12],
    ['mesyatsa', 1 / 12],
    ['mesyatsev', 1 / 12],
    ['nedeli', 1 / 52],
    ['nedel', 1 / 52],
    ['chasa', 0],
    ['chasov', 0],
  ],
  // "pyat raz", "tri dnya", "dve trenirovki"
  timesWords: ['raz', 'raza', 'dnya', 'dney', 'dnei', 'trenirovki', 'trenirovok', 'zanyatiya', 'zanyatiy', 'zanyatii'],
  perUnit: [
    ['v|za nedelyu|nedelu|nedeliu|ned', 1],
    ['kazhduyu|kazhduiu nedelyu|nedelu', 1],
    ['v|za mesyats|mesyac|mesiats|mesiac|mes', PER_MONTH],
    ['v den|sutki', 7],
  ],
  // "v nedelyu tri raza": the period first
  unitBefore: [
    ['v nedelyu|nedelu|nedeliu', 1],
    ['v mesyats|mesyac|mesiats', PER_MONTH],
  ],
  ratePhrases: [
    [`${adjective('kazhd', HARD)}|${adjective('kajd', HARD)} den`, EVERY_DAY],
    ['ezhednevno|ejednevno', EVERY_DAY],
    [`pochti ${adjective('kazhd', HARD)}|${adjective('kajd', HARD)} den`, 6],
    ['pochti ezhednevno', 6],
    ['cherez den', 3.5],
    ['po budnyam|budniam', 5],
    ['po vykhodnym|vyhodnym', 2],
    // "s ponedelnika po pyatnitsu": "po" is Tagalog too, so the range is said whole
    ['s ponedelnika po pyatnitsu|pyatnicu|piatnitsu', 5],
    ['s ponedelnika po subbotu', 6],
    ['inogda|redko', 'vague'],
    ['kogda kak', 'vague'],
  ],
  weekdays: [
    [[0], ['ponedelnik', 'ponedelnika', 'ponedelnikam']],
    [[1], ['vtornik', 'vtornika', 'vtornikam']],
    [[2], ['sreda', 'sredu', 'sredy', 'sredam']],
    [[3], ['chetverg', 'chetverga', 'chetvergam']],
    [[4], ['pyatnitsa', 'pyatnitsu', 'pyatnitsy', 'pyatnitsam', 'pyatnica', 'pyatnicu', 'pyatnicy']],
    [[5], ['subbota', 'subbotu', 'subboty', 'subbotam']],
    [[6], ['voskresenye', 'voskresene', 'voskresenie', 'voskresenya', 'voskresenia', 'voskresenyam']],
  ],
  // "v ponedelnik i v sredu"
  weekdayJoiners: ['i', 'v', 'vo'],
  // "kazhdyy den krome voskresenya"
  exceptBefore: ['krome'],
  otherSports: ['plavanie', 'begom'],
  otherActivities: ['kachalka', 'kachalku', 'kachalke'],
  colours: [
    [adjective('bel', HARD), 'white'],
    [`${adjective('sin', SOFT)}|${adjective('golub', ['oy', 'oj', 'oi'])}`, 'blue'],
    [`${adjective('fioletov', HARD)}|${adjective('purpurn', HARD)}`, 'purple'],
    [adjective('korichnev', HARD), 'brown'],
    [`${adjective('chern', HARD)}|${adjective('chorn', HARD)}`, 'black'],
  ],
  levels: [
    [`novichok|novichek|${adjective('nachinayushch', SOFT)}`, 'novice'],
    ['tolko|nedavno nachal|nachala', 'novice'],
    ['nachal|nachala', 'started'],
    [adjective('opytn', HARD), 'experienced'],
  ],
  beltTimes: [
    ['seychas|seichas|sechas|teper|poluchil|poluchila', 'now'],
    ['byl|byla|ranshe', 'past'],
    ['skoro|pochti', 'next'],
    ['khochu|hochu|mechtayu|mechta', 'hope'],
  ],
  positions: [
    ['sverkhu|sverhu|naverkhu|naverhu', 'top'],
    ['snizu|vnizu', 'guard'],
    ['na spine', 'guard'],
    ['gard|garda|gardu|garde', 'guard'],
    ['prokhod|prohod|prokhodit|prohodit', 'top'],
    ['bez raznitsy|raznicy', 'balanced'],
    ['odinakovo', 'balanced'],
    ['vse ravno', 'balanced'],
    ['po raznomu', 'balanced'],
  ],
  positionEmphasis: [
    ['obychno|chashche', 'summary'],
    ['v osnovnom', 'summary'],
    ['lyublyu|lublu|predpochitayu|vsegda', 'primary'],
    ['inogda', 'secondary'],
  ],
  goals: [
    ['sorevnovaniya|sorevnovaniyakh|sorevnovatsya|sorevnovaniy|turniry|turnirakh|medal|medali', 'competition'],
    // "kh" is often typed "h", and the other cases; "vystupat" (to compete, "perform") on its own
    ['sorevnovaniyah|sorevnovaniyam|sorevnovanie|sorevnovaniyu|sorevnovatsa|turnirah|turnire', 'competition'],
    ['vystupat|vystupit|vystupayu|vystupleniya|vystupaty', 'competition'],
    ['pokhudet|pohudet|formy|formu|zdorovye|zdorove|zdorovya|vynoslivost', 'fitness'],
    ['sbrosit ves', 'fitness'],
    ['samooborona|samooborony|samooboronu|zashchitit|zashitit|zashchishchat', 'self_defense'],
    ['tekhnika|tekhniku|tehnika|tehniku|razvitie|razvivatsya|uluchshit|luchshe', 'skill_development'],
    ['nauchitsya|uchitsya|izuchit', 'learning_verb'],
    ['udovolstviya|udovolstvie|khobbi|hobbi|kaif|rasslabitsya|veselo', 'recreational'],
    ['dlya sebya|dushi', 'recreational'],
  ],
  goalEmphasis: [
    ['glavnoe|tolko', 'primary'],
    ['glavnym obrazom', 'primary'],
    ['mozhet', 'hedge'],
    ['kogda nibud', 'hedge'],
  ],
  negations: [
    ['nikogda|bez', 'pre'],
    ['ne lyublyu|lublu|khochu|hochu', 'pre'],
    ['ne znayu|znaju', 'idiom'],
  ],
  now: ['seychas', 'seichas', 'sechas', 'teper'],
  past: ['ranshe', 'ranee'],
  relatives: ['syn', 'doch', 'muzh', 'zhena', 'otets', 'sestra'],
  others: ['trener', 'trenera', 'druzya', 'podruga'],
  possessives: ['moy', 'moya', 'moyo'],
  but: ['odnako'],
  jokes: [['shuchu|shutka|prikalyvayus', 'joke']],
};
