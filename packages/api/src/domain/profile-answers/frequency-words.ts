// Vocabulary for "How often do you train? (2x/week? 3x? More?)". Data only; frequency.ts reads it.

import type { PhraseTable } from './lexicon';
import { NOW_OTHER_TONGUES, PAST_OTHER_TONGUES } from './cue-words';
import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import { SW_AF_PER_UNIT, SW_AF_RATE_PHRASES, SW_AF_TIMES_WORDS } from './swahili-afrikaans-words';

/** Whole phrases that state a rate without a count. `vague` = an answer that gives no number. */
export const RATE_PHRASES: PhraseTable<number | 'vague'> = [
  ['every|each day|night|morning|evening', EVERY_DAY],
  ['everyday|daily|everynight|nightly', EVERY_DAY],
  ['every single day', 7],
  // Portuguese and Spanish: "todo dia", "todos os dias", "todos los dias"
  ['todo|cada dia', EVERY_DAY],
  ['todos os|los dias', EVERY_DAY],
  ['every damn|dang|darn|freaking|frickin|fucking|effing|bloody|blessed day', EVERY_DAY],
  ['no days off', EVERY_DAY],
  ['24 / 7', EVERY_DAY],
  ['almost|nearly|practically|basically|virtually every|each day', 6],
  ['almost|nearly|practically|basically|virtually everyday|daily', 6],
  ['pretty much every day', 6],
  ['pretty much everyday|daily', 6],
  ['most days|nights|mornings|evenings', 5],
  ['every|each other|second day', 3.5],
  ['every|each other|second week', 0.5],
  ['biweekly|fortnightly', 0.5],
  ['every|each|all weekday|weekdays|weeknight|weeknights', 5],
  ['weekdays|weeknights', 5],
  ['weekday mornings|evenings|nights|lunchtimes', 5],
  ['once in a while|blue', 'vague'],
  ['once every blue moon', 'vague'],
  ['blue moon', 'vague'],
  ['every now and then|again', 'vague'],
  ['now and then', 'vague'],
  ['rarely|seldom|hardly|barely|sometimes|occasionally|sporadically|irregularly|inconsistently|whenever', 'vague'],
  ['as much|often as', 'vague'],
  ['a lot|ton|bunch', 'vague'],
  ['not much|often|enough', 'vague'],
  ['not a lot', 'vague'],
  ['here and there', 'vague'],
  ['on and off', 'vague'],
  ['when i can', 'vague'],
  ...SW_AF_RATE_PHRASES,
];

/** The counted thing after a number: "3 times", "3x", "3 sessions", "4 days". */
export const TIMES_WORDS: ReadonlySet<string> = new Set([
  'x',
  'xs',
  'times',
  'time',
  'sessions',
  'session',
  'sesh',
  'classes',
  'class',
  'days',
  'day',
  'nights',
  'night',
  'mornings',
  'evenings',
  'practices',
  'practice',
  'trainings',
  'workouts',
  'rolls',
  'lessons',
  // Portuguese and Spanish: "duas vezes", "una vez", "dos veces", "cinco dias"
  'vezes',
  'vez',
  'veces',
  'dias',
  ...SW_AF_TIMES_WORDS,
]);

/** Words allowed between a number and what it counts: "3 gi classes", "2 nogi", "1 open mat". */
export const SESSION_KINDS: ReadonlySet<string> = new Set([
  'gi',
  'nogi',
  'bjj',
  'jiu',
  'jitsu',
  'jiujitsu',
  'morning',
  'evening',
  'night',
  'lunch',
  'lunchtime',
  'noon',
  'open',
  'mat',
  'mats',
  'regular',
  'private',
  'privates',
  'drilling',
  'comp',
  'competition',
  'fundamentals',
  'fundies',
  'basics',
  'beginner',
  'beginners',
  'intermediate',
  // "2 all levels"
  'all',
  'levels',
  'advanced',
  'training',
  'hour',
  'long',
  'hard',
  'proper',
  'full',
  'kids',
  // "4 weekday evenings": the count picks from the weekdays
  'weekday',
  'weeknight',
  'adult',
  'adults',
  'beginner',
  'beginners',
  'intermediate',
  'masters',
  'technique',
  // "1 private, 1 group class": a group class is a kind of class
  'group',
  'sparring',
  'rolling',
  'wrestling',
  'mma',
  'solid',
]);

/** Sessions per week for one session per unit. */
export const PER_UNIT: PhraseTable<number> = [
  ['a|per|each|every|/|x|in|p|por|na|one week|wk|wks|semana|sem', 1],
  ['a|per|each|every|/|x|one|por|ao|al day|dia|d', 7],
  ['a|per|each|every|/|x|one|por|ao|al month|mo|mth|mes', PER_MONTH],
  // Spanish "a la semana", "por la semana"; Portuguese "na semana" is above
  ['a|por la semana', 1],
  ['a|per|each|every|/|x|one|por|ao year|yr', 1 / 52],
  ['in a week', 1],
  ['in the week', 1],
  ['weekly|pw|wk|week|semanal', 1],
  ['p / w', 1],
  ['daily|nightly', 7],
  ['monthly|month', PER_MONTH],
  ['yearly|annually', 1 / 52],
  ['a|per|every|each fortnight', 1 / 2],
  ['every|each other|second week', 1 / 2],
  ['every|each other|second day', 7 / 2],
  ['biweekly|fortnightly', 1 / 2],
  ...SW_AF_PER_UNIT,
];

