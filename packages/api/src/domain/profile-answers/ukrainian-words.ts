// Ukrainian vocabulary for every field, typed in Cyrillic, which cyrillic.ts spells as it spells
// Russian ("три рази на тиждень" → "tri razi na tizhden"; "и", "і", "ї" and "й" all come out "i"), or
// typed in Latin letters as Ukraine's own romanisation spells it, "и" as "y" ("korychnevyi poyas, vzhe
// try roky": brown belt, three years already).
// Words it shares with Russian ("два", "пояс", "синій", "чорний", "техніку", "хочу") russian-words.ts
// reads already; these are the ones Ukrainian says its own way. Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

// the endings "-ий/-ій" as spelt from Cyrillic ("білий" → "bilii") or typed in Latin ("biliy", "bilyi")
const adjective = (stem: string): string => ['ii', 'iy', 'yi', 'yy', 'y', 'ij'].map((end) => stem + end).join('|');

export const UKRAINIAN: TongueWords = {
  numbers: [
    ['dvi', 2],
    ['chotiri', 4],
    ['chotyry', 4],
    ['shist', 6],
    ['visim', 8],
  ],
  // "сім" is English "sim" too, and "три" is Russian's too: counts only before what they count
  countedNumbers: [
    ['tri', 3],
    ['try', 3],
    ['sim', 7],
  ],
  // "двічі", "тричі": twice, three times
  timesAdverbs: [
    ['dvichi', 2],
    ['trichi', 3],
    ['trychi', 3],
  ],
  // "три роки", "пів року", "два місяці": time on the mats
  durations: [
    ['rik', 1],
    ['roki', 1],
    ['roky', 1],
    ['rokiv', 1],
    ['misyatsi', 1 / 12],
    ['misyatsiv', 1 / 12],
    ['tizhni', 1 / 52],
    ['tizhniv', 1 / 52],
    ['tyzhni', 1 / 52],
    ['tyzhniv', 1 / 52],
    ['misiatsi', 1 / 12],
    ['misiatsiv', 1 / 12],
    ['godini', 0],
    ['hodyny', 0],
    ['godin', 0],
  ],
  // "три рази", "п'ять разів", "чотири дні", "два тренування", "три заняття"
  timesWords: ['razi', 'raziv', 'razy', 'dni', 'dniv', 'trenuvannya', 'trenuvan', 'zanyattya', 'zanyat'],
  perUnit: [
    ['na|v|u|za tizhden|tyzhden', 1],
    ['shchotizhnya|shchotizhnia', 1],
    ['na|v|u|za misyats', PER_MONTH],
    ['na|v|u den|dobu', 7],
  ],
  // "на тиждень три рази": the period first
  unitBefore: [
    ['na|v|u tizhden|tyzhden', 1],
    ['na|v|u misyats', PER_MONTH],
  ],
  ratePhrases: [
    ['shchodnya|shchodnia|shchodenno', EVERY_DAY],
    ['kozhen den', EVERY_DAY],
    ['kozhnogo dnya', EVERY_DAY],
    ['maizhe|mayzhe shchodnya', 6],
    ['u|po budni|budnyakh', 5],
    ['inodi|inkoli|ridko', 'vague'],
  ],
  colours: [
    [adjective('bil'), 'white'],
    // "блакитний", light blue, as some call the belt
    [adjective('blakitn'), 'blue'],
    // in Latin letters, "и" as "y": "korychnevyi", "synii", "blakytnyi" (Russian's spellings are read already)
    [adjective('korychnev'), 'brown'],
    ['synii|syniy|synij', 'blue'],
    [adjective('blakytn'), 'blue'],
  ],
  levels: [
    ['novachok|pochatkivets|pochatkivka', 'novice'],
    ['tilki|nedavno pochav|pochala', 'novice'],
    ['pochav|pochala', 'started'],
    [adjective('dosvidchen'), 'experienced'],
  ],
  // "зараз" (now) is left out: it is Polish "zaraz", soon
  beltTimes: [
    // "вже" (already): held now
    ['otrimav|otrimala|otrymav|otrymala|vzhe', 'now'],
    ['buv|bula|ranishe', 'past'],
    ['maizhe|mayzhe', 'next'],
    ['mriyu|mriya', 'hope'],
  ],
  // "зверху, люблю тиснути": on top, pressing; "знизу", "з гарду"
  positions: [
    ['zverkhu|zverhu|nagori|verkh|verkhu', 'top'],
    ['tisnuti|tisk|tiskom|prokhid|prokhoditi', 'top'],
    ['znizu', 'guard'],
    ['na spini', 'guard'],
    ['gardi|gardom', 'guard'],
    ['obidva|obidvi|odnakovo', 'balanced'],
    ['bez riznitsi', 'balanced'],
    ['vse odno', 'balanced'],
    ['po riznomu', 'balanced'],
  ],
  positionEmphasis: [
    ['zazvichai|perevazhno', 'summary'],
    ['zavzhdi|bilshe', 'primary'],
    ['viddayu perevagu', 'primary'],
    ['inodi|inkoli', 'secondary'],
  ],
  goals: [
    // "виступати на змаганнях": to compete in competitions
    ['zmagannya|zmagannyakh|zmagan|zmagatisya|zmagatis|vistupati|turniri|turniriv', 'competition'],
    ['skhudnuti|formi|vitrivalist', 'fitness'],
    ['skinuti vagu', 'fitness'],
    ['samooboroni|zakhistiti|zakhist', 'self_defense'],
    ['vdoskonalyuvati|vdoskonalyuvatis|vdoskonalyuvatisya|vdoskonalitis|vdoskonalennya', 'skill_development'],
    ['pokrashchiti|rozvivatis|rozvitok', 'skill_development'],
    ['navchitisya|navchitis|vchitisya', 'learning_verb'],
    ['khobi|zadovolennya|rozvaga|rozvagi', 'recreational'],
    ['dlya sebe', 'recreational'],
  ],
  goalEmphasis: [
    ['golovne|lishe|tilki', 'primary'],
    ['mozhe|mozhlivo', 'hedge'],
  ],
  negations: [['nikoli', 'pre']],
  past: ['ranishe'],
  relatives: ['donka', 'cholovik', 'druzhina', 'batko'],
  others: ['druzi', 'trenerka'],
  possessives: ['mii', 'moye'],
  // "але" is Polish "ale" (polish-words.ts)
  but: ['prote'],
  jokes: [['zhartuyu|zhart', 'joke']],
};
