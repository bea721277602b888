// Vocabulary for a training_frequency answer given as a timetable of parts that add up. Data only;
// frequency-schedule.ts reads it.

import { WORLD_EXCEPT_BEFORE } from './world-words';

/** Sessions per day a word gives the days of its part: "doubles on tuesday", "single on saturday". */
export const PER_DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['doubles', 2],
  ['double', 2],
  ['single', 1],
  // "doppio allenamento il sabato", "double séance le samedi", "doble turno el sábado", "treino duplo"
  ['doppio', 2],
  ['doppia', 2],
  ['doble', 2],
  ['duplo', 2],
  ['dobro', 2],
  ['singles', 1],
]);

/** Where one part of a timetable ends and the next begins ("and" is decided in context). */
export const SCHEDULE_BREAKS: ReadonlySet<string> = new Set([',', ';', '.', '!', '+', 'then', 'plus', 'also']);

/** A part after these is taken away: "weekday mornings, minus wednesdays", "all week except fridays". */
export const SUBTRACT: ReadonlySet<string> = new Set([
  ...['minus', 'except', 'excluding', 'exc'],
  // "lunes a viernes menos el jueves", "segunda a sexta, exceto quarta", "tous les jours sauf le lundi"
  ...['menos', 'excepto', 'exceto', 'salvo'],
  ...WORLD_EXCEPT_BEFORE,
]);

/** What one counted session of a timetable is called: "a private", "an open mat", "3 classes". */
export const SCHEDULE_SESSIONS: ReadonlySet<string> = new Set([
  'class',
  'classes',
  'session',
  'sessions',
  'private',
  'privates',
  'lesson',
  'lessons',
  'open',
  'mat',
  'mats',
  'practice',
  'practices',
  'drilling',
  'rolls',
  'night',
  'nights',
  'mornings',
  'evenings',
  // chat's "OM" is an open mat
  'om',
  'oms',
  'openmat',
  'openmats',
]);

/** A timetable with these in it is not a plain sum: a hedge, a past or a plan, a range, another period. */
export const SCHEDULE_UNSURE: ReadonlySet<string> = new Set([
  'maybe',
  'sometimes',
  'occasionally',
  'if',
  'hopefully',
  'want',
  'wanna',
  'used',
  'was',
  'were',
  // "started with once a week, now mornings mon through sat": the start is no part of the week now
  'started',
  'began',
  'month',
  'months',
  'year',
  // "a private every 2 weeks" is half a session a week, not one
  'weeks',
  'fortnight',
  'biweekly',
  'ideally',
  'planning',
  'goal',
  'hoping',
  'other',
  'or',
  '-',
  '?',
  'usually',
  'most',
  'not',
  'no',
  'never',
  // "i don't go on weekends, just mon-fri": a part denied is no part of the week
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "can't",
  'cant',
  'until',
  'till',
  'til',
  'through',
  'thru',
  'to',
]);

// "weekends nothing", "fines de semana nada": a part that trains nothing
export const RESTING: ReadonlySet<string> = new Set(['off', 'rest', 'recovery', 'nothing', 'nada']);

/** Where a part of a week's training happens: it describes that part. */
export const TRAINING_PLACES: readonly string[] = ['home', 'garage', 'gym', 'academy', 'club', 'affiliate'];
/** The training places with their plurals and other names, for a second place named in a timetable. */
export const PLACES_TRAINED_AT: readonly string[] = [
  ...TRAINING_PLACES,
  ...['gyms', 'academies', 'clubs', 'dojo', 'affiliates', 'branch', 'location'],
];

/** Words that say what a part of a timetable counts, beside the session kinds: "once during the week". */
export const PART_DESCRIPTORS: ReadonlySet<string> = new Set([
  // "and i drill with my partner once": drilling is a session
  'drill',
  'drills',
  'week',
  // "3x por semana", "2 veces por semana"
  'semana',
  'weekend',
  'weekends',
  'weekday',
  'weekdays',
  'noon',
  'lunch',
  'morning',
  'mornings',
  'evening',
  'evenings',
  'night',
  'nights',
  // "one early and one late class", "sat arvo"
  'early',
  'late',
  'afternoon',
  'afternoons',
  'arvo',
  ...TRAINING_PLACES,
]);

/** Times of day: two joined by "and" on named days are two sessions on each ("morning and evening class on tue"). */
export const TIMES_OF_DAY: ReadonlySet<string> = new Set([
  'morning',
  'mornings',
  'afternoon',
  'afternoons',
  'evening',
  'evenings',
  'night',
  'nights',
  'lunch',
  'lunchtime',
  'noon',
  // Australian "arvo": the afternoon
  'arvo',
  'arvos',
]);