/** "every" and "each" before a count or a day: "every 2 weeks", "each saturday". */
export const EVERY: ReadonlySet<string> = new Set(['every', 'each']);

/** "every N days" / "every N weeks": sessions per week for one session per N of the unit. */
export const EVERY_N: ReadonlyMap<string, number> = new Map([
  ['days', 7],
  ['day', 7],
  ['weeks', 1],
  ['week', 1],
  ['months', PER_MONTH],
  ['month', PER_MONTH],
]);

/** After a number these make it a duration, an age, a time or a count of something else. */
export const NOT_SESSIONS: ReadonlySet<string> = new Set([
  'years',
  'year',
  'yrs',
  'yr',
  'y',
  'months',
  'month',
  'mos',
  'mo',
  'mths',
  'weeks',
  'week',
  'wks',
  'hours',
  'hour',
  'hrs',
  'hr',
  'h',
  'minutes',
  'minute',
  'mins',
  'min',
  'm',
  'stripes',
  'stripe',
  'degree',
  'degrees',
  'st',
  'nd',
  'rd',
  'th',
  'yo',
  'kg',
  'kgs',
  'lbs',
  'lb',
  'pounds',
  'kids',
  'children',
  '%',
  'am',
  'pm',
  ':',
  'k',
  'miles',
  'km',
  'belts',
  'belt',
  'people',
  'guys',
  'rounds',
  'round',
  'jobs',
  'job',
  'gyms',
  'gym',
]);

/** Around a number: "at least 3", "3+" and "3 or more" read as 3.5, within reach of both 3 and 4. */
export const BIAS_BEFORE: PhraseTable<number> = [
  ['no more than', -0.5],
  ['at least', 0.5],
  ['more than', 0.5],
  ['over|min|minimum|upwards', 0.5],
  ['less|fewer than', -0.5],
  ['under|max|maximum', -0.5],
  ['up to', -0.5],
  ['at most', -0.5],
];

export const BIAS_AFTER: PhraseTable<number> = [
  ['+', 0.5],
  ['or more|over|plus|above', 0.5],
  ['or less|fewer|under', -0.5],
  ['or so', 0],
  ['ish', 0],
];

/** Which reading is the user's current habit; `hope` is one only wished for or planned (never the answer). */
export type RateTime = 'now' | 'not_now' | 'hope';
export const RATE_TIME_CUES: PhraseTable<RateTime> = [
  [
    'now|currently|nowadays|lately|atm|usually|normally|typically|generally|mostly|mainly|regularly|consistently',
    'now',
  ],
  ['these days', 'now'],
  // what a bargain ends on: "my knees say once, my instructor says twice, so we settle on 2"
  ['settle|settled|landed on', 'now'],
  ['end|ended up at|on|with|doing', 'now'],
  // a rate worked toward or not begun: "trying to get up to 4 a week", "starting next month, prob 3x"
  ['get|work|build up to', 'hope'],
  ['starting next|in', 'hope'],
  ['right now', 'now'],
  ['at the moment', 'now'],
  ['on average', 'now'],
  ['this year|month', 'now'],
  ['used to', 'not_now'],
  // a season gone by gives way to the habit now: "4x over the summer, back to twice since term began"
  ['over|during the summer|winter|holidays|break', 'not_now'],
  ['last summer|winter|term|semester', 'not_now'],
  ['back|down to', 'now'],
  // a rate raised to: "bumped it up to 4 since january" ("up to 4" alone is a ceiling)
  ['bumped|upped|ramped|stepped|moved|raised|kicked it|things up to', 'now'],
  ['bumped|upped|ramped|stepped|moved|raised|kicked up to', 'now'],
  // "antes era 2x, agora treino 4x", "solía ir 4 veces, ahora voy 1"
  [NOW_OTHER_TONGUES.join('|'), 'now'],
  [PAST_OTHER_TONGUES.join('|'), 'not_now'],
  // where the habit began: "i started with once a week but got hooked, now mon through sat"
  ['started|began|begun with|at|out|off', 'not_now'],
  ['was|were|before|previously|formerly', 'not_now'],
  ['back then|when', 'not_now'],
  ['back in the day', 'not_now'],
  ['in my day', 'not_now'],
  // "4 times a week in my 20s": a decade of the user's life gone by
  ['in my 20|30|40|50|60 s', 'not_now'],
  ['in my teens|twenties|thirties|forties|fifties|youth|prime', 'not_now'],
  ['in the past', 'not_now'],
  ['last year', 'not_now'],
  ['sometimes|occasionally|rarely|maybe|possibly|if|unless|soon|trying|try|could|should', 'not_now'],
  ['want|wanna|hope|hoping|aim|aiming|plan|planning|goal|target|would|ideally|hopefully|eventually|someday', 'hope'],
  ['love to', 'hope'],
  // a plan: "gonna go 6x once I start comp prep", "I'll start coming 3 times when school's out"
  ['gonna|will|ill|shall', 'hope'],
  ['going to', 'hope'],
  ['once|when i start', 'hope'],
  ['start|starting coming|going|training|doing', 'hope'],
  // not begun: "haven't started yet, signing up monday"
  ['signing|sign up', 'hope'],
  ["haven't|havent|have not started", 'hope'],
  ['wish|wished|dream|dreaming', 'hope'],
  ['one day', 'hope'],
  ['planning on', 'hope'],
  ['get to', 'hope'],
  ['like to', 'hope'],
  ['d like', 'hope'],
  ['up to', 'not_now'],
  ['on good weeks', 'not_now'],
];

