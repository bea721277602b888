// Thai typed in Latin letters, for every field: "sam krang to athit" (three times a week), "sai dam"
// (black belt), "khang lang" (underneath), "pongkan tua" (self-defence). Romanised Thai numbers are
// everyday words elsewhere ("song", "sam", "ha"), so they count only before "krang" (times) or "wan"
// (days); colours are belts only after "sai" (belt); top and bottom only after "khang" (side). Data
// only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

const BELT = 'sai|khemkhat|kemkhat|saikhat';
const SIDE = 'khang|kang|dan|yu';

export const THAI: TongueWords = {
  countedNumbers: [
    ['neung', 1],
    ['nueng', 1],
    ['nung', 1],
    ['song', 2],
    ['sam', 3],
    ['si', 4],
    ['see', 4],
    ['ha', 5],
    ['hok', 6],
    ['jet', 7],
    ['chet', 7],
  ],
  timesWords: ['krang', 'khrang', 'krung', 'wan'],
  durations: [
    ['pi', 1],
    ['pee', 1],
    ['duean', 1 / 12],
    ['deuan', 1 / 12],
  ],
  // "3 krang to athit" (a week: "athit" is also Sunday, so it is a week only after "to" or before "la")
  perUnit: [
    ['to|tor|taw|tho athit|arthit|sapda', 1],
    ['athit|arthit|sapda la', 1],
    ['to|tor|taw duean|deuan|duan', PER_MONTH],
    ['duean|deuan|duan la', PER_MONTH],
  ],
  unitBefore: [
    ['athit|arthit|sapda la', 1],
    ['nueng|neung athit|sapda', 1],
    ['duean|deuan|duan la', PER_MONTH],
  ],
  ratePhrases: [
    ['tuk|thuk|took wan', EVERY_DAY],
    ['bang wan', 'vague'],
  ],
  weekdays: [
    [[0], ['wanjan', 'wanchan']],
    [[1], ['wanangkhan', 'angkhan', 'angkarn']],
    [[2], ['wanphut', 'wanput']],
    [[3], ['wanpharuhat', 'wanparuhat', 'pharuhat', 'paruhat', 'pareuhat']],
    [[4], ['wansuk', 'wansook']],
    [[5], ['wansao']],
    [[6], ['wanathit', 'wanarthit']],
    [[5, 6], ['saoathit']],
  ],
  // "sai khao" white, "sai fa" blue, "sai muang" purple, "sai namtan" brown, "sai dam" black
  colours: [
    [`${BELT} khao|kao`, 'white'],
    [`${BELT} fa|namngoen`, 'blue'],
    [`${BELT} nam ngoen`, 'blue'],
    [`${BELT} muang|mouang`, 'purple'],
    [`${BELT} namtan`, 'brown'],
    [`${BELT} nam tan`, 'brown'],
    [`${BELT} dam`, 'black'],
    [`${BELT} see|si khao|kao`, 'white'],
    [`${BELT} see|si fa`, 'blue'],
    [`${BELT} see|si muang`, 'purple'],
    [`${BELT} see|si namtan`, 'brown'],
    [`${BELT} see|si dam`, 'black'],
  ],
  levels: [
    ['mue mai', 'novice'],
    ['muemai', 'novice'],
    ['pueng|phueng roem|rerm', 'novice'],
  ],
  // "khang bon" (on top), "khang lang" (underneath), "thang song" (both)
  positions: [
    [`${SIDE} bon`, 'top'],
    [`${SIDE} lang`, 'guard'],
    ['thang|tang song', 'balanced'],
  ],
  goals: [
    ['khaeng|kaeng|taekhaeng|raikan|taekaeng', 'competition'],
    ['tae khaeng|kaeng', 'competition'],
    ['ok kamlang|kumlung', 'fitness'],
    ['okkamlang|sukkhaphap|sukhapap|lodnamnak|lotnamnak', 'fitness'],
    ['lod|lot nam nak|namnak', 'fitness'],
    ['pongkan tua', 'self_defense'],
    ['pongkantua|pongkanton|pongkantuaeng', 'self_defense'],
    ['sanuk|phonkhlai|ponklai|adirek', 'recreational'],
    ['ngan adirek', 'recreational'],
    ['theknik|pattana', 'skill_development'],
  ],
  // "mai chop" (don't like), "mai yak" (don't want)
  negations: [
    ['mai chop|chob|yak|ao|khoi|koi', 'pre'],
    ['maichop|maichob|maiyak', 'pre'],
  ],
  now: ['tonni', 'diawni', 'toni'],
  past: ['mueankon', 'muakon'],
  i: ['phom', 'pom', 'dichan'],
  relatives: ['faen', 'samee', 'phanraya', 'phuenong'],
  others: ['khru', 'kru', 'ajarn', 'achan', 'phuean', 'puean'],
};
