// Hinglish (Hindi in Latin letters, mixed with English) for every field: "hafte mein teen baar", "roz",
// "neeli belt", "top pe hi rehna pasand hai", "bottom pasand nahi", "fit rehne ke liye". Its number
// words are English words too ("do", "teen"), so they count only before "baar" (times) or "din"
// (days); its "nahi" follows what it denies. Data only; world-words.ts spreads it in.

import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import type { TongueWords } from './tongue-words';

export const HINGLISH: TongueWords = {
  countedNumbers: [
    ['ek', 1],
    ['do', 2],
    ['teen', 3],
    ['tin', 3],
    ['char', 4],
    ['chaar', 4],
    ['paanch', 5],
    ['panch', 5],
    ['chhe', 6],
    ['chhah', 6],
    ['aath', 8],
  ],
  // "teen saal se" (for three years), "do mahine" (two months)
  durations: [
    ['saal', 1],
    ['sal', 1],
    ['mahine', 1 / 12],
    ['mahina', 1 / 12],
    ['ghante', 0],
  ],
  timesWords: ['baar', 'bar', 'din', 'dafa', 'dafe'],
  // "3 baar hafte mein", "teen din har hafte"
  perUnit: [
    ['hafte|week mein|me|main', 1],
    ['har|ek hafte|week', 1],
    ['ek hafte mein|me', 1],
    ['mahine|month mein|me', PER_MONTH],
    ['har mahine', PER_MONTH],
  ],
  // "hafte mein 3 baar": the period first
  unitBefore: [
    ['hafte|week mein|me|main', 1],
    ['har hafte', 1],
    ['mahine mein|me', PER_MONTH],
  ],
  ratePhrases: [
    ['roz|rozana|roj|rojana|harroz', EVERY_DAY],
    ['har din|roz', EVERY_DAY],
    ['roz roz', EVERY_DAY],
    ['lagbhag|almost roz|rozana', 6],
    ['lagbhag har din', 6],
    ['kabhi kabhi|kabhar', 'vague'],
  ],
  weekdays: [
    [[0], ['somvar', 'somwar']],
    [[1], ['mangalvar', 'mangalwar']],
    [[2], ['budhvar', 'budhwar']],
    [[3], ['guruvar', 'guruwar', 'veervar', 'brihaspativar']],
    [[4], ['shukravar', 'shukrawar']],
    [[5], ['shanivar', 'shaniwar']],
    [[6], ['ravivar', 'raviwar', 'itvaar', 'itwar', 'etwar']],
  ],
  // "somvar se shukravar tak": from … to
  weekdayJoiners: ['aur', 'se', 'tak'],
  // "do gi class aur ek nogi": and, adding a count
  addsUp: ['aur'],
  weekdayRange: ['se'],
  // "itvaar chhodke roz": every day but sunday
  exceptAfter: ['chhodke', 'chodke', 'chhodkar', 'chodkar'],
  otherSports: ['daud', 'daudna', 'cricket'],
  // "kaali", not "kali" (Indonesian "times", the Filipino art) nor "kala" (Tagalog "thought")
  colours: [
    ['safed|safaid|safed', 'white'],
    ['neela|neeli|neele', 'blue'],
    ['baingani|jamuni', 'purple'],
    ['bhura|bhoora|bhuri|bhoori|bhure', 'brown'],
    ['kaala|kaali|kaale', 'black'],
  ],
  levels: [
    ['naya|nayi|naye|nausikhiya', 'novice'],
    ['abhi abhi shuru|start|join', 'novice'],
    ['shuru|shuruaat|shuruat|shuruwat', 'started'],
    ['purana|anubhavi', 'experienced'],
  ],
  beltTimes: [
    ['abhi|aajkal|filhaal|mili|mila', 'now'],
    ['pehle|pahle|tha|thi', 'past'],
    ['jald|jaldi', 'next'],
    // "agle mahine" (next month): a promotion with a date is still to come
    ['agli|agle|chahiye|chahta|chahti|sapna|milegi|milega|shayad', 'hope'],
  ],
  // "top pe", "upar" (on top); "neeche", "bottom mein" (underneath)
  positions: [
    ['upar|uppar|oopar', 'top'],
    ['top pe|par', 'top'],
    ['neeche|niche|nichey|neechay', 'guard'],
    ['bottom pe|par|mein|me', 'guard'],
    ['guard pe|par|mein|me', 'guard'],
    ['dono|donon', 'balanced'],
    ['kahin|kuch|koi bhi', 'balanced'],
    ['farak|fark|farq nahi|nahin|nhi padta|padega', 'balanced'],
  ],
  // "top pe hi rehna pasand hai": liked, and only there
  positionEmphasis: [
    ['pasand|hamesha|zyada|jyada|zyadatar|jyadatar', 'primary'],
    ['acha|accha|achha lagta', 'primary'],
    ['kabhi kabhi', 'secondary'],
    ['seekh|sikh raha|rahi', 'secondary'],
  ],
  goals: [
    ['mukabla|muqabla|mukable|pratiyogita', 'competition'],
    ['fit rehna|rehne|rahna|rahne', 'fitness'],
    ['wajan|vajan|motapa|sehat|tandurusti', 'fitness'],
    ['pet kam', 'fitness'],
    ['weight|wajan|vajan kam', 'fitness'],
    ['hifazat|hifazath|suraksha|raksha|bachav|bachaav', 'self_defense'],
    ['apni|khud ki hifazat|suraksha|raksha', 'self_defense'],
    ['seekhna|sikhna|seekhne|sikhne|behtar', 'learning_verb'],
    ['maza|maze|mazaa|mazze|shauk|shaukh|masti|timepass', 'recreational'],
  ],
  goalEmphasis: [
    ['sirf|bas|khaas taur', 'primary'],
    ['shayad|kabhi', 'hedge'],
  ],
  // after what they deny: "bottom pasand nahi", "pressure handle nahi hota"
  negations: [
    ['nahi|nahin|nhi|nai', 'post'],
    ['pasand|acha|accha nahi|nahin|nhi', 'post'],
    ['nahi|nahin|nhi pata', 'idiom'],
    ['farak|fark|farq nahi|nahin|nhi', 'idiom'],
  ],
  now: ['abhi', 'aajkal', 'filhaal'],
  past: ['pehle', 'pahle'],
  but: ['lekin', 'magar'],
  i: ['main', 'mai', 'mujhe'],
  relatives: ['bhai', 'bhaiya', 'behen', 'bahen', 'didi', 'papa', 'mummy', 'pati', 'patni', 'biwi', 'beta', 'beti'],
  others: ['dost', 'doston', 'ustad', 'guruji'],
  possessives: ['mera', 'meri', 'mere'],
  jokes: [['mazak|mazaak tha|kar', 'joke']],
};
