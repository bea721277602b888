// Dutch vocabulary for every field: "drie keer per week", "paarse band", "op wedstrijden", "nooit op
// maandag". Its first four numbers, "keer", "per week" and "elke dag" are shared with Afrikaans
// (swahili-afrikaans-words.ts). Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';
import type { BeltLevel } from './types';
import type { PhraseTable } from './lexicon';

const COLOURS: PhraseTable<BeltLevel> = [
  ['witte', 'white'],
  ['blauw|blauwe', 'blue'],
  ['paars|paarse', 'purple'],
  ['bruin|bruine', 'brown'],
  ['zwart|zwarte', 'black'],
];

export const DUTCH: TongueWords = {
  numbers: [
    ['vijf', 5],
    ['zes', 6],
    ['zeven', 7],
    ['acht', 8],
  ],
  durations: [
    ['jaar', 1],
    ['jaren', 1],
    ['maanden', 1 / 12],
    ['weken', 1 / 52],
    ['uur', 0],
  ],
  timesAdverbs: [
    ['eenmaal', 1],
    ['tweemaal', 2],
    ['driemaal', 3],
    ['viermaal', 4],
    ['vijfmaal', 5],
  ],
  timesWords: ['dagen', 'trainingen', 'lessen', 'avonden'],
  perUnit: [
    ['in de week', 1],
    ['de week', 1],
    ['per maand', PER_MONTH],
    ['in de maand', PER_MONTH],
    ['per dag', 7],
    ['wekelijks', 1],
    ['maandelijks', PER_MONTH],
  ],
  ratePhrases: [
    ['iedere dag|avond', EVERY_DAY],
    ['elke avond', EVERY_DAY],
    ['dagelijks', EVERY_DAY],
    ['bijna elke|iedere dag', 6],
    ['bijna dagelijks', 6],
    ['de meeste dagen', 5],
    ['soms', 'vague'],
    ['af en toe', 'vague'],
  ],
  weekdays: [
    [[0], ['maandag', 'maandags', 'maandagen']],
    [[1], ['dinsdag', 'dinsdags', 'dinsdagen']],
    [[2], ['woensdag', 'woensdags', 'woensdagen']],
    [[3], ['donderdag', 'donderdags', 'donderdagen']],
    [[4], ['vrijdag', 'vrijdags', 'vrijdagen']],
    [[5], ['zaterdag', 'zaterdags', 'zaterdagen']],
    [[6], ['zondag', 'zondags', 'zondagen']],
  ],
  weekdayJoiners: ['en', 'tot', 'op'],
  addsUp: ['en'],
  weekdayRange: ['tot'],
  exceptBefore: ['behalve', 'buiten'],
  // "nooit op maandag": never on monday
  denyingDays: ['nooit', 'geen'],
  nothing: ['niets', 'niks'],
  skipFillers: ['op'],
  otherSports: ['hardlopen', 'zwemmen', 'fietsen', 'krachttraining'],
  otherActivities: ['sportschool'],
  // "zwarte band in judo": the noun goes with its colour, so the art after it is that belt's
  colours: [...COLOURS, ...COLOURS.map(([colour, belt]) => [`${colour} band`, belt] as const), ['wit band', 'white']],
  levels: [
    ['beginneling|nieuw|nieuwe', 'novice'],
    ['net|pas begonnen', 'novice'],
    ['begonnen', 'started'],
    ['gevorderd|gevorderde|ervaren', 'experienced'],
  ],
  beltTimes: [
    ['gehaald|gekregen|behaald|nu|momenteel|inmiddels|sinds', 'now'],
    ['vroeger', 'past'],
    ['bijna', 'next'],
    ['wil|hoop|doel|misschien|volgende|volgend|hopelijk', 'hope'],
    // "zwarte band is mijn droom"
    ['droom|droomt', 'hope'],
  ],
  positions: [
    ['boven|bovenop', 'top'],
    ['onderop|onderin|onderen', 'guard'],
    // "geen fan van onderliggen", "ik lig liever boven": lying underneath or on top, as one verb
    ['onderliggen|onderlig|onderligt|onderliggend|onderlag', 'guard'],
    ['bovenliggen|bovenlig|bovenligt|bovenliggend|bovenlag', 'top'],
    ['van boven|bovenaf', 'top'],
    ['op mijn|m rug', 'guard'],
    ['allebei|beiden', 'balanced'],
    ['half om half', 'balanced'],
    ['hangt ervan af', 'balanced'],
    // "maakt niet uit", "om het even", "overal"
    ['maakt niet|geen uit', 'balanced'],
    ['om het even', 'balanced'],
    ['overal', 'balanced'],
  ],
  positionEmphasis: [
    ['liever|altijd|voorkeur', 'primary'],
    ['meestal|vooral', 'summary'],
  ],
  goals: [
    ['wedstrijd|wedstrijden|wedstrijdjes|toernooien|vechten|kampioenschap|medaille|medailles', 'competition'],
    ['afvallen|conditie|gezond|gezondheid|kilos', 'fitness'],
    ['zelfverdediging|verdedigen', 'self_defense'],
    ['beter|techniek|technieken|vooruitgang', 'skill_development'],
    ['leren|verbeteren', 'learning_verb'],
    ['plezier|ontspanning|ontspannen|gezelligheid', 'recreational'],
    ['voor de lol', 'recreational'],
  ],
  goalEmphasis: [
    ['vooral|alleen|puur|gewoon|voornamelijk', 'primary'],
    ['misschien|ooit|later', 'hedge'],
  ],
  negations: [
    ['geen|nooit|haat|vermijd', 'pre'],
    // "onder lig ik niet graag": "niet" may follow what it denies
    ['niet', 'both'],
    ['hekel aan', 'pre'],
    ['weet niet', 'idiom'],
    ['niet alleen', 'idiom'],
  ],
  now: ['nu', 'momenteel', 'tegenwoordig', 'inmiddels'],
  past: ['vroeger', 'eerst'],
  i: ['ik'],
  relatives: ['broer', 'zus', 'zusje', 'vader', 'moeder', 'vrouw', 'vriendin', 'zoon', 'dochter'],
  others: ['trainer', 'leraar', 'vriend', 'vrienden', 'maat', 'teamgenoot'],
  but: ['maar'],
  that: ['dat'],
  possessives: ['mijn', 'onze'],
  jokes: [['grapje|geintje', 'joke']],
};
