// German vocabulary for every field, as typed on a phone ("ue" or plain "u" for "ü", "ss" for "ß"):
// "dreimal pro Woche", "Blaugurt", "ich hasse es unten zu liegen", "um abzunehmen". Data only;
// world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';
import type { BeltLevel } from './types';
import type { PhraseTable } from './lexicon';

// "weiß", "weißer Gurt", and the one-word "Blaugurt", "Schwarzgurt"
const COLOURS: PhraseTable<BeltLevel> = [
  ['weiss|weisser|weissen|weisse|weissgurt|weissgurtel', 'white'],
  ['blau|blauer|blauen|blaue|blaugurt|blaugurtel', 'blue'],
  ['lila|violett|violetter|violetten|lilagurt|lilagurtel', 'purple'],
  ['braun|brauner|braunen|braune|braungurt|braungurtel', 'brown'],
  ['schwarz|schwarzer|schwarzen|schwarze|schwarzgurt|schwarzgurtel', 'black'],
];

export const GERMAN: TongueWords = {
  numbers: [
    ['eins', 1],
    ['zwei', 2],
    ['drei', 3],
    ['funf', 5],
    ['fuenf', 5],
    ['sechs', 6],
    ['sieben', 7],
  ],
  // "ein" and "eine" are articles too: counts only in "ein mal", "eine Einheit"
  countedNumbers: [
    ['ein', 1],
    ['eine', 1],
  ],
  timesAdverbs: [
    ['einmal', 1],
    ['zweimal', 2],
    ['dreimal', 3],
    ['viermal', 4],
    ['funfmal', 5],
    ['fuenfmal', 5],
    ['sechsmal', 6],
    ['siebenmal', 7],
  ],
  durations: [
    ['jahr', 1],
    ['jahre', 1],
    ['jahren', 1],
    ['monat', 1 / 12],
    ['monate', 1 / 12],
    ['monaten', 1 / 12],
    ['wochen', 1 / 52],
    ['stunden', 0],
  ],
  timesWords: ['mal', 'tage', 'einheiten', 'abende'],
  perUnit: [
    ['pro|die|jede woche|wo', 1],
    ['in|unter der woche', 1],
    ['wochentlich|woechentlich', 1],
    ['pro|am tag', 7],
    ['taglich|taeglich', 7],
    ['pro|im monat', PER_MONTH],
    ['monatlich', PER_MONTH],
  ],
  ratePhrases: [
    ['jeden tag|abend', EVERY_DAY],
    ['taglich|taeglich', EVERY_DAY],
    ['fast jeden tag', 6],
    ['fast taglich|taeglich', 6],
    ['unter der woche', 5],
    // "Mo-Fr": hyphens are skipped
    ['mo fr', 5],
    ['mo bis fr', 5],
    ['manchmal|selten', 'vague'],
    ['ab und zu', 'vague'],
  ],
  weekdays: [
    [[0], ['montag', 'montags']],
    [[1], ['dienstag', 'dienstags']],
    [[2], ['mittwoch', 'mittwochs']],
    [[3], ['donnerstag', 'donnerstags']],
    [[4], ['freitag', 'freitags']],
    [[5], ['samstag', 'samstags', 'sonnabend']],
    [[6], ['sonntag', 'sonntags']],
    [
      [5, 6],
      ['wochenende', 'wochenenden'],
    ],
  ],
  weekdayJoiners: ['und', 'bis', 'sowie', 'am'],
  weekdayRange: ['bis'],
  exceptBefore: ['ausser', 'auser'],
  denyingDays: ['nie', 'nicht', 'kein'],
  nothing: ['nichts'],
  skipFillers: ['am', 'an', 'den'],
  addsUp: ['und'],
  otherSports: ['laufen', 'joggen', 'krafttraining', 'kraftsport', 'schwimmen', 'radfahren'],
  otherActivities: ['fitness', 'fitnessstudio'],
  colours: [...COLOURS, ...COLOURS.map(([colour, belt]) => [`${colour} gurt|gurtel`, belt] as const)],
  levels: [
    ['anfanger|anfaenger|anfangerin|einsteiger|neu|neuling', 'novice'],
    ['gerade|erst|frisch angefangen', 'novice'],
    ['angefangen', 'started'],
    ['fortgeschritten|fortgeschrittener|erfahren|erfahrener', 'experienced'],
  ],
  beltTimes: [
    ['bekommen|erhalten|jetzt|aktuell|momentan|derzeit|seit|inzwischen|mittlerweile', 'now'],
    ['fruher|frueher|vorher|damals', 'past'],
    ['bald', 'next'],
    // "nächsten Monat bekomme ich vielleicht den lila Gurt"
    ['mochte|moechte|hoffe|ziel|vielleicht|hoffentlich|nachsten|naechsten|nachste|naechste|kommenden', 'hope'],
    // "der schwarze Gürtel ist mein Traum", "ich träume vom Schwarzgurt"
    ['traum|traume|traumt|traeume', 'hope'],
  ],
  positions: [
    ['oben|obendrauf|passen', 'top'],
    ['unten', 'guard'],
    ['auf dem rucken|ruecken', 'guard'],
    ['guard passen|passieren', 'top'],
    ['beides', 'balanced'],
    ['halb halb', 'balanced'],
    ['kommt drauf an', 'balanced'],
    // "ist mir egal", "überall"
    ['egal|uberall|ueberall', 'balanced'],
  ],
  positionEmphasis: [
    ['lieber|immer|bevorzuge|bevorzugt|mag|gerne|gern', 'primary'],
    ['meistens|meist|hauptsachlich|eher', 'summary'],
    ['vor allem', 'summary'],
    ['manchmal', 'secondary'],
  ],
  goals: [
    [
      'wettkampf|wettkampfe|wettkaempfe|wettkampfen|turnier|turniere|turnieren|meisterschaft|meisterschaften|medaille|medaillen',
      'competition',
    ],
    ['abnehmen|abzunehmen|gesundheit|gesund|kondition|ausdauer', 'fitness'],
    ['fit bleiben|werden', 'fitness'],
    ['selbstverteidigung|verteidigen|wehren', 'self_defense'],
    // "um nicht verprügelt zu werden": the "nicht" is the goal
    ['nicht verprugelt|verpruegelt|zusammengeschlagen|angegriffen|ausgeraubt|gemobbt', 'self_defense'],
    ['besser|technik|techniken|fortschritt|fortschritte', 'skill_development'],
    ['lernen|verbessern|weiterentwickeln', 'learning_verb'],
    ['spass|ausgleich|entspannung|abschalten|freude|stressabbau', 'recreational'],
  ],
  goalEmphasis: [
    ['hauptsachlich|nur|einfach|vorwiegend', 'primary'],
    ['vor allem', 'primary'],
    ['vielleicht|irgendwann|spater|auch', 'hedge'],
  ],
  // "nicht" often ends the clause: "unten mag ich nicht"
  negations: [
    ['kein|keine|keinen|nie|niemals|hasse|hasst|ohne', 'pre'],
    ['nicht', 'both'],
    ['weiss nicht', 'idiom'],
    ['nicht nur', 'idiom'],
  ],
  now: ['jetzt', 'aktuell', 'momentan', 'derzeit', 'inzwischen', 'mittlerweile'],
  past: ['fruher', 'frueher', 'damals', 'anfangs', 'anfang'],
  i: ['ich'],
  relatives: [
    'bruder',
    'schwester',
    'vater',
    'mutter',
    'frau',
    'mann',
    'freundin',
    'sohn',
    'tochter',
    'onkel',
    'tante',
  ],
  others: ['trainer', 'freund', 'freunde', 'kumpel', 'kollege', 'trainingspartner'],
  but: ['aber', 'sondern'],
  that: ['dass'],
  possessives: ['mein', 'meine', 'meiner', 'meinem', 'unser', 'unsere'],
  jokes: [['scherz', 'joke']],
};
