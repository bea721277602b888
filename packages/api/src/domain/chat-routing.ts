// chat.send routes one free-text message: a training log goes to sessions.log, anything else to
// videos.request. Logging a question by mistake swallows it (no videos) and pollutes the user's
// history, while a missed log still gets a useful video reply, so the bar is evidence of a training
// event that already happened; ambiguous text goes to videos.
//
// The evidence is a weighted sum over whole-word cues (tables below): past-tense training verbs,
// sessions, time words and counted rounds push toward a log; question openers, asks ("tips",
// "videos"), habits ("I keep getting…") and plans ("tomorrow") push toward a request.

import { closingQuestion } from './closing-question';
import { opensWithTechniqueQuestion } from './opening-question';
import { plainLetters } from './topics/tokenize';

export interface Cue {
  /** Whole words in order, as tokenised: lower case, apostrophes dropped ("didn't" → "didnt"). */
  words: string;
  /** Positive toward a training log, negative toward a request. */
  weight: number;
  /** Only as a clause's first word (after fillers like "so", "hey prof"): "how do I…", "show me…". */
  atClauseStart?: boolean;
  /** Not right after these words: "get tapped" is a habit, "got tapped" an event. */
  notAfter?: readonly string[];
}

/** A log needs this much net evidence; a single time word or session noun is not enough. */
export const LOG_THRESHOLD = 2;
/** A question mark alone is weak (people punctuate logs too: "rolled 5, got smashed?!"). */
const QUESTION_MARK_WEIGHT = -1;
/** "5 rounds", "30 min", "4x6min", "an hour": counting what you did is narrative. */
const COUNT_WEIGHT = 1.5;
/** A second count on top: a session's time broken down ("30 min drills, then 4x5"). */
const BREAKDOWN_WEIGHT = 1;

const cues = (weight: number, phrases: readonly string[], extra: Omit<Cue, 'words' | 'weight'> = {}): Cue[] =>
  phrases.map((words) => ({ words, weight, ...extra }));

// After these, a participle describes a habit or a fear, not an event: "I always get passed".
const HABIT_AUXILIARIES = ['get', 'gets', 'getting', 'keep', 'keeps', 'be', 'being', 'im'];

const PAST_TRAINING = [
  // "only made it to drilling today… back tmrw": attended, and signing off until the next one
  ...cues(2, ['made it to', 'back tmrw', 'back tomorrow', 'back tmr']),
  ...cues(2, [
    'trained',
    'trainned',
    'traind',
    'rolled',
    'rolld',
    'drilled',
    'drilld',
    'sparred',
    'spared',
    'competed',
    'practiced',
    'practised',
    'worked',
    'learned',
    'learnt',
    'focused',
    'focussed',
  ]),
  ...cues(
    2,
    [
      'tapped',
      'subbed',
      'submitted',
      'swept',
      'drew',
      'passed',
      'escaped',
      'choked',
      'armbarred',
      'triangled',
      'smashed',
      'crushed',
      'caught',
      'survived',
      'gassed',
      'won',
      'lost',
      'hooked',
      'destroyed',
      'wrecked',
      'flattened',
      'promoted',
    ],
    { notAfter: HABIT_AUXILIARIES },
  ),
  ...cues(1.5, ['hit', 'played', 'finished', 'landed'], { notAfter: ['to', ...HABIT_AUXILIARIES] }),
  // "osoto gari landed once, pulled to dlr after"
  ...cues(1, ['pulled'], { notAfter: HABIT_AUXILIARIES }),
  // "I've got a comp next week" is possession, not an event
  ...cues(1.5, ['got'], { notAfter: ['ive', 'have', 'has', 'weve', 'youve', 'you', 'u'] }),
  ...cues(1.5, ['went', 'spent', 'showed', 'taught', 'kept']),
  ...cues(1, ['did', 'had', 'took']),
  ...cues(0.5, ['was', 'were']),
];

const EVENT_NOUNS = [
  'workout',
  'class',
  'classes',
  'sessions',
  'match',
  'positional',
  'fundamentals',
  'session',
  'roll',
  'rolls',
  'round',
  'rounds',
  'sparring',
  'lesson',
  'seminar',
  'open mat',
  'openmat',
];
const EVALUATIONS = [
  'good',
  'great',
  'rough',
  'tough',
  'hard',
  'solid',
  'fun',
  'brutal',
  'awesome',
  'bad',
  'amazing',
  'killer',
  'sweaty',
  'nice',
];

