// The cue tables chat.send's training-log score weighs (domain/chat-routing.ts): whole-word phrases
// that push a message toward a log (past-tense training, sessions, time words, narrative) or toward a
// request (asks, habits, plans: chat-request-cues.ts).

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

export const cues = (weight: number, phrases: readonly string[], extra: Omit<Cue, 'words' | 'weight'> = {}): Cue[] =>
  phrases.map((words) => ({ words, weight, ...extra }));

// After these, a participle describes a habit or a fear, not an event: "I always get passed".
const HABIT_AUXILIARIES = ['get', 'gets', 'getting', 'keep', 'keeps', 'be', 'being', 'im'];

export const PAST_TRAINING = [
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
  // "i held it most of the time", "my guard actually held up" (not "i always get held down")
  ...cues(1.5, ['held'], { notAfter: HABIT_AUXILIARIES }),
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

export const EVENTS = [
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

export const TIMES = [
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

export const NARRATIVE = cues(1, [
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
export const PERFECT = cues(1.5, ['has been', 'have been', 'weve been', 'so far']);
