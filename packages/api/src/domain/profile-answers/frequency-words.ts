// Vocabulary for "How often do you train? (2x/week? 3x? More?)". Data only; frequency.ts reads it.

import type { PhraseTable } from './lexicon';
import { NOW_OTHER_TONGUES, PAST_OTHER_TONGUES } from './now-and-past-words';
import { EVERY_DAY, PER_MONTH } from './frequency-rates';
import { PLANS_PAID_FOR } from './frequency-plan-words';
import { WORKWEEK_PHRASES } from './frequency-workweek-words';
import { SW_AF_PER_UNIT, SW_AF_RATE_PHRASES, SW_AF_TIMES_WORDS } from './swahili-afrikaans-words';
import { WORLD_ADDS_UP, WORLD_DURATIONS, WORLD_PER_UNIT, WORLD_RATE_PHRASES, WORLD_TIMES_WORDS } from './world-words';

/** Whole phrases that state a rate without a count. `vague` = an answer that gives no number. */
export const RATE_PHRASES: PhraseTable<number | 'vague'> = [
  ['every|each day|night|morning|evening', EVERY_DAY],
  ['everyday|daily|everynight|nightly', EVERY_DAY],
  ['every single day', 7],
  // Portuguese and Spanish: "todo dia", "todos os dias", "todos los dias"
  ['todo|cada dia', EVERY_DAY],
  ['todos os|los dias', EVERY_DAY],
  ['every damn|dam|damm|dang|darn|freaking|frickin|fucking|effing|bloody|blessed day', EVERY_DAY],
  ['no days off', EVERY_DAY],
  ['24 / 7', EVERY_DAY],
  ['almost|nearly|practically|basically|virtually every|each day', 6],
  ['almost|nearly|practically|basically|virtually everyday|daily', 6],
  ['pretty much every day', 6],
  ['pretty much everyday|daily', 6],
  ['most days|nights|mornings|evenings', 5],
  ['every|each other|second day', 3.5],
  // "treino dia sim dia não", "un día sí y otro no"
  ['dia sim dia|e nao', 3.5],
  ['dia sim e|, dia nao', 3.5],
  ['un dia si y|, otro no', 3.5],
  ['every|each other|second week', 0.5],
  ['biweekly|fortnightly', 0.5],
  ['every|each|all weekday|weekdays|weeknight|weeknights', 5],
  ['weekdays|weeknights', 5],
  ['weekday mornings|evenings|nights|lunchtimes', 5],
  // "I don't miss a weekday", "no falto ningún día entre semana"
  ...WORKWEEK_PHRASES,
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
  ...WORLD_RATE_PHRASES,
];

/** Counted things that are days or times of day ("2 nights", "two lunchtimes"): a session on each. */
export const COUNTED_DAY_WORDS: ReadonlySet<string> = new Set([
  ...['day', 'days', 'night', 'nights', 'dias'],
  ...['mornings', 'afternoons', 'evenings', 'lunchtimes'],
]);

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
  // "two lunchtimes and saturday", "3 afternoons": a time of day counted is a session on each
  'lunchtimes',
  'afternoons',
  'practices',
  'practice',
  'trainings',
  'workouts',
  'rolls',
  'lessons',
  // Portuguese and Spanish: "duas vezes", "una vez", "dos veces", "cinco dias", "13 treinos por mes"
  'vezes',
  'vez',
  'veces',
  'dias',
  ...['treinos', 'aulas', 'clases', 'entrenos', 'entrenamientos'],
  // …and the rest: "1 treino", "2 sesiones", "3 sessões"
  ...['treino', 'aula', 'sessoes', 'sessao', 'clase', 'sesiones', 'sesion', 'entrenamiento'],
  ...SW_AF_TIMES_WORDS,
  ...WORLD_TIMES_WORDS,
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
  // "twice midweek": the weekdays, as "in the week"
  ['midweek|mid-week', 1],
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
  ...WORLD_PER_UNIT,
];

/** "every" and "each" before a count or a day: "every 2 weeks", "each saturday", "cada dos semanas". */
export const EVERY: ReadonlySet<string> = new Set(['every', 'each', 'cada']);

/** "every N days" / "every N weeks": sessions per week for one session per N of the unit. */
export const EVERY_N: ReadonlyMap<string, number> = new Map([
  ['days', 7],
  ['day', 7],
  ['weeks', 1],
  ['week', 1],
  ['months', PER_MONTH],
  ['month', PER_MONTH],
  // "cada dos semanas", "a cada duas semanas", "cada 3 dias"
  ...(['semanas', 'semana'] as const).map((w) => [w, 1] as const),
  ...(['dias', 'dia'] as const).map((w) => [w, 7] as const),
]);

