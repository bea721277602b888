// The topic taxonomy as data: every way users name a canonical topic, plus the small vocabulary
// (intent words, clause words, misspellings) the extractor in domain/topics.ts reads it with.
//
// Conventions for the phrase lists:
// - write phrases in their base form; the extractor folds plurals and -s/-ing/-ed forms itself
//   ("armbar" also matches "armbars", "armbarred", "armbarring"), lower-cases, strips accents and
//   apostrophes ("d'arce" → "darce") and splits hyphens and slashes ("no-gi" → "no gi").
// - "(from|into) x" needs one of the bracketed words just before it but doesn't include it: the
//   word keeps its own job ("escape to half guard from side" still sees "from").
// - a phrase only matches as a whole-token sequence, and the longest phrase at a position wins
//   ("arm triangle" beats "triangle", "single leg x" beats "single leg", "north south choke" beats
//   "north south"); this is how ambiguous words are resolved, so add the longer phrase, not a rule.
import type { Attire, Position, Technique, TopicId } from './canonical-topics';

export type BaseTopic = Technique | Position | Attire;

const BELTS = ['white', 'blue', 'purple', 'brown', 'black'];
/** Every "prefix suffix" pair, for phrase families that only differ in a word or two. */
const phrasesOf = (prefixes: readonly string[], suffixes: readonly string[]): string[] =>
  prefixes.flatMap((p) => suffixes.map((s) => `${p} ${s}`));

