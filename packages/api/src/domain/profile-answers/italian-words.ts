// Italian vocabulary for every field, as typed without accents: "tre volte a settimana", "cintura
// viola", "sotto non ci sto mai volentieri", "per imparare a difendermi". Data only; world-words.ts
// spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

export const ITALIAN: TongueWords = {
  numbers: [
    ['tre', 3],
    ['quattro', 4],
    ['cinque', 5],
    ['sette', 7],
  ],
  // "due" and "sei" are English and Portuguese words, "una" an article: counts only before "volte"
  countedNumbers: [
    ['uno', 1],
    ['una', 1],
    ['due', 2],
    ['sei', 6],
    ['otto', 8],
  ],
  durations: [
    ['anni', 1],
    ['anno', 1],
    ['mesi', 1 / 12],
    ['settimane', 1 / 52],
    ['ore', 0],
  ],
  timesWords: ['volte', 'volta', 'giorni', 'lezioni', 'allenamenti', 'sessioni'],
  perUnit: [
    ['a|alla|la|per|ogni settimana|sett', 1],
    ['settimanali|settimanale', 1],
    ['a|al|per|ogni giorno', 7],
    ['al|a|per|ogni mese', PER_MONTH],
  ],
  ratePhrases: [
    ['ogni giorno|sera', EVERY_DAY],
    ['tutti i giorni', EVERY_DAY],
    ['tutte le sere', EVERY_DAY],
    ['quasi ogni giorno', 6],
    ['quasi tutti i giorni', 6],
    ['ogni tanto', 'vague'],
    ['raramente', 'vague'],
  ],
  // "lun-ven" (also French); "il sabato"
  weekdays: [
    [[0], ['lunedi', 'lun']],
    [[1], ['martedi']],
    [[2], ['mercoledi']],
    [[3], ['giovedi']],
    [[4], ['venerdi', 'ven']],
    [[5], ['sabato']],
    [[6], ['domenica']],
  ],
  // "dal lunedì al venerdì" (Spanish "de lunes al viernes" too)
  weekdayJoiners: ['al', 'il'],
  weekdayRange: ['al'],
  exceptBefore: ['tranne', 'eccetto', 'salvo', 'escluso'],
  denyingDays: ['mai'],
  nothing: ['niente', 'nulla'],
  skipFillers: ['il', 'la', 'di', 'nel', 'nei'],
  // "più il sabato open mat"
  addsUp: ['piu'],
  otherSports: ['corsa', 'correre', 'nuoto', 'pesi'],
  otherActivities: ['palestra'],
  colours: [
    ['bianca|bianco', 'white'],
    ['viola', 'purple'],
    ['marrone', 'brown'],
    ['nera|nero', 'black'],
  ],
  levels: [
    ['principiante|nuovo|nuova', 'novice'],
    ['appena iniziato|cominciato', 'novice'],
    ['iniziato|cominciato', 'started'],
    ['avanzato|avanzata|esperto|esperta|intermedio|intermedia', 'experienced'],
  ],
  beltTimes: [
    ['preso|presa|ricevuto|ricevuta|promosso|promossa|adesso|ora|attualmente', 'now'],
    ['ero', 'past'],
    ['quasi|presto', 'next'],
    ['voglio|vorrei|spero|obiettivo|sogno|forse|magari|prossimo|prossima', 'hope'],
  ],
  positions: [
    ['sopra', 'top'],
    ['sotto', 'guard'],
    ['sulla schiena', 'guard'],
    ['passare|passo|passaggio|passaggi la|di guardia', 'top'],
    ['entrambi|entrambe', 'balanced'],
    // "è uguale", "fa lo stesso", "ovunque"
    ['indifferente|uguale|ovunque|dovunque', 'balanced'],
    ['fa lo stesso', 'balanced'],
    ['tutti|tutte e due', 'balanced'],
    ['un po di tutto', 'balanced'],
    ["un po ' di tutto", 'balanced'],
    ['meta e meta', 'balanced'],
    ['dipende', 'balanced'],
  ],
  positionEmphasis: [
    ['preferisco|piu', 'primary'],
    ['soprattutto|principalmente|perlopiu', 'summary'],
    ['di solito', 'summary'],
    ['a volte', 'secondary'],
  ],
  goals: [
    [
      'gare|gara|gareggiare|gareggio|agonismo|agonistico|agonistica|competere|competizioni|tornei|medaglia|medaglie|campionati',
      'competition',
    ],
    ['dimagrire|salute|fiato', 'fitness'],
    ['perdere peso', 'fitness'],
    ['in forma', 'fitness'],
    ['difendermi|difendersi|difendere|autodifesa', 'self_defense'],
    ['difesa personale', 'self_defense'],
    // "per non farmi picchiare": the "non" is the goal
    ['non farmi|essere picchiare|menare|aggredire|picchiato|picchiata|aggredito|aggredita', 'self_defense'],
    ['migliorare|imparare|crescere', 'learning_verb'],
    ['divertimento|divertirmi|divertirsi|svago|passatempo|sfogo|sfogarmi|rilassarmi|staccare|passione', 'recreational'],
  ],
  goalEmphasis: [
    ['soprattutto|principalmente|solo|solamente', 'primary'],
    ['magari|forse|anche', 'hedge'],
  ],
  // "sotto non ci sto": the side said before the denial
  negations: [
    ['non|odio|senza|mai', 'pre'],
    ['non mi piace|piacciono', 'both'],
    ['non ci sto|sta|stai', 'both'],
    ['non fa per me', 'both'],
    ['non so', 'idiom'],
    ['non solo', 'idiom'],
    ['non stop', 'idiom'],
  ],
  now: ['adesso', 'ora', 'attualmente', 'oggi'],
  past: ['ero', 'inizialmente'],
  i: ['io'],
  butBeforeI: ['ma'],
  relatives: ['fratello', 'sorella', 'marito', 'moglie', 'figlio', 'figlia', 'cugino', 'cugina', 'zio', 'zia', 'mamma'],
  others: ['istruttore', 'allenatore', 'amico', 'amica', 'amici', 'compagno', 'ragazzo', 'ragazza'],
  that: ['che'],
  possessives: ['mio', 'mia', 'miei', 'il'],
  jokes: [['scherzo|scherzavo', 'joke']],
};