const EVENTS = [
  ...cues(1, EVENT_NOUNS),
  ...cues(0.5, ['practice', 'comp', 'competition', 'tournament', 'training', 'drilling', 'private']),
  // what a session was spent on: "hard cardio day at the gym", "conditioning drills today"
  ...cues(0.5, ['cardio', 'conditioning']),
  // "good session", "rough class": judging an event means it happened
  ...cues(
    1,
    EVALUATIONS.flatMap((e) => EVENT_NOUNS.map((n) => `${e} ${n}`)),
  ),
  // "light flow rolls only, ribs still hurt": how the rolls went is a note on a session
  ...cues(1, ['flow rolls', 'flow rolled', 'light rolls', 'rolled light', 'only flow', 'just flow']),
  // what happened to the user in rolls: "got my back taken like 4 times"
  ...cues(1, ['got my back taken', 'got taken down', 'got mounted', 'got subbed', 'got choked']),
  // "hit the ezekiel … on the new guy", "hit 2 single legs in live"
  ...cues(1, ['on the new guy', 'on a new guy', 'on my partner', 'in live', 'in sparring', 'live rounds']),
  // Portuguese: "treino bom hoje, finalizei com triângulo"
  ...cues(1, ['hoje', 'treino', 'ontem']),
  // Polish: "trenowałem dzisiaj no gi, … 6 rund sparingów"
  ...cues(2, ['trenowalem', 'trenowalam', 'sparowalem', 'sparowalam']),
  ...cues(1, ['dzisiaj', 'wczoraj']),
  // how a session was kept short: "quick one after work, drills only, no sparring"
  ...cues(1, ['quick one', 'drills only', 'only drills', 'no sparring', 'no rolling', 'just drilling']),
  ...cues(2, ['finalizei', 'treinei', 'rolei', 'raspei', 'passei', 'terminei', 'apanhei', 'rolamos', 'treinamos']),
  // "hoje foram 5 rolas de 5 minutos", "fiz 6 rolas", "tomei um triângulo"
  ...cues(1.5, ['foram', 'fiz', 'fizemos', 'tomei', 'levei']),
  ...cues(1, ['rola', 'rolas', 'aula']),
  // Spanish: "hoy entrené con mi hijo", "me barrieron como diez veces", "entrenamiento de hoy: media guardia"
  ...cues(2, [
    'entrene',
    'entrené',
    'entrenamos',
    'trabajamos',
    'aprendi',
    'aprendí',
    'rodé',
    'rodamos',
    'barrieron',
    'finalice',
    'finalicé',
  ]),
  ...cues(1.5, ['hice', 'fui', 'me hicieron', 'me finalizaron', 'gano', 'ganó', 'perdi', 'perdí']),
  ...cues(1, ['hoy', 'ayer', 'anoche', 'entrenamiento', 'clase']),
  // French (Québec too): "cours à soir, on a fait des clés de bras", "fait du drilling hier"
  ...cues(1, ['ce soir', 'à soir', 'a soir', 'hier', 'cours', 'entrainement', 'entraînement']),
  ...cues(1.5, ['on a fait', 'jai fait', 'fait du', 'fait des', 'on a roulé', 'jai roulé']),
  // Hindi-English: "aaj do classes attend ki, guard passing drill kiya"
  ...cues(1, ['aaj', 'kal']),
  ...cues(1.5, ['kiya', 'kiye', 'attend ki', 'lagaya']),
  // Jamaican patois tells the past in the base form: "mi drill armbar … den spar", "mi get mount pon him"
  ...cues(1.5, ['mi drill', 'mi roll', 'mi spar', 'mi get', 'mi tap', 'mi did', 'wi drill', 'wi roll']),
  // Portuguese: "finalmente peguei o mata leão no meu parceiro"
  ...cues(2, ['peguei', 'consegui', 'pegamos']),
  // "3rd class this week and my legs are dead"
  ...cues(1, ['legs are dead', 'arms are dead', 'im dead', 'completely dead']),
  // "top/bottom rotations from knee on belly tonight", "conditioning circuit after class"
  ...cues(1, ['rotations', 'after class', 'before class']),
  // "couldnt finish the kimura from north south again": an attempt that failed happened
  ...cues(1.5, ['couldnt finish', 'couldnt get', 'couldnt escape', 'couldnt pass', 'couldnt hold', 'couldnt keep']),
  // "stuck on bottom half the whole roll", "takedowns the whole hour today": how a session went
  ...cues(1.5, ['the whole roll', 'the whole round', 'the whole hour', 'the whole class', 'the whole session']),
];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const TIMES = [
  ...cues(1, [
    'today',
    '2day',
    'tday',
    'tonight',
    'tonite',
    '2nite',
    'this morning',
    'this afternoon',
    'this evening',
    'earlier',
    'morning',
    'evening',
    'night',
    'this weekend',
    ...WEEKDAYS,
  ]),
  ...cues(1.5, ['yesterday', 'yday', 'yest', 'last night', 'this past']),
  // "today's class", "tonight's rolls": a possessive time word names an event that happened
  ...cues(2, ['todays', 'tonights', 'yesterdays']),
];