/** Names, abbreviations, misspellings and named variations that mean exactly one canonical topic. */
export const TOPIC_ALIASES: Readonly<Record<BaseTopic, readonly string[]>> = {
  // ── submissions ───────────────────────────────────────────────────────────────────────────
  triangle: [
    'triangle', 'triangle choke', 'triangulo', 'sankaku', 'sankaku jime', 'reverse triangle', 'rear triangle',
    'side triangle', 'straight triangle', 'trianlge', 'tringle', 'traingle', 'triangel', 'triange',
    'trinagle', 'triagle', 'tri angle',
  ],
  arm_triangle: [
    'arm triangle', 'arm triangle choke', 'kata gatame', 'katagatame', 'head and arm choke',
    'head and arm triangle', 'head arm choke', 'arm tri', 'arm trianlge', 'arm tringle',
  ],
  armbar: [
    'armbar', 'arm bar', 'chave de braco', 'juji gatame', 'jujigatame', 'ude hishigi juji gatame', 'juji',
    // "armlock" is mostly said for the straight armbar; kimura/americana have their own names
    'armlock', 'arm lock', 'straight armlock', 'straight arm lock', 'straight armbar',
    'armbr', 'arbar', 'amrbar', 'armbarr', 'armabar',
  ],
  kimura: [
    'kimura', 'kimura trap', 'kimura grip', 'double wristlock', 'double wrist lock', 'reverse ude garami',
    'kimora', 'kimure', 'kamura',
  ],
  americana: [
    'americana', 'keylock', 'key lock', 'paintbrush', 'americano', 'americanna', 'amaricana', 'amercana',
    'americana lock',
  ],
  omoplata: ['omoplata', 'omo plata', 'omo', 'omoplatta', 'omaplata', 'omoplota', 'omaplatta', 'ashi sankaku garami'],
  guillotine: [
    'guillotine', 'arm in guillotine', 'high elbow guillotine', 'ten finger guillotine', 'guillo',
    'guilotine', 'gillotine', 'guillotene', 'guilottine', 'giullotine', 'guillitine', 'guilltine',
    'gulliotine', 'guilatine', 'guillatine', 'guillotin',
  ],
  darce: ['darce', 'd arce', 'darse', 'darcy choke', 'brabo', 'brabo choke', 'darce choke'],
  anaconda: ['anaconda', 'anaconda choke', 'gator roll', 'anacoda', 'anaconada'],
  rear_naked_choke: [
    'rear naked choke', 'rear naked', 'rnc', 'mata leao', 'hadaka jime', 'naked choke',
    'rear naked strangle', 'rear naked chock', 'rear nake choke',
  ],
  bow_and_arrow: ['bow and arrow', 'bow n arrow', 'bow arrow', 'bow and arrow choke'],
  loop_choke: ['loop choke', 'loop chokes'],
  baseball_choke: ['baseball choke', 'baseball bat choke', 'baseball bat', 'baseball'],
  cross_collar_choke: [
    'cross collar choke', 'cross collar', 'cross choke', 'collar choke', 'x choke',
    'juji jime', 'nami juji jime', 'gyaku juji jime', 'kata juji jime',
  ],
  ezekiel: ['ezekiel', 'ezekiel choke', 'ezequiel', 'ezekial', 'ezekeil', 'ezikiel', 'sode guruma jime', 'sleeve choke'],
  north_south_choke: ['north south choke', 'n/s choke', 'northsouth choke'],
  heel_hook: [
    'heel hook', 'heelhook', 'inside heel hook', 'outside heel hook', 'inside heel', 'outside heel',
    'reverse heel hook', 'heal hook', 'heelhok', 'heel hok',
  ],
  kneebar: ['kneebar', 'knee bar', 'knee lock'],
  straight_ankle_lock: [
    'straight ankle lock', 'ankle lock', 'anklelock', 'straight footlock', 'straight foot lock',
    'footlock', 'foot lock', 'achilles lock', 'achilles', 'belly down ankle lock',
  ],
  toe_hold: ['toe hold', 'toehold'],
  wristlock: ['wristlock', 'wrist lock'],

  // ── movement and control ──────────────────────────────────────────────────────────────────
  guard_passing: [
    'guard passing', 'guard pass', 'pass', 'pass the guard', 'passing game', 'stack pass',
    'torreando', 'toreando', 'toriando', 'torreano', 'toreano', 'bullfighter', 'bull fighter',
    'knee slice', 'knee cut', 'knee slide', 'knee through', 'over under', 'double under',
    'leg drag', 'leg weave', 'long step', 'smash pass', 'pressure pass', 'x pass', 'float pass', 'tripod pass',
    'body lock pass', 'headquarters', 'hq position', 'passagem', 'passagem de guarda',
  ],
  guard_retention: [
    'guard retention', 'retention', 'retain', 'retain guard', 'retain my guard',
    'keep my guard', 'keep guard', 'guard recovery', 'recover guard', 'recover my guard',
    'get my guard back', 'get guard back', 'get the guard back', 'get back to guard', 'get back to my guard',
    'reguard', 're guard', 'regain guard', 'granby', 'granby roll',
    ...phrasesOf(['keep people', 'keep them', 'keep guys', 'keep someone', 'keep opponents'], ['in my guard', 'in guard']),
  ],
  sweep: [
    'sweep', 'sweap', 'hip bump', 'pendulum', 'tripod', 'hook sweep', 'reversal', 'raspagem',
  ],
  takedown: [
    'takedown', 'take down', 'tekedown', 'takedwon', 'single leg', 'double leg', 'ankle pick',
    'high crotch', 'low single', 'snap down', 'duck under', 'outside trip', 'inside trip',
    'wrestling', 'wrestle', 'wrestler', 'shoot in', 'level change', 'fireman carry', 'firemans carry',
    'blast double',
  ],
  throw: [
    'throw', 'judo', 'hip throw', 'hip toss', 'osoto gari', 'o soto gari', 'osoto', 'ouchi gari',
    'o uchi gari', 'kouchi gari', 'ko uchi gari', 'kosoto gari', 'uchi mata', 'uchimata',
    'seoi nage', 'seoinage', 'ippon seoi nage', 'drop seoi', 'harai goshi', 'o goshi', 'ogoshi',
    'uki goshi', 'tai otoshi', 'sumi gaeshi', 'tomoe nage', 'ashi barai', 'de ashi barai',
    'foot sweep', 'sasae tsurikomi ashi', 'koshi guruma',
  ],
  back_take: [
    'back take', 'backtake', 'take the back', 'take back', 'to the back', 'to back', 'get the back',
    'get to the back', 'the back take', 'take his back', 'take her back', 'take their back',
    'take someones back', 'take somebodys back', 'take your back', 'berimbolo', 'bolo',
    'berimbollo', 'berimbo', 'crab ride', 'kiss of the dragon', 'arm drag to the back',
  ],

  // ── positions ─────────────────────────────────────────────────────────────────────────────
  closed_guard: ['closed guard', 'guarda fechada', 'closedguard', 'close guard', 'full guard', 'clsoed guard', 'closed gaurd'],
  open_guard: ['open guard', 'guarda aberta', 'openguard', 'seated guard', 'sitting guard'],
  half_guard: [
    'half guard', 'halfguard', 'half', 'z guard', 'knee shield', 'lockdown', 'lock down',
    'quarter guard', 'meia guarda', 'top half', 'bottom half',
  ],
  deep_half_guard: ['deep half', 'deep half guard', 'deephalf', 'deep halfguard'],
  butterfly_guard: ['butterfly', 'butterfly guard', 'butterfly hook', 'buterfly', 'butterfy', 'butter fly'],
  // a bare "x" is a letter, so X guard needs its word or a preposition that makes it a place
  x_guard: ['x guard', 'xguard', '(from|into|to|in|enter) x'],
  single_leg_x: ['single leg x', 'single leg x guard', 'slx', 'single x', 'x ashi', 'ashi x'],
  de_la_riva: ['de la riva', 'dlr', 'delariva', 'dela riva', 'de la riba', 'de la reva', 'de la rive', 'de riva'],
  reverse_de_la_riva: [
    'reverse de la riva', 'rdlr', 'reverse dlr', 'reverse delariva', 'reverse dela riva', 'reverse de la riba',
  ],
  spider_guard: ['spider guard', 'spider', 'spyder'],
  lasso_guard: ['lasso guard', 'lasso', 'laso'],
  mount: [
    'mount', 'montada', 'full mount', 's mount', 'high mount', 'low mount', 'technical mount', 'top mount',
    'mount position', 'moutn',
  ],
  side_control: [
    'side control', 'sidecontrol', 'side mount', 'sidemount', 'side controll', 'side contol',
    'kesa gatame', 'kesa', 'reverse kesa', 'scarf hold', '100 kilos', 'hundred kilos', 'cross side',
    'crossside', 'yoko shiho gatame', '(from|bottom|under|escape|escaping) side',
  ],
  knee_on_belly: [
    'knee on belly', 'knee on the belly', 'knee on stomach', 'knee on the stomach', 'knee on chest',
    'kob', 'knee ride', 'knee mount', 'kneeonbelly', 'knee belly',
  ],
  north_south: ['north south', 'northsouth', 'n/s'],
  back_control: [
    'back control', 'back mount', 'backmount', 'the back', '(from|or|and|vs|versus) back', 'rear mount', 'back position',
    'back attack', 'back controll', 'costas', 'seatbelt', 'seat belt', 'hooks in', 'body triangle',
    // "the back" is a phrase of its own, so its longer forms must be too
    'the back mount', 'the back control', 'the back position', 'the back attack',
  ],
  turtle: ['turtle', 'turtle position', 'turtel', 'turle'],
  standing: ['standing', 'stand up', 'standup', 'on the feet', 'from the feet', 'standing position'],

  // ── attire ────────────────────────────────────────────────────────────────────────────────
  gi: ['gi', 'gis', 'kimono', 'in the gi', 'with the gi', 'with gi'],
  'no-gi': [
    'no gi', 'nogi', 'nohi', 'non gi', 'without the gi', 'without gi', 'without a gi', 'without a gi on',
    'no kimono', 'submission grappling', 'adcc', '10th planet',
  ],
};

