// Vocabulary for days of the week in a training_frequency answer: named days, runs, ranges, days skipped.
// Data only; weekdays.ts, schedule-days.ts and the timetable readers read it.

import {
  WORLD_DENYING_DAYS,
  WORLD_EXCEPT_AFTER,
  WORLD_EXCEPT_BEFORE,
  WORLD_NOTHING,
  WORLD_WEEKDAYS,
  WORLD_WEEKDAY_JOINERS,
  WORLD_WEEKDAY_RANGE,
} from './world-words';

/** Days of the week (0 = Monday), for answers like "Mon, Wed and Fri" or "weekends only". */
const WEEKDAY_NAMES: readonly (readonly [days: readonly number[], names: readonly string[]])[] = [
  [[0], ['monday', 'mondays', 'mon']],
  [[1], ['tuesday', 'tuesdays', 'tue', 'tues', 'tu']],
  [[2], ['wednesday', 'wednesdays', 'wed', 'weds']],
  [[3], ['thursday', 'thursdays', 'thu', 'thur', 'thurs']],
  [[4], ['friday', 'fridays', 'fri']],
  [[5], ['saturday', 'saturdays', 'sat', 'sats']],
  [[6], ['sunday', 'sundays', 'sun']],
  // Portuguese: "terça e quinta, mais open mat domingo"
  [[0], ['segunda', 'segundas']],
  [[1], ['terca', 'tercas', 'terça', 'terças']],
  [[2], ['quarta', 'quartas']],
  [[3], ['quinta', 'quintas']],
  [[4], ['sexta', 'sextas']],
  [[5], ['sabado', 'sabados', 'sábado', 'sábados']],
  [[6], ['domingo', 'domingos']],
  // Spanish: "entreno martes y jueves", short: "lun a vie"
  [[0], ['lunes', 'lun']],
  [[1], ['martes']],
  [[2], ['miercoles', 'miércoles', 'mie']],
  [[3], ['jueves', 'jue']],
  [[4], ['viernes', 'vie']],
  ...WORLD_WEEKDAYS,
  [
    [5, 6],
    ['weekend', 'weekends'],
  ],
  // Timetable shorthand: "MWF", "TTh".
  [[0, 2, 4], ['mwf']],
  [
    [1, 3],
    ['tth', 'tuth', 'tuthu'],
  ],
  [[0, 2], ['mw']],
];
export const WEEKDAYS: ReadonlyMap<string, readonly number[]> = new Map(
  WEEKDAY_NAMES.flatMap(([days, names]) => names.map((name) => [name, days] as const)),
);
/** Words that may sit inside a run of weekdays: "Tue, Thu & Sat", "mon-fri", "monday to friday". */
export const WEEKDAY_JOINERS: ReadonlySet<string> = new Set([
  ',',
  'and',
  // "tues thurs n sat": "and" texted short
  'n',
  '&',
  '/',
  '-',
  'to',
  'through',
  'thru',
  'till',
  'til',
  'until',
  'or',
  '+',
  'plus',
  'on',
  'only',
  'the',
  'every',
  'each',
  'also',
  // Portuguese "e" and Spanish "y" (and), "a" (to: "segunda a sexta")
  'e',
  'y',
  'a',
  ...WORLD_WEEKDAY_JOINERS,
]);
/** "segunda-feira": the hyphen is part of the day's name, not a range. */
export const DAY_SUFFIXES: ReadonlySet<string> = new Set(['feira', 'feiras']);
export const WEEKDAY_RANGE: ReadonlySet<string> = new Set([
  ...['-', 'a', 'to', 'through', 'thru', 'till', 'til', 'until'],
  ...WORLD_WEEKDAY_RANGE,
]);
export const EXCEPT: ReadonlySet<string> = new Set([
  'except',
  'but',
  'besides',
  'minus',
  'excluding',
  'apart',
  'menos',
  ...WORLD_EXCEPT_BEFORE,
]);
/** After the days not trained: "nichiyoubi igai mainichi", "pazar hariç her gün". */
export const EXCEPT_AFTER: ReadonlySet<string> = new Set(WORLD_EXCEPT_AFTER);

/** Before the days not trained: "i skip mondays", "mon-fri, skipping thursdays". */
export const SKIPPING: ReadonlySet<string> = new Set(['skip', 'skips', 'skipping', 'miss', 'misses', 'missing']);
/** Mon–Fri by one word: "weekdays", "every weeknight" (a day named with it picks from them). */
export const WORKWEEK_WORDS: ReadonlySet<string> = new Set(['weekday', 'weekdays', 'weeknight', 'weeknights']);
/** A day given up takes it out like a skip: "scratch friday", "I dropped fridays", "stopped going on mondays". */
export const DROPPING: ReadonlySet<string> = new Set(['scratch', 'drop', 'dropped', 'cut', 'quit', 'stopped']);
/** Days kept away from are not trained: "dodge the sunday one", "avoid mondays", "stay away from weekends". */
export const AVOIDING: ReadonlySet<string> = new Set([
  ...['avoid', 'avoids', 'avoiding', 'dodge', 'dodges', 'dodging'],
  // "evito o treino de sexta", "evito los lunes"
  ...['evito', 'evita', 'evitar', 'evitando'],
]);
/** "stay away from weekends", "steer clear of mondays": kept away from, with "from"/"of" after. */
export const KEPT_AWAY: ReadonlySet<string> = new Set(['away', 'clear']);
/** Nothing said of days, before or after them: "nothing on weekends", "weekends none", "nada los domingos". */
export const NOTHING: ReadonlySet<string> = new Set(['nothing', 'none', 'nada', ...WORLD_NOTHING]);
/** Right before days, these deny them too: "no mondays", "never on weekends", "not fridays", "i dont go mondays". */
export const DENYING_DAYS: ReadonlySet<string> = new Set([
  ...['no', 'never', 'not', 'dont', "don't"],
  ...NOTHING,
  ...WORLD_DENYING_DAYS,
]);
/** "i never miss saturday open mat", "don't skip fridays": the day is trained. */
export const NOT_SKIPPING: ReadonlySet<string> = new Set([
  'never',
  'not',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "won't",
  'wont',
  'rarely',
  'seldom',
  'hardly',
  'barely',
]);

/** Short day names that are days only in a slashed or comma run: "m/w/f", "M, W, F". */
export const DAY_ABBREVIATIONS: ReadonlyMap<string, readonly number[]> = new Map([
  ['m', [0]],
  ['w', [2]],
  ['th', [3]],
  ['f', [4]],
  ['sa', [5]],
  ['su', [6]],
  // Portuguese short names: "seg, qua e sex" ("sex", "ter" are words too, so only in a run)
  ['seg', [0]],
  ['ter', [1]],
  ['qua', [2]],
  ['qui', [3]],
  ['sex', [4]],
  ['sab', [5]],
  ['dom', [6]],
  // Spanish "mar" (Tuesday) is the sea too, so a day only in a run: "lun, mar y jue"
  ['mar', [1]],
  // "m t w th": with "th" for Thursday, a lone "t" is Tuesday
  ['t', [1]],
  // Polish short names: "pon, wt, czw", "pon-pt"
  ['pon', [0]],
  ['wt', [1]],
  ['sr', [2]],
  ['czw', [3]],
  ['pt', [4]],
  ['sob', [5]],
  ['ndz', [6]],
  // Japanese short names: "getsu, sui, kin" ("ka" and "do" are words too often)
  ['getsu', [0]],
  ['sui', [2]],
  ['moku', [3]],
  ['kin', [4]],
  ['nichi', [6]],
]);