const NARRATIVE = cues(1, [
  'notes to self',
  'private with',
  'lesson with',
  'with coach',
  'tonight was',
  'today was',
  'was all',
  'day at the gym',
  'couldnt',
  'done',
  'private lesson',
  'kids class',
  'adults class',
  'adult class',
  'comp class',
  'gi class',
  'nogi class',
  'advanced class',
  'fundamentals class',
  'advanced',
  'finally',
  'my first',
  'first time',
  'just got',
  'back from',
  'coach had us',
  'felt',
  'class was',
  'session was',
  // "self defense class this week was headlock escapes"
  'class this week was',
  // a class named by its time: "mount escapes at lunch class"
  'lunch class',
  'noon class',
  'morning class',
  'evening class',
  'night class',
  'partner was',
  'class today was',
  'class tonight was',
]);

// The present perfect tells what has happened, outweighing "this week" as a plan: "every class this
// week has been leg locks", "trained twice this week so far".
const PERFECT = cues(1.5, ['has been', 'have been', 'weve been', 'so far']);

/** Words before a clause's real start: "so", "hey prof,", "quick q -". */
const CLAUSE_FILLERS: ReadonlySet<string> = new Set([
  'so',
  'ok',
  'okay',
  'hey',
  'hi',
  'hello',
  'yo',
  'prof',
  'professor',
  'coach',
  'sensei',
  'also',
  'and',
  'but',
  'um',
  'hmm',
  'quick',
  'q',
  'question',
  'lol',
  'btw',
  'pls',
  'please',
  'oh',
  'well',
  'then',
  'now',
  'ugh',
]);

const REQUESTS = [
  ...cues(-3, ['how', 'what', 'whats', 'which', 'why', 'where'], { atClauseStart: true }),
  ...cues(-2, ['should', 'can', 'could', 'would', 'is', 'are', 'do', 'does', 'any', 'anyone', 'anything'], {
    atClauseStart: true,
  }),
  ...cues(
    -3,
    [
      'show',
      'find',
      'give',
      'gimme',
      'recommend',
      'suggest',
      'teach',
      'explain',
      'send',
      'help',
      'tell me',
      'need',
      'looking for',
      'lmk',
      'pull up',
    ],
    { atClauseStart: true },
  ),
  ...cues(-3, [
    'tips',
    'tip',
    'advice',
    'videos',
    'video',
    'vids',
    'vid',
    'tutorial',
    'tutorials',
    'suggestions',
    'suggestion',
    'recommendations',
    'ideas',
  ]),
  ...cues(-2, ['help', 'i need', 'instructional', 'instructionals', 'difference between']),
  ...cues(-1.5, ['plz', 'pls', 'please', 'i want', 'want to', 'wanna', 'best']),
  ...cues(-1, ['better at']),
  // Spanish, Portuguese, French: "qué técnicas debo practicar", "como faço a raspagem", "comment faire"
  ...cues(-3, ['cómo', 'como', 'qué', 'cuál', 'cual', 'qual', 'quais', 'comment'], { atClauseStart: true }),
  ...cues(-2, ['debo', 'debería', 'deberia', 'puedo', 'devo', 'posso']),
];

// The present habit behind a complaint is a request for help, not a log: "I keep getting swept".
const HABITS = [
  ...cues(-1.5, ['keep', 'keeps', 'always', 'usually', 'struggle', 'struggling', 'i get']),
  ...cues(-1, ['cant', 'never']),
];

const PLANS = [
  ...cues(-2, [
    'tomorrow',
    'tmrw',
    'tmr',
    'tomorow',
    '2moro',
    '2morrow',
    'next week',
    'gonna',
    'about to',
    'upcoming',
    'im training',
    'planning',
    'plan to',
  ]),
  ...cues(-1.5, ['going to', 'heading to', 'before class', 'next class', 'this week']),
];