/**
 * Phrases that mean several topics at once, or that carry the user's defensive intent inside
 * themselves ("take my back" is someone else taking it; "sprawl" is takedown defence).
 */
export const COMPOUND_ALIASES: readonly { phrases: readonly string[]; topics: readonly BaseTopic[]; defending?: true }[] = [
  // "leg locks" names no single lock. We map the family to the two every leg-lock curriculum is
  // built on (heel hook and straight ankle lock); kneebar and toe hold only when named, so a
  // generic question doesn't drag in four ids, most of them unwanted.
  {
    phrases: ['leg lock', 'leglock', 'leg locking', 'lower body submissions', 'lower body subs', 'leg attacks', 'foot locks and heel hooks'],
    topics: ['heel_hook', 'straight_ankle_lock'],
  },
  { phrases: ['mounted triangle'], topics: ['triangle', 'mount'] },
  { phrases: ['mounted armbar'], topics: ['armbar', 'mount'] },
  { phrases: ['spider lasso', 'lasso spider'], topics: ['spider_guard', 'lasso_guard'] },
  { phrases: ['half butterfly', 'half butterfly guard'], topics: ['half_guard', 'butterfly_guard'] },
  // the Von Flue choke exists only as the answer to someone's guillotine
  { phrases: ['von flue', 'von flue choke'], topics: ['guillotine'], defending: true },
  { phrases: ['sprawl'], topics: ['takedown'], defending: true },
  { phrases: ['upa', 'trap and roll', 'bridge and roll'], topics: ['mount'], defending: true },
  { phrases: ['back escape', 'back defense', 'back defence', 'back survival'], topics: ['back_control'], defending: true },
  {
    phrases: ['pass my guard', 'break my guard', 'open my guard'],
    topics: ['guard_passing'],
    defending: true,
  },
  {
    phrases: ['take my back', 'get my back', 'my back taken'],
    topics: ['back_take'],
    defending: true,
  },
  { phrases: ['take me down'], topics: ['takedown'], defending: true },
  // "my back" alone is usually pain; someone having it is back control
  { phrases: ['has my back', 'have my back', 'had my back', 'on my back with hooks'], topics: ['back_control'], defending: true },
  // "retention" alone is guard retention; kept on top it is holding that position
  { phrases: ['back retention', 'back control retention', 'retain the back', 'retain back', 'retain back control'], topics: ['back_control'] },
  { phrases: ['mount retention', 'retain mount', 'retain the mount'], topics: ['mount'] },
  { phrases: ['side control retention', 'retain side control'], topics: ['side_control'] },
  // greedy matching would read "to back control" as "to back" (back take) + a stray "control"
  { phrases: ['to back control', 'to back mount', 'to the back mount', 'to the back control'], topics: ['back_control'] },
];

