// Greek typed in Latin letters ("Greeklish"), for every field: "5 fores tin evdomada", "mavri zoni",
// "pano kyrios", "den mou aresei to kato", "gia aftoamyna", "prin 4, tora 2". Greeklish spells one
// sound many ways ("y", "i", "u" for upsilon; "x", "ch", "h" for chi), so the entries list the usual
// ones. Many words are everyday words elsewhere ("pente", "mia", "kato"), so numbers count only before
// what they count and colours are belts only beside "zoni". Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

const BELT = 'zoni|zwni|zonh|zonis';

export const GREEK: TongueWords = {
  // "mia fora", "dyo fores", "tris meres": counts only before "fores" (times), "meres" (days)
  countedNumbers: [
    ['mia', 1],
    ['ena', 1],
    ['dyo', 2],
    ['dio', 2],
    ['duo', 2],
    ['tris', 3],
    ['tria', 3],
    ['treis', 3],
    ['tesseris', 4],
    ['teseris', 4],
    ['tessera', 4],
    ['pente', 5],
    ['exi', 6],
    ['eksi', 6],
    ['efta', 7],
    ['epta', 7],
  ],
  timesWords: ['fores', 'fora', 'meres', 'proponiseis', 'mathimata'],
  durations: [
    ['xronia', 1],
    ['chronia', 1],
    ['hronia', 1],
    ['mines', 1 / 12],
    ['mhnes', 1 / 12],
  ],
  // "3 fores tin evdomada", "ti vdomada", "ana evdomada"; "to mina" (a month)
  perUnit: [
    ['tin|ti|thn|ana|kathe evdomada|ebdomada|vdomada|bdomada', 1],
    ['evdomadiaia|ebdomadiaia', 1],
    ['to|ton|ana|kathe mina|mhna', PER_MONTH],
  ],
  unitBefore: [['tin|ti|thn|kathe evdomada|ebdomada|vdomada|bdomada', 1]],
  ratePhrases: [
    ['kathe mera|meri', EVERY_DAY],
    ['kathimerina|kathimerinws', EVERY_DAY],
    ['merikes|kapoies fores', 'vague'],
  ],
  weekdays: [
    [[0], ['deftera', 'deutera', 'dheftera']],
    [[1], ['triti', 'trith']],
    [[2], ['tetarti', 'tetarth']],
    [[3], ['pempti', 'pempth']],
    [[4], ['paraskevi', 'paraskeuh', 'paraskevh']],
    [[5], ['savvato', 'savato', 'sabbato', 'sabato']],
    [[6], ['kyriaki', 'kiriaki', 'kuriakh', 'kyriakh']],
    [
      [5, 6],
      ['savvatokyriako', 'savvatokiriako'],
    ],
  ],
  weekdayJoiners: ['kai', 'ke'],
  // "mavri zoni" (black belt), "zoni mple"; "kafe" is coffee and "mov" a colour alone
  colours: [
    [`aspri|aspro ${BELT}`, 'white'],
    [`${BELT} aspri`, 'white'],
    [`mple ${BELT}`, 'blue'],
    [`${BELT} mple`, 'blue'],
    ['mple', 'blue'],
    [`mov ${BELT}`, 'purple'],
    [`${BELT} mov`, 'purple'],
    [`kafe|kafeti|kafetia ${BELT}`, 'brown'],
    [`${BELT} kafe|kafeti`, 'brown'],
    [`mavri|mavrh|mauri ${BELT}`, 'black'],
    [`${BELT} mavri|mavrh`, 'black'],
  ],
  levels: [
    ['arxarios|archarios|arharios|arxaria', 'novice'],
    ['molis xekinisa|ksekinisa|jekinisa', 'novice'],
    ['xekinisa|ksekinisa', 'started'],
    ['empeiros|empiros', 'experienced'],
  ],
  beltTimes: [
    ['tora|pleon|phra|pira|piga', 'now'],
    ['prin|palia|itan', 'past'],
    ['sxedon|schedon|sintoma|syntoma', 'next'],
    ['thelo|elpizo|thelw|elpizw', 'hope'],
  ],
  // "pano" (on top), "kato" (underneath), "kai ta dyo" (both)
  positions: [
    ['pano|apopano|epano', 'top'],
    ['pasarisma|pasarismata|perasma', 'top'],
    ['kato|apokato', 'guard'],
    ['kai|ke ta dyo|dio|duo', 'balanced'],
    ['isa|isorropa', 'balanced'],
    ['to idio', 'balanced'],
  ],
  positionEmphasis: [
    ['kyrios|kirios|kurios', 'summary'],
    ['panta|pantote|protimo|protimw', 'primary'],
    ['kamia|kapoies|merikes fora|fores', 'secondary'],
  ],
  goals: [
    [
      'agones|agona|agwnes|agwna|agonizomai|protathlima|protathlimata|diagonismo|diagonismous|metalio|metallio',
      'competition',
    ],
    ['se forma', 'fitness'],
    ['gymnastiki|gimnastiki|gumnastiki|adynatisma|adinatisma|ygeia|igeia', 'fitness'],
    ['na xaso|haso|xasw kila', 'fitness'],
    ['aftoamyna|aftoamina|aytoamyna|autoamyna|aftoamuna', 'self_defense'],
    ['na amynomai|aminome|prostateyo|prostatevo', 'self_defense'],
    ['plaka|xobi|hobi|diaskedasi|xalarosi|xalarwsh|eksaktonosi|ektonosi', 'recreational'],
    ['texniki|tehniki|techniki|veltiosi|veltiwsh', 'skill_development'],
    ['mathaino|matho|mathw|mathainw', 'learning_verb'],
  ],
  goalEmphasis: [
    ['kyrios|kirios|kurios|kyriws|kuriws', 'primary'],
    ['isos|isws|mallon', 'hedge'],
  ],
  // "den mou aresei" (I don't like), "den thelo" (I don't want), "den kano" (I don't do)
  negations: [
    ['den mou|m aresei|aresoun|arese|areskei', 'pre'],
    ['den thelo|thelw|kano|kanw|paizo|paizw|pao', 'pre'],
    ['oute|pote', 'pre'],
    ['den xero|ksero|xerw|kserw', 'idiom'],
  ],
  now: ['tora', 'twra', 'pleon', 'fetos'],
  past: ['prin', 'palia', 'paliotera'],
  but: ['alla', 'omos', 'omws'],
  i: ['ego', 'egw'],
  that: ['oti', 'pos'],
  relatives: [
    ...['aderfos', 'aderfi', 'adelfos', 'adelfi', 'gynaika', 'gunaika', 'syzygos', 'antras', 'agori'],
    ...['kopela', 'koritsi', 'mpampas', 'babas', 'xaderfos', 'xaderfi'],
  ],
  others: ['proponitis', 'proponiti', 'proponitria', 'filos', 'fili', 'filenada', 'kolitos'],
};