export const ROUTING_CUES: readonly Cue[] = [
  ...PAST_TRAINING,
  ...EVENTS,
  ...TIMES,
  ...NARRATIVE,
  ...PERFECT,
  ...REQUESTS,
  ...HABITS,
  ...PLANS,
];

/** A positive cue right after these is denied: "didn't train", "no class today". */
const NEGATORS: ReadonlySet<string> = new Set([
  'didnt',
  'havent',
  'hasnt',
  'hadnt',
  'not',
  'no',
  'never',
  'wasnt',
  'werent',
  'dont',
  'cant',
  'couldnt',
  'wont',
  'without',
]);
const NEGATION_REACH = 2;

const QUANTITIES: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'few',
  'couple',
  'several',
]);
const COUNT_UNITS: ReadonlySet<string> = new Set([
  'rund',
  'rundy',
  'classes',
  'sessions',
  'round',
  'rounds',
  'roll',
  'rolls',
  'min',
  'mins',
  'minute',
  'minutes',
  'hour',
  'hours',
  'hr',
  'hrs',
  'rep',
  'reps',
  'sub',
  'subs',
  'minutos',
  // conditioning done: "100 sprawls", "50 burpees"
  'sprawls',
  'burpees',
  'pushups',
  'situps',
  'sprints',
  'laps',
  'shrimps',
]);
/** "30min", "2hr", "5x5", "4x6min" — a count fused with its unit. */
const FUSED_COUNT = /^\d+(?:x\d+(?:min|mins|m)?|min|mins|hr|hrs|h)$/;
/** "6am class". */
const CLOCK_TIME = /^\d{1,2}(?:am|pm)$/;
const NUMBER = /^\d+$/;

type Clause = readonly string[];