/**
 * Phrases that look like a topic but are not one. They win by being longer ("back pain" hides
 * "back", "half the time" hides "half", "self defense" hides the intent word "defense").
 */
export const NOT_TOPICS: readonly string[] = [
  'back pain', 'lower back', 'upper back', 'my back', 'back of', 'the back of', 'back to', 'back step', 'backstep',
  'back door', 'come back', 'get back', 'go back', 'back hurts', 'back injury', 'back home',
  'half the', 'half of', 'half a', 'half an', 'half nelson', 'half time', 'half hour', 'half way',
  'pass out', 'passed out', 'pass away', 'passing out', 'x ray', 'throw up', 'throw in the towel',
  'pass a test',
  'the back step',
  '50/50', '50 50', 'fifty fifty', 'inside sankaku', 'honey hole', 'saddle',
  'rash guard', 'self defense', 'self defence', 'gi bag', 'stand up for',
  'sweep the mat', 'sweep the floor', 'sweep up', 'throw off my', 'throw off the', 'throw me off',
  'clean sweep', 'love triangle', 'like a turtle', 'butterflies in my stomach',
  ...phrasesOf(['mount a', 'mount my', 'mount the'], ['gopro', 'camera', 'phone', 'tv', 'tripod', 'shelf']),
  ...phrasesOf(['judo'], ['coach', 'instructor', 'sensei', 'way', 'term', 'name', 'club', 'class', 'guy', 'background']),
  ...phrasesOf(['they', 'he', 'she', 'people', 'someone', 'opponent', 'opponents'], ['sprawl']),
  ...phrasesOf(['pass my', 'pass the'], BELTS.flatMap((b) => [`${b} belt`, `${b} belt grading`, `${b} belt test`, `${b} belt exam`, `${b} belt promotion`])),
  ...phrasesOf(['pass my', 'pass the'], ['stripe test', 'stripe grading', 'grading', 'test', 'exam', 'belt test', 'belt exam', 'belt grading', 'promotion']),
  ...phrasesOf(['guard my', 'keep guard my'], ['knee', 'knees', 'injury', 'shoulder', 'elbow', 'ribs', 'ankle', 'neck', 'back']),
];

/**
 * The user's own defensive action: defending a technique (→ `T_defense`) or escaping a position
 * (→ `P_escape`). Connector words are part of the phrase where they would otherwise end the
 * clause ("escape from mount", "counters to the kimura"). Ignored when the opponent is the
 * subject ("finish the armbar when they defend").
 */