/** After a number these make it a duration, an age, a time or a count of something else. */
export const NOT_SESSIONS: ReadonlySet<string> = new Set([
  // "drei Jahre", "8 mois", "san nen"; Portuguese and Spanish "3 anos", "6 meses"
  ...WORLD_DURATIONS.keys(),
  ...['ano', 'anos', 'meses', 'semanas', 'horas'],
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
  // a ceiling the user keeps to is how often they go: "no more than once a week, knees can't take it",
  // "never more than twice", "não passo de 3x", "no paso de dos veces", "no más de tres"
  ['no|never|not more than', 0],
  ['no|nao|nunca paso|passo|pasa|passa de', 0],
  ['no|nao|nunca mas|mais de|que', 0],
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

/**
 * Which reading is the user's current habit; `usual` is the habit in general, which a rate said of
 * right now overrides ("normally 4 but right now just 2"); `hope` is one only wished for or planned
 * (never the answer); `kept` is one held unless work gets in the way, as plain as one with no cue.
 */
export type RateTime = 'now' | 'usual' | 'not_now' | 'hope' | 'kept';
export const RATE_TIME_CUES: PhraseTable<RateTime> = [
  // "just 2 rn": chat's "rn" is right now
  ['now|currently|nowadays|lately|atm|rn', 'now'],
  ['usually|normally|typically|generally|mostly|mainly|regularly|consistently', 'usual'],
  ['these days', 'now'],
  // what a bargain ends on: "my knees say once, my instructor says twice, so we settle on 2"
  ['settle|settled|landed on', 'now'],
  ['end|ended up at|on|with|doing', 'now'],
  // a rate worked toward or not begun: "trying to get up to 4 a week", "starting next month, prob 3x"
  ['get|work|build up to', 'hope'],
  ['starting next|in', 'hope'],
  ['right now', 'now'],
  // "for now" in Portuguese and Spanish: "por enquanto é 2x", "de momento voy 3"
  ['por enquanto', 'now'],
  ['por el|lo|o momento', 'now'],
  ['de|no|al momento', 'now'],
  // "if i trained 5x id be blue by now": a time reached in a wish, not the habit now
  ['by now', 'not_now'],
  // the rate of an "if": "se treinar 4x pego a azul", "si entrenara 4 veces"
  ['se|si treinar|treinasse|treinar|puder|pudesse|entrenara|entrenase|pudiera|pudiese', 'not_now'],
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
  // "mon to fri before my shift": a time of the day, not a time gone by
  ['before my|the shift|shifts|work|job|commute|lectures|office|9', 'usual'],
  ['was|were|before|previously|formerly', 'not_now'],
  ['back then|when', 'not_now'],
  ['back in the day', 'not_now'],
  ['in my day', 'not_now'],
  // "4 times a week in my 20s": a decade of the user's life gone by
  ['in my 20|30|40|50|60 s', 'not_now'],
  ['in my teens|twenties|thirties|forties|fifties|youth|prime', 'not_now'],
  ['in the past', 'not_now'],
  ['last year', 'not_now'],
  // kept unless work gets in the way: "2 gi classes if i get off on time and 1 nogi", "3x if work allows"
  ['if i can get|leave out|off', 'kept'],
  ['if i get|leave out|off', 'kept'],
  ['if work|job|shift allows|lets|permits', 'kept'],
  ['sometimes|occasionally|rarely|maybe|possibly|if|unless|soon|trying|try|could|should', 'not_now'],
  ['want|wanna|hope|hoping|aim|aiming|plan|planning|goal|target|would|ideally|hopefully|eventually|someday', 'hope'],
  ...PLANS_PAID_FOR,
  ['love to', 'hope'],
  // wished for in Spanish and Portuguese: "quiero entrenar cuatro veces", "gostaria de ir 5x"
  ['quiero|quisiera|quero|queria|gostaria|gustaria|espero|pretendo|planeo|planejo|ojala', 'hope'],
  // "minha meta é treinar 3x", "mi objetivo es ir 4 veces", "a partir de janeiro", "desde el mes que viene"
  ['meta|objetivo|plano|intencao|intencion|propuesta', 'hope'],
  ['a partir de|do|da|del proximo|proxima|janeiro|enero|marco|marzo|agosto|setembro|septiembre|ano|mes', 'hope'],
  ['a partir de|do|da|del que vem|viene', 'hope'],
  // "idéalement 5 fois", "idealmente 4 volte", "idealerweise 3 mal": ideally, in other tongues
  ['idealement|idealmente|idealerweise|idealiter|idealnie|ideaal|idealt', 'hope'],
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
// Portuguese "e", "mais" and Spanish "y": "2 de competición y 2 normales"
export const ADDS_UP: ReadonlySet<string> = new Set([
  ...['+', 'plus', 'and', '&', 'also', 'mais', 'e', 'y'],
  ...WORLD_ADDS_UP,
]);

/** After "once", these make it "as soon as": "once my new job settles down", "once i get back". */
export const CONJUNCTION_FOLLOWERS: ReadonlySet<string> = new Set([
  ...['my', 'i', 'the', 'we', 'it', 'they', 'things', 'this', 'that', 'work', 'school', 'life', 'im'],
  // "once exams are done", "once uni finishes", "once summer hits"
  ...['exams', 'finals', 'uni', 'college', 'term', 'semester', 'season', 'summer', 'winter', 'baby'],
]);

/** Verbs of a clause "once" opens: "once nights finish", "once harvest is over", "once my knee heals". */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  ...['is', 'are', 'finish', 'finishes', 'end', 'ends', 'start', 'starts', 'heal', 'heals', 'settle', 'settles'],
  ...['calms', 'slows', 'gets', 'comes', 'arrives', 'over', 'done'],
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