/** Joins two counts that add up: "3 gi classes and 2 nogi", "2x gi + 1 open mat". */
export const ADDS_UP: ReadonlySet<string> = new Set(['+', 'plus', 'and', '&', 'also', 'mais', 'e']);

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
  // Spanish: "entreno martes y jueves"
  [[0], ['lunes']],
  [[1], ['martes']],
  [[2], ['miercoles', 'miércoles']],
  [[3], ['jueves']],
  [[4], ['viernes']],
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
]);
/** "segunda-feira": the hyphen is part of the day's name, not a range. */
export const DAY_SUFFIXES: ReadonlySet<string> = new Set(['feira', 'feiras']);
export const WEEKDAY_RANGE: ReadonlySet<string> = new Set(['-', 'a', 'to', 'through', 'thru', 'till', 'til', 'until']);
export const EXCEPT: ReadonlySet<string> = new Set([
  'except',
  'but',
  'besides',
  'minus',
  'excluding',
  'apart',
  'menos',
]);

/** Before the days not trained: "i skip mondays", "mon-fri, skipping thursdays". */
export const SKIPPING: ReadonlySet<string> = new Set(['skip', 'skips', 'skipping', 'miss', 'misses', 'missing']);
/** Mon–Fri by one word: "weekdays", "every weeknight" (a day named with it picks from them). */
export const WORKWEEK_WORDS: ReadonlySet<string> = new Set(['weekday', 'weekdays', 'weeknight', 'weeknights']);
/** A day given up takes it out like a skip: "scratch friday", "I dropped fridays", "stopped going on mondays". */
export const DROPPING: ReadonlySet<string> = new Set(['scratch', 'drop', 'dropped', 'cut', 'quit', 'stopped']);
/** Days kept away from are not trained: "dodge the sunday one", "avoid mondays", "stay away from weekends". */
export const AVOIDING: ReadonlySet<string> = new Set(['avoid', 'avoids', 'avoiding', 'dodge', 'dodges', 'dodging']);
/** "stay away from weekends", "steer clear of mondays": kept away from, with "from"/"of" after. */
export const KEPT_AWAY: ReadonlySet<string> = new Set(['away', 'clear']);
/** Right before days, these deny them too: "no mondays", "never on weekends", "not fridays". */
export const DENYING_DAYS: ReadonlySet<string> = new Set(['no', 'never', 'not']);
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
]);

/** Sessions per day a word gives the days of its part: "doubles on tuesday", "single on saturday". */
export const PER_DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['doubles', 2],
  ['double', 2],
  ['single', 1],
  ['singles', 1],
]);

/** Where one part of a timetable ends and the next begins ("and" is decided in context). */
export const SCHEDULE_BREAKS: ReadonlySet<string> = new Set([',', ';', '.', '!', '+', 'then', 'plus', 'also']);

/** A part after these is taken away: "weekday mornings, minus wednesdays", "all week except fridays". */
export const SUBTRACT: ReadonlySet<string> = new Set(['minus', 'except', 'excluding', 'exc']);

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

export const RESTING: ReadonlySet<string> = new Set(['off', 'rest', 'recovery']);

/** Where a part of a week's training happens: it describes that part. */
export const TRAINING_PLACES: readonly string[] = ['home', 'garage', 'gym', 'academy', 'club', 'affiliate'];

/** Words that say what a part of a timetable counts, beside the session kinds: "once during the week". */
export const PART_DESCRIPTORS: ReadonlySet<string> = new Set([
  // "and i drill with my partner once": drilling is a session
  'drill',
  'drills',
  'week',
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
]);

/** Coaching a class is work at the gym, not training: "I coach the kids class 2x". */
export const TEACHING: ReadonlySet<string> = new Set([
  'teach',
  'teaches',
  'teaching',
  'taught',
  'coach',
  'coaches',
  'coaching',
  'instruct',
  'instructing',
]);

/** Ways of doing BJJ itself: "i lift 3 days and roll 2 days" — the count after them is BJJ's again. */
export const BJJ_ACTIVITIES: ReadonlySet<string> = new Set(['roll', 'rolls', 'rolling', 'spar', 'spars', 'sparring']);