export const DEFENDING_PHRASES: readonly string[] = [
  'escape', 'escape from', 'escape out of', 'escpae', 'excape', 'esacpe', 'escapse',
  'get out', 'get out of', 'get out from', 'get out from under', 'get away from', 'break free', 'break free from',
  'defend', 'defend against', 'defense', 'defense against', 'defense to', 'defense for', 'defense from',
  'defnese', 'defese', 'defens', 'defnse', 'deffense', 'defenes', 'defenc', 'defnd', 'defedn', 'escpe', 'escae', 'esape',
  'counter', 'counter to', 'counter for', 'counter against', 'answer to', 'answer for',
  'stop', 'prevent', 'avoid', 'survive', 'survival', 'deal with', 'beat', 'block', 'shut down', 'neutralize',
  'nullify', 'anti', 'protect against', 'protect from', 'fight off',
  'stuff a', 'stuff the', 'stuff his', 'stuff her', 'stuff their', 'stuff my',
  'keep my arm safe', 'keep my neck safe', 'keep my leg safe', 'keep my knee safe',
  'protect my arm', 'protect my neck', 'protect my leg', 'protect my knee',
  'sit out', 'sitout', 'sit out from',
  'shrimp', 'shrimp out', 'shrimp out of', 'bridge out', 'bridge out of', 'roll out of', 'wriggle out',
];

/** Someone doing it to the user ("has me in mount", "keep getting caught in triangles"): whoever the subject is. */
export const RECEIVING_PHRASES: readonly string[] = [
  'smash me', 'smash me in', 'crush me', 'crush me in', 'pin me', 'pin me in', 'hold me down', 'hold me down in',
  'lost by', 'lost to', 'lose to', 'beaten by',
  'hate being in', 'hate being under', 'hate being stuck in', 'hate being stuck under', 'hate getting',
  'stuck', 'stuck in', 'stuck under', 'trapped', 'pinned', 'caught in', 'get caught', 'caught by',
  'tap to', 'tapped by', 'tapped with', 'tapped from', 'submitted by', 'submitted with',
  'tap out to', 'tapped out by', 'tapped out with', 'tapped out from',
  'has me', 'have me', 'had me', 'got me', 'put me', 'puts me', 'catch me', 'caught me', 'off me',
];

/** Right after a technique or position, these make it something done to the user: "people triangling me". */
export const AIMED_AT_USER: readonly string[] = ['me', 'on me', 'against me', 'to me'];

/**
 * After a technique, "my" and one of these (or a position) make it done to the user too: "they pass
 * my half guard", "always armbar my left arm". Only after a technique: "mount my opponent" is the user's.
 */
export const USERS_OWN: readonly string[] = [
  'guard', 'back', 'arm', 'arms', 'neck', 'leg', 'legs', 'foot', 'feet', 'ankle', 'knee', 'wrist', 'heel', 'toes', 'hips',
];

/** Participles the -ed rule can't see; "keep getting swept" is as defensive as "getting passed". */
export const IRREGULAR_PARTICIPLES: readonly string[] = ['swept', 'thrown', 'taken', 'caught', 'beaten', 'stuck'];

/** Irregular forms and common misspellings of short words, folded before matching ("took the back" = "take the back"). */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  swept: 'sweep', threw: 'throw', thrown: 'throw', took: 'take', taken: 'take', got: 'get', gotten: 'get',
  gaurd: 'guard', gurad: 'guard', gard: 'guard', guad: 'guard', garud: 'guard', chock: 'choke', choak: 'choke',
  controll: 'control', contol: 'control', conrol: 'control', mout: 'mount',
  defence: 'defense', defences: 'defense', versus: 'vs',
};

/** Words kept as typed: folding them would merge them with an unrelated base ("trapped" ≠ "trap", "standing" ≠ "can't stand"). */
export const UNSTEMMED_WORDS: readonly string[] = ['trapped', 'pinned', 'standing', 'butterflies'];

