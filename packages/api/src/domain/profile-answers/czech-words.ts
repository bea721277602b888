// Czech and Slovak vocabulary for every field, as typed without diacritics: "třikrát týdně", "modrý
// pás", "nerad jsem dole", "sebeobrana". Words that are English or another tongue's too ("pas", "top",
// "do", "na") are only read beside what makes them Czech. Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords, WeekdayNames } from './tongue-words';

/** "pondělí a středa": after these, "a" is "and" (Spanish "lunes a viernes" is a range). */
export const CZECH_WEEKDAYS: WeekdayNames = [
  [[0], ['pondeli', 'pondelok']],
  [[1], ['utery', 'utorok']],
  [[2], ['streda', 'stredu']],
  [[3], ['ctvrtek', 'stvrtok']],
  [[4], ['patek', 'piatok']],
  [[5], ['sobota', 'sobotu']],
  [[6], ['nedele', 'nedeli', 'nedela', 'nedelu']],
];

export const CZECH: TongueWords = {
  numbers: [
    ['jeden', 1],
    ['jedna', 1],
    ['jednou', 1],
    ['dva', 2],
    ['dve', 2],
    ['tri', 3],
    ['ctyri', 4],
    ['styri', 4],
    ['sest', 6],
    ['sedm', 7],
  ],
  // "dvakrát týdně" (twice a week), Slovak "dvakrát do týždňa"
  timesAdverbs: [
    ['jednou', 1],
    ['dvakrat', 2],
    ['trikrat', 3],
    ['ctyrikrat', 4],
    ['styrikrat', 4],
    ['petkrat', 5],
    ['patkrat', 5],
    ['sestkrat', 6],
  ],
  durations: [
    ['let', 1],
    ['roky', 1],
    ['roku', 1],
    ['rokov', 1],
    ['mesicu', 1 / 12],
    ['mesice', 1 / 12],
    ['mesiacov', 1 / 12],
    ['tydnu', 1 / 52],
    ['tyzdnov', 1 / 52],
  ],
  timesWords: ['krat', 'dny', 'dni', 'treninky', 'treninku', 'treningy', 'treningov'],
  perUnit: [
    ['tydne|tyzdenne', 1],
    ['za|do tyden|tyzdna', 1],
    ['mesicne|mesacne', PER_MONTH],
    ['za|do mesic|mesiaca', PER_MONTH],
  ],
  ratePhrases: [
    ['kazdy|kazdej den', EVERY_DAY],
    ['denne', EVERY_DAY],
    ['skoro|temer kazdy den', 6],
    ['obcas|zridka|zriedka', 'vague'],
  ],
  weekdays: CZECH_WEEKDAYS,
  // "pondělí až pátek": Monday to Friday
  weekdayJoiners: ['az'],
  weekdayRange: ['az'],
  colours: [
    ['bily|bila|bilym|bileho|biely|biela|bielym', 'white'],
    ['modry|modra|modrym|modreho|modrou', 'blue'],
    ['fialovy|fialova|fialovym|fialoveho|fialovou', 'purple'],
    ['hnedy|hneda|hnedym|hnedeho|hnedou', 'brown'],
    ['cerny|cerna|cernym|cerneho|cernou|cierny|cierna|ciernym', 'black'],
  ],
  levels: [
    ['zacatecnik|zacatecnice|zaciatocnik', 'novice'],
    ['pokrocily|pokrocila|zkuseny|zkusena|skuseny', 'experienced'],
  ],
  beltTimes: [
    ['dostal|dostala|ziskal|ziskala|mam|ted|momentalne|aktualne|teraz', 'now'],
    ['byl|byla|predtim|drive', 'past'],
    ['brzy|skoro|coskoro', 'next'],
    ['chci|chcel|chtel|chtela|snim|cil', 'hope'],
  ],
  positions: [
    ['nahore|navrchu|zhora|hore', 'top'],
    ['dole|zespodu|zdola|spodu', 'guard'],
    ['garda|gardu|garde|gardy', 'guard'],
    ['oboje|obe|oba|obidve', 'balanced'],
    ['nastejno|rovnako', 'balanced'],
  ],
  positionEmphasis: [
    ['hlavne|vetsinou|vacsinou|obvykle', 'summary'],
    ['radsi|radsej|nejradsi|vzdy', 'primary'],
  ],
  goals: [
    ['souteze|soutez|soutezit|soutezich|sutaze|sutaz|sutazit|turnaje|turnaj|turnajich|medaile', 'competition'],
    ['kondice|kondicia|kondicku|zdravi|zdravie|zhubnout|schudnut', 'fitness'],
    ['sebeobrana|sebeobranu|sebeobrany|sebaobrana|sebaobranu|branit|obrana|obranu', 'self_defense'],
    ['technika|techniku|techniky|zlepsit|zlepsovat', 'skill_development'],
    ['naucit|ucit', 'learning_verb'],
    ['zabava|zabavu|odreagovat', 'recreational'],
    ['pro radost', 'recreational'],
  ],
  goalEmphasis: [
    ['hlavne|predevsim|hlavny|hlavni', 'primary'],
    ['mozna|mozno|taky|tiez', 'hedge'],
  ],
  negations: [
    ['nikdy|bez|nerad|nerada|nesnasim', 'pre'],
    ['nemam rad|rada', 'pre'],
    ['nezajimaji|nezajima|nezaujimaju|nezaujima|nebavi', 'post'],
    ['nevim|neviem', 'idiom'],
  ],
  now: ['ted', 'momentalne', 'aktualne', 'teraz'],
  past: ['predtim', 'drive'],
  i: ['ja'],
  relatives: ['bratr', 'brat', 'sestra', 'tata', 'otec', 'mama', 'manzel', 'syn', 'dcera'],
  others: ['trener', 'trenera', 'kamarad', 'kamos', 'pritel', 'priatel'],
  but: ['ale'],
  possessives: ['muj', 'moje', 'moji', 'moj', 'nas'],
};