// Apostrophes go (so "didn't" is one word); other punctuation ends a clause; emojis vanish.
const APOSTROPHES = /['\u2019\u2018`\u00b4]/g;
const CLAUSE_BREAKS = /[.,;:!?()[\]\n\u2014\u2013\u2026]|\s-+\s/;
const NO_GI = /\bno[\s-]?gi\b/g; // "no gi" is attire: keep "no" from negating the words after it

function clausesOf(text: string): Clause[] {
  // accents stripped and "trenowałem" folded as the topic reader folds them
  const cleaned = plainLetters(text).replace(APOSTROPHES, '').replace(NO_GI, 'nogi');
  return cleaned
    .split(CLAUSE_BREAKS)
    .map((clause) => clause.split(/[^a-z0-9]+/).filter(Boolean))
    .filter((clause) => clause.length > 0);
}

interface CompiledCue extends Cue {
  parts: readonly string[];
}
const COMPILED: readonly CompiledCue[] = ROUTING_CUES.map((cue) => ({ ...cue, parts: cue.words.split(' ') }));

function clauseStartIndex(clause: Clause): number {
  let i = 0;
  while (i < clause.length - 1 && CLAUSE_FILLERS.has(clause[i] ?? '')) i++;
  return i;
}

function matchesAt(cue: CompiledCue, clause: Clause, i: number): boolean {
  if (!cue.parts.every((part, k) => clause[i + k] === part)) return false;
  if (cue.atClauseStart && i !== clauseStartIndex(clause)) return false;
  const before = clause[i - 1];
  if (cue.notAfter && before !== undefined && cue.notAfter.includes(before)) return false;
  if (cue.weight > 0) {
    for (let j = Math.max(0, i - NEGATION_REACH); j < i; j++) if (NEGATORS.has(clause[j] ?? '')) return false;
  }
  return true;
}

/** How many counts of what was done the message holds: "5 rounds", "30 min", "4x6min". */
function countsIn(clauses: readonly Clause[]): number {
  let counts = 0;
  for (const clause of clauses)
    clause.forEach((word, i) => {
      if (FUSED_COUNT.test(word)) counts++;
      else if (NUMBER.test(word) || QUANTITIES.has(word)) {
        const next = clause[i + 1] === 'of' ? clause[i + 2] : clause[i + 1];
        if (next !== undefined && COUNT_UNITS.has(next)) counts++;
      }
    });
  return counts;
}

const hasClockTime = (clauses: readonly Clause[]): boolean => clauses.some((c) => c.some((w) => CLOCK_TIME.test(w)));

export interface RoutingScore {
  score: number;
  /** What was counted, for tests and debugging: cue words with their weight. */
  cues: string[];
}

/** The evidence behind the decision; each cue counts once, however often it appears. */
export function scoreTrainingLog(text: string): RoutingScore {
  const clauses = clausesOf(text);
  const found: string[] = [];
  let score = 0;
  const add = (label: string, weight: number): void => {
    score += weight;
    found.push(`${label} ${weight > 0 ? '+' : ''}${weight}`);
  };
  for (const cue of COMPILED) {
    if (clauses.some((clause) => clause.some((_, i) => matchesAt(cue, clause, i)))) add(cue.words, cue.weight);
  }
  const counts = countsIn(clauses);
  if (counts > 0) add('<count>', COUNT_WEIGHT);
  // "20 min dlr entries, 20 min rolling", "30 min drills then 4x5": time spent, broken down
  if (counts > 1) add('<counts>', BREAKDOWN_WEIGHT);
  if (hasClockTime(clauses)) add('<clock time>', 1);
  if (text.includes('?')) add('?', QUESTION_MARK_WEIGHT);
  const lower = text.toLowerCase();
  if (WRITE_UP.test(lower) || DAY_WRITE_UP.test(lower)) add('<write-up:>', WRITE_UP_WEIGHT);
  if (ORDINAL_SESSION.test(lower)) add('<nth session>', COUNT_WEIGHT);
  if (clauses.length > 1 && ASKS_AT_THE_END.test(lower) && lower.trim().split(/\s+/).length > 4)
    add('<ask at the end>', ASK_AT_THE_END_WEIGHT);
  return { score, cues: found };
}

/**
 * "2 gi classes and an open mat": sessions named and counted, with no verb or time that tells of
 * one that happened; as the answer to "how often do you train?", it is a week's habit.
 */
export function onlyCountsSessions(text: string): boolean {
  const { cues } = scoreTrainingLog(text);
  return cues.length > 0 && cues.every((c) => SESSION_COUNT_CUES.has(c.slice(0, c.lastIndexOf(' '))));
}
// classes, not what is done in one ("3 rolls", "5 rounds", "an hour of drills")
const SESSION_COUNT_CUES: ReadonlySet<string> = new Set([
  'class',
  'classes',
  'session',
  'sessions',
  'lesson',
  'open mat',
  'openmat',
  'fundamentals',
  'seminar',
  'workout',
  '<count>',
  'comp',
  'competition',
  'private',
  'drilling',
  'training',
  'practice',
]);

/**
 * "class: kimura from closed guard…", "top game day: double unders…", "tonight: x guard sweeps…": a
 * session or a day named and then described after a colon is how people write up training.
 */
const WRITE_UP =
  /\b(?:class|session|day|night|training|drilling|sparring|rolls|open mat|private|today|tonight|yesterday|this morning|last night|recap|notes|mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\s*:/;
const WRITE_UP_WEIGHT = 2;
/** "half guard day. underhook, dogfight, old school sweep.": a day named first, then what it held. */
const DAY_WRITE_UP = /^[a-z0-9 '/&+-]{2,30}\bday\s*[.!]+\s+\S/;
/** "Nth session this week", "second class": counting sessions already done. */
const ORDINAL_SESSION = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+(?:session|class|roll|time)\b/;
/** A story that ends in a short ask ("… under side control. escapes?", "Ideas?") is a request. */
const ASKS_AT_THE_END = /(?:^|[.!,;])\s*[^.!?,;]{1,25}\?\s*$/;
const ASK_AT_THE_END_WEIGHT = -3;

/**
 * True when the message reads as a report of training that happened; requests and ambiguity → false.
 * A story that ends in a question is judged by the question: asking for help with a technique is a
 * request; a complaint put as a question ("why is that so hard"), or a yes-or-no question about no
 * technique ("is it normal to be this sore?"), leaves the story to decide. A message that opens by
 * asking about a technique and then says what is missing ("loop choke? saw it at a comp, cant get it
 * to work") is a request.
 */
export function looksLikeTrainingLog(text: string): boolean {
  if (opensWithTechniqueQuestion(text)) return false;
  const closing = closingQuestion(text);
  if (closing?.kind === 'help') return false;
  if (closing?.kind === 'aside' && scoreTrainingLog(closing.story).score >= LOG_THRESHOLD) return true;
  return scoreTrainingLog(text).score >= LOG_THRESHOLD;
}