/** Words after which an -ed form is passive: "getting passed", "I keep getting triangled", "when mounted". */
export const PASSIVE_AUXILIARIES: readonly string[] = [
  'get', 'gets', 'getting', 'got', 'gotten', 'keep', 'keeps', 'kept', 'be', 'being', 'been',
  'is', 'are', 'was', 'were', 'am', 'im', 'when', 'whenever', 'if',
];

/** The other person acting: "when they escape mount", "stop people from escaping my mount" is their escape, not the user's. */
export const OPPONENT_WORDS: readonly string[] = [
  'they', 'he', 'she', 'theyre', 'hes', 'shes', 'opponent', 'opponents', 'partner', 'partners',
  'someone', 'somebody', 'people', 'guy', 'guys', 'person', 'them',
];

/** Words that end the reach of an intent word: "escape mount and then armbar", "escape side control to half guard". */
export const CLAUSE_WORDS: readonly string[] = [
  'and', 'or', 'then', 'but', 'to', 'into', 'onto', 'from', 'after', 'before', 'so', 'vs', 'versus',
  'while', 'because', 'also', 'plus', 'than', 'instead', '/',
];

/** Words that join a list of topics that share one intent: "mount and side control escapes". */
export const LIST_WORDS: readonly string[] = ['and', 'or', 'plus', 'n', '/', ','];

/** Words that may sit between list items or between an intent word and its topic. */
export const FILLER_WORDS: readonly string[] = ['the', 'a', 'an', 'my', 'your', 'his', 'her', 'their', 'someones'];

/** Words that mark the topic after them as a destination ("escape side control to half guard"). */
export const DESTINATION_WORDS: readonly string[] = ['to', 'into', 'onto', 'towards'];

/** Words that mark the topic after them as the place being left ("escaping to guard from side control"). */
export const ORIGIN_WORDS: readonly string[] = ['from', 'under', 'of'];

/**
 * English words one letter away from a long alias word, which the typo corrector must leave alone
 * ("remain" is not "retain", "slider" is not "spider", "american" is not "americana"). Found by
 * running every word of a dictionary word list through the corrector; rerun that check when adding
 * long aliases.
 */
export const NEVER_CORRECTED: readonly string[] = [
  'american', 'americans', 'better', 'buttery', 'chance', 'charge', 'closer', 'detain', 'detention', 'fickle',
  'fitting', 'granny', 'hitting', 'hurtle', 'kringle', 'nickle', 'pickle', 'regard', 'remain', 'retail', 'retrain',
  'sanding', 'scrawl', 'setting', 'sickly', 'slider', 'snider', 'snyder', 'spidery', 'standings', 'strange',
  'stranding', 'suckle', 'though', 'tickle', 'tingle', 'triage', 'tripos', 'walloon', 'wresting',
  // Common short words one letter from a word inside a longer alias ("near mount" is not "rear mount").
  'near', 'form', 'ever', 'cover', 'then', 'make', 'sake', 'wake', 'lake', 'bake', 'tale', 'stake', 'wheel', 'cook',
  'book', 'best', 'melt', 'rock', 'lack', 'clock', 'short', 'draw', 'fear', 'dear', 'year', 'wear', 'tear', 'gear',
  'bear', 'cold', 'gold', 'sold', 'fold', 'hold', 'ball', 'fall', 'fill', 'fell', 'feed', 'meet', 'food', 'boot', 'root',
  'some', 'same', 'came', 'fame', 'gate', 'kick', 'pick', 'sick', 'pack', 'miss', 'loss', 'poll', 'role', 'ride', 'tide',
  'wide', 'pride', 'town', 'tour', 'song', 'along', 'wish', 'worth', 'forth', 'mouth', 'youth', 'sand', 'stick', 'stock',
];

/** Guards the user plays from the bottom: "my closed guard" is the user's own, not a position to escape. */
export const GUARD_POSITIONS: readonly TopicId[] = [
  'closed_guard', 'open_guard', 'half_guard', 'deep_half_guard', 'butterfly_guard', 'x_guard', 'single_leg_x',
  'de_la_riva', 'reverse_de_la_riva', 'spider_guard', 'lasso_guard',
];

/** Topics an intent word never turns into `_defense`/`_escape`: attire, standing, and retention itself. */
export const NO_INTENT_TOPICS: readonly TopicId[] = ['gi', 'no-gi', 'standing', 'guard_retention'];
