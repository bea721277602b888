// Malay vocabulary, as typed in Malaysia, Singapore and Brunei: what the Indonesian entries
// (turkish-indonesian-words.ts) share with it ("seminggu 3 kali", "sabuk biru", "atas", "bawah") is
// read there, and only the words Malay says its own way are here: "suka-suka", "kejohanan", "seronok",
// "hari-hari", "tali pinggang", "dua-dua", "tak nak", "dah". Words said twice are typed with a hyphen
// ("suka-suka", which the lexicon reads as "suka suka") or a 2 ("suka2"). Singapore and Malaysian
// English: "half half". Data only; world-words.ts spreads it in.

import { EVERY_DAY } from './frequency-rates';
import type { TongueWords } from './tongue-words';

// a word said twice: "suka-suka", "suka2"
const TWICE = (word: string): string => `${word} ${word}|2`;

export const MALAY: TongueWords = {
  ratePhrases: [
    // "hari-hari" (every day), "hampir hari-hari" (almost every day)
    [TWICE('hari'), EVERY_DAY],
    [`hampir ${TWICE('hari')}`, 6],
    // "sekali-sekala" (now and then)
    ['sekali sekala', 'vague'],
    ['kekadang|kadangkala', 'vague'],
  ],
  levels: [
    // Malay "mula" where Indonesian says "mulai": "baru mula", "baru join"
    ['baru mula|bermula|masuk|join|start', 'novice'],
    ['mula|bermula', 'started'],
    // "dah lama train" (been training a long time)
    ['dah|sudah lama', 'experienced'],
  ],
  beltTimes: [
    ['dah', 'now'],
    // "nak dapat hitam" (want to get black), "harap dapat ungu tahun ni"
    ['nak|hendak|harap|harapnya|insyaallah', 'hope'],
  ],
  positions: [
    // "dua-dua", "kedua-dua" (both), "sama banyak" (as much of each), "tak kisah" (don't mind)
    [TWICE('dua'), 'balanced'],
    ['kedua dua|2', 'balanced'],
    ['sama je|jer|ja|sahaja|banyak|rata', 'balanced'],
    ['tak|x kisah', 'balanced'],
    [TWICE('mana'), 'balanced'],
    ['separuh separuh', 'balanced'],
    // Singapore and Malaysian English: "half half" is half and half (not a half guard)
    ['half half', 'balanced'],
    ['terlentang', 'guard'],
    ['tindih|menindih|himpit|menghimpit', 'top'],
  ],
  positionEmphasis: [
    ['lagi|paling suka|gemar|minat', 'primary'],
    ['gemar|minat', 'primary'],
    ['selalunya|kebiasaannya', 'summary'],
    ['kekadang|kadangkala', 'secondary'],
  ],
  goals: [
    // "buat suka-suka je", "saja-saja", "untuk seronok" (just for fun), "riadah" (recreation)
    [TWICE('suka'), 'recreational'],
    [TWICE('saja'), 'recreational'],
    ['saja je|jer|ja|sahaja', 'recreational'],
    ['seronok|keseronokan|berseronok|riadah|rekreasi', 'recreational'],
    ['hilangkan|lepaskan|kurangkan stress|stres|tekanan', 'recreational'],
    // "kejohanan" (championship), "pingat" (medal), "perlawanan" (a match)
    ['kejohanan|pingat|perlawanan', 'competition'],
    // "mempertahankan diri" (to defend oneself), "keselamatan diri" (personal safety)
    ['mempertahankan|pertahankan|lindungi|keselamatan diri', 'self_defense'],
    // "cergas" (fit), "senaman" (exercise), "cari peluh" (work up a sweat), "jaga badan" (keep in shape)
    ['cergas|kesihatan|senaman|bersenam|berpeluh|kuruskan|sado', 'fitness'],
    ['cari peluh', 'fitness'],
    ['jaga badan|stamina', 'fitness'],
    ['turun|kurangkan|hilangkan berat', 'fitness'],
    ['kemahiran|terer|handal|cekap|pandai', 'skill_development'],
    ['asah|mengasah|perbaiki|memperbaiki|tingkatkan', 'learning_verb'],
  ],
  goalEmphasis: [
    ['sahaja|terutamanya', 'primary'],
    ['agaknya|kot', 'hedge'],
  ],
  negations: [
    // "tak nak", "x suka", "tak berapa suka" (don't much like); "tak suka" is read with the Indonesian
    ['tak nak|minat|gemar|mahu|berminat', 'pre'],
    ['x|tk suka|nak|minat|gemar|mahu', 'pre'],
    ['tak|x|tidak berapa|brapa|brp suka|minat|gemar', 'pre'],
  ],
  now: ['skang'],
  past: ['dahulu'],
  relatives: ['isteri', 'isteriku', 'anak', 'anakku', 'abah', 'emak', 'bapa'],
  others: ['kawan', 'kawanku', 'jurulatih', 'cikgu'],
  jokes: [['gurau|bergurau|melawak', 'joke']],
};
