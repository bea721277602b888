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
import { GUARDS, type Attire, type Position, type Technique, type TopicId } from './canonical-topics';

export type BaseTopic = Technique | Position | Attire;

const BELTS = ['white', 'blue', 'purple', 'brown', 'black'];
// "i never got close", "so close": near, not the guard
const NEAR_WORDS = ['got', 'get', 'gets', 'getting', 'came', 'come', 'so', 'too', 'pretty', 'really'];
/** Whom a takedown puts down: "take him down", "get people down". */
const TAKEN_DOWN = [
  'him down',
  'her down',
  'them down',
  'em down',
  'people down',
  'someone down',
  'guys down',
  'my opponent down',
  // "how do i get the fight to the ground"
  ...['it', 'the fight', 'him', 'her', 'them', 'people', 'my opponent'].map((who) => `${who} to the ground`),
];
/** Every "prefix suffix" pair, for phrase families that only differ in a word or two. */
const phrasesOf = (prefixes: readonly string[], suffixes: readonly string[]): string[] =>
  prefixes.flatMap((p) => suffixes.map((s) => `${p} ${s}`));
/**
 * Putting someone down, asked for ("how do i take him down", "wanna get them down myself"), not told
 * ("every time i take them down": what happened before the question). "taking" is "take" once
 * folded: "start taking people down" is read by its "start".
 */
const PUTTING_DOWN = [
  // "how do i actually get someone down"
  ...['to', 'wanna', 'gotta', 'can', 'cant', 'could', 'should', 'start', 'actually'].flatMap((w) => [
    `(${w}) take`,
    `(${w}) get`,
    `(${w}) bring`,
  ]),
  ...phrasesOf(['do i', 'can i', 'do you', 'do we'], ['take', 'get', 'bring']),
];

/** Names, abbreviations, misspellings and named variations that mean exactly one canonical topic. */
export const TOPIC_ALIASES: Readonly<Record<BaseTopic, readonly string[]>> = {
  // ── submissions ───────────────────────────────────────────────────────────────────────────
  triangle: [
    // its shape: "kept locking the dorito on me" (a context word: the chips are no topic)
    'dorito',
    // Korean romanized: "teuraianggeul from closed guard"
    'teuraianggeul',
    // "my wife wants to hit the tri" (the tri alone may be a triathlon)
    ...['hit the tri', 'finish the tri', 'lock the tri', 'lock up the tri'],
    // "pa-share naman ng tri vids"
    'tri vids',
    'tri videos',
    // "my tri game"
    'tri game',
    'triangle',
    'triangle choke',
    'triangulo',
    'sankaku',
    'sankaku jime',
    'reverse triangle',
    'rear triangle',
    'side triangle',
    'straight triangle',
    'trianlge',
    'tringle',
    'traingle',
    'triangel',
    'triange',
    'trinagle',
    'triagle',
    'tri angle',
    'tri',
    // clipped: "armbr trian combo frm cg"
    'trian',
    // voice to text
    'try angle choke',
    'try angle',
  ],
  arm_triangle: [
    // Korean romanized: "arm teuraianggeul"
    'arm teuraianggeul',
    'arm triangle',
    'arm triangle choke',
    'kata gatame',
    'katagatame',
    'head and arm choke',
    'head and arm triangle',
    'head arm choke',
    'arm tri',
    'armtri',
    'arm trianlge',
    'arm tringle',
    'arm triange',
    'arm try angle',
  ],
  armbar: [
    // "i wanna go straight arm from the back"
    '(go) straight arm',
    'armbar',
    'arm bar',
    // said into a phone: "the arm bear from the clothes guard"
    'arm bear',
    // slang: "choi bar"
    'choi bar',
    'chave de braco',
    'juji gatame',
    'jujigatame',
    'ude hishigi juji gatame',
    'juji',
    // "armlock" is mostly said for the straight armbar; kimura/americana have their own names
    'armlock',
    'arm lock',
    'straight armlock',
    'straight arm lock',
    'straight armbar',
    'armbr',
    'arbar',
    'amrbar',
    'armbarr',
    'armabar',
    'palanca al brazo',
    'army bar',
  ],
  kimura: [
    // voice to text: "my key more from north south"
    'key more',
    'key mura',
    // voice to text: "key more a from side control", "the come euro from half"
    'key more a',
    'come euro',
    'kimura',
    // "kimu de 100k" (a topic only beside another: data/everyday-senses.ts)
    'kimu',
    'kimura trap',
    'kimura grip',
    'double wristlock',
    'double wrist lock',
    'chicken wing',
    'kimmy',
    // said into a phone: "a kim era from half guard"
    'kim era',
    'kim ura',
    'key mura',
    'key murder',
    // the keylock turned the other way
    'reverse keylock',
    'reverse key lock',
    'kimmy trap',
    'reverse ude garami',
    'kimora',
    'kimure',
    'kamura',
    // voice to text
    'key mura',
    'kee mura',
    'key mora',
  ],
  americana: [
    // said into a phone: "arm locks from mount like the a miracana"
    'a miracana',
    'miracana',
    // voice to text: "a merry Kana from side control"
    'a merry kana',
    'merry kana',
    'americana',
    'keylock',
    'key lock',
    'paintbrush',
    'americano',
    'americanna',
    'amaricana',
    'amercana',
    'americana lock',
    'top wristlock',
    'top wrist lock',
    'american a',
    'america na',
  ],
  // voice to text: "oma plata"
  omoplata: [
    // voice to text: "Omaha plata setups from closed God"
    'omaha plata',
    'oma plotter',
    // said into a phone: "omma plata pls"
    'omma plata',
    'oma plata',
    'omoplata',
    'omo plata',
    // said into a phone
    'oh my plata',
    'omo',
    // "oma from spider" (a topic only beside another: data/everyday-senses.ts)
    'oma',
    'omoplatta',
    'omaplata',
    'omoplota',
    'omaplatta',
    'ashi sankaku garami',
    'oma plata',
    // voice to text hears a name: "omar plata from closed g"
    'omar plata',
    'omar platta',
    'marceloplata',
    'monoplata',
    'oh mo plata',
  ],
  guillotine: [
    // Korean romanized
    'gillotin',
    // voice to text: "gill a teen from half"
    'gill a teen',
    // voice to text and phonetic spellings: "defend the gillateen"
    'gillateen',
    'guillateen',
    'gilly teen',
    'gillotine',
    'gilotine',
    'guillotine',
    'arm in guillotine',
    'high elbow guillotine',
    'ten finger guillotine',
    'guillo',
    'guilotine',
    'gillotine',
    'guillotene',
    'guilottine',
    'giullotine',
    'guillitine',
    'guilltine',
    'gulliotine',
    'guilatine',
    'guillatine',
    'guillotin',
    'marcelotine',
    'gilly',
    'gilly choke',
    'gila teen',
  ],
  darce: [
    // voice to text: "dark say choke from the turtle"
    'dark say',
    'darce',
    'd arce',
    'darse',
    'darcy choke',
    // also a name: a topic only beside BJJ words (data/everyday-senses.ts)
    'darcy',
    'brabo',
    'brabo choke',
    'darce choke',
    // the darce off a front headlock, rolled through
    'ninja choke',
    'ninja roll choke',
    'darth choke',
    'dark choke',
    'darts choke',
    'darcey',
    'dar say',
  ],
  // "ana or darce": shorthand, a topic only beside BJJ words (data/everyday-senses.ts)
  // "and a conda" said into a phone
  anaconda: ['anaconda', 'anaconda choke', 'gator roll', 'anacoda', 'anaconada', 'anna conda', 'ana', 'anny', 'conda'],
  rear_naked_choke: [
    // "are and see from back mount": r-n-c said aloud
    'are and see',
    'r n c',
    // "i can never finish the choke from behind": the choke of the back by its place
    'the choke from behind',
    // a slip of two letters: "rear necked choke"
    'rear necked choke',
    'rear necked',
    'rear naked choke',
    // mata leão said into a phone
    'matter leo',
    'mata leo',
    'rear naked',
    // run together: "reernaked choke defence"
    'rearnaked',
    'rnc',
    'mata leao',
    'hadaka jime',
    'naked choke',
    'rear naked strangle',
    'rear naked chock',
    'rear nake choke',
    'sleeper hold',
    'sleeper choke',
    'lion killer',
    'naked strangle',
  ],
  bow_and_arrow: [
    // slips: "bwo and arrow", "bow and aroe"
    'bwo and arrow',
    'bow and aroe',
    // "BnA choke finishing grip"
    'bna',
    'b n a',
    'bow and arrow',
    'bow n arrow',
    'bow arrow',
    'bow and arrow choke',
    'b and a',
    'b and a choke',
    'b n a',
    // said into a phone: "the bone arrow choke from the back"
    'bone arrow choke',
    'bone and arrow',
    'bow in arrow',
    'bow an arrow',
    'bow an arrow choke',
    'bow and error',
    'bow and aero',
    'bow ad arrow',
    'bo and arrow',
    'bone arrow',
  ],
  loop_choke: [
    'loop choke',
    'loop chokes',
    'estrangulamento loop',
    'estrangulamento em laco',
    'estrangulacion en lazo',
    'estrangulacion loop',
    'loupe choke',
  ],
  baseball_choke: [
    'baseball choke',
    'baseball bat choke',
    // "bball bat choke off knee on belly"
    'bball bat choke',
    'bball choke',
    'baseball bat',
    'baseball',
    'baseball bat chalk',
    'baseball chalk',
    // a compound split by ear: "the base ball choke from knee on belly"
    'base ball choke',
    'base ball bat choke',
    'estrangulamento beisebol',
    'estrangulamento de beisebol',
    'estrangulamento baseball',
    'estrangulacion beisbol',
    'estrangulacion baseball',
  ],
  cross_collar_choke: [
    // run together, a letter dropped: "crosscolar chocke from closd guard"
    'crosscolar',
    'cross colar',
    'cross collar choke',
    'cross collar',
    // voice-to-text hears "collar" as "color"
    'cross color choke',
    'cross color',
    'cross choke',
    'cc choke',
    'collar choke',
    'x choke',
    // "x-collar from closed guard"
    'x collar',
    'x collars',
    'juji jime',
    'nami juji jime',
    'gyaku juji jime',
    'kata juji jime',
    'estrangulacion de solapa cruzada',
    'cross caller choke',
  ],
  ezekiel: [
    // voice to text: "is a kill choke from mount"
    'is a kill choke',
    'ezekiel',
    // cut short: "ezeki from mount in the gi pls"
    'ezeki',
    'ezekiel choke',
    'ez choke',
    'ezequiel',
    'ezekial',
    'ezekeil',
    'ezikiel',
    'eziekel',
    'ezeikel',
    'sode guruma jime',
    'sleeve choke',
    'zeke',
    'zeek',
    'zeke choke',
    'ezzy',
    'ezzy choke',
    'ezy choke',
    // voice to text
    'easy kill choke',
    'easy keel choke',
    // "a kiel choke from inside somebodys guard", "eskiel": the name said or spelled by ear
    'kiel choke',
    'eskiel',
    'esekiel',
    'zekiel',
    'sleeve wheel choke',
  ],
  north_south_choke: [
    // said into a phone
    'north self choke',
    // voice to text: "north sow choke"
    'north sow choke',
    'north south choke',
    'n/s choke',
    'northsouth choke',
    'ns choke',
    'n s choke',
    'nsc',
    'nor south choke',
    'north/south choke',
  ],
  heel_hook: [
    // voice to text: "hell hook defense", "he'll hook"
    'hell hook',
    'heel hook',
    'heelhook',
    'heelhk',
    'hh',
    'inside heel hook',
    'outside heel hook',
    'inside heel',
    'outside heel',
    'reverse heel hook',
    'heal hook',
    'heelhok',
    'heel hok',
    'heel',
    'heelie',
    'heelies',
    'heely',
    'ihh',
    'heel hool',
    'heek hook',
  ],
  // "kb from 50/50"
  // "need bar from top half guard": the name said into a phone
  kneebar: ['kneebar', 'knee bar', 'knee lock', 'kb', 'kbar', 'need bar'],
  straight_ankle_lock: [
    'straight ankle lock',
    // "slx to the ankle", "go for the ankle"
    '(to|for) the ankle',
    'ankle lock',
    'anklelock',
    'straight footlock',
    'straight foot lock',
    'footlock',
    'foot lock',
    'achilles lock',
    'achilles',
    'belly down ankle lock',
    'straight ankle',
    'straight ankles',
    'ankle crank',
    // Australian chat's diminutive: "footy defense??" (and the football: WEAK_ALIASES asks company)
    'footy',
    'footies',
    'crank my ankle',
    'cranking my ankle',
    'cranked my ankle',
    'luxacion de tobillo',
  ],
  toe_hold: [
    'toe hold',
    // "the toe holt from top half, the fig 4 on the foot"
    'toe holt',
    ...['figure 4', 'fig 4', 'figure four'].map((fig) => `${fig} on the foot`),
    'toehold',
    'tow hold',
    'toe held',
    'toe holded',
    'torcao de pe',
    'toe hild',
    'toe hokd',
    'toad hold',
    'foot kimura',
  ],
  wristlock: [
    // chat's diminutive: "a sneaky wristy"
    'wristy',
    'wristies',
    'wristlock',
    'wrist lock',
    'wristie',
    'chave de munheca',
    'luxacion de muneca',
    'wrist log',
    // said into a phone: "rest lock from closed guard"
    'rest lock',
  ],

  // ── movement and control ──────────────────────────────────────────────────────────────────
  guard_passing: [
    // Spanish, the pass as a noun: "un pase de media guarda", "los pases de guardia"
    '(un|el|los|mis|sus|ese|este) pase',
    // "what actually makes someone a good passer"
    '(good|better|great|decent) passer',
    // "how do i get past the legs safely"
    'get past the legs',
    // "i can't get past anyone's legs when i'm on top"
    'get past anyones legs',
    'get past peoples legs',
    'get past his legs',
    'get past their legs',
    'getting past the legs',
    'guard passing',
    'guard pass',
    'pass',
    'pass the guard',
    'passing game',
    'stack pass',
    'torreando',
    'toreando',
    'toriando',
    'torreano',
    'toreano',
    // Portuguese: "uma toreada rapidinha"
    'toreada',
    'torreada',
    'bullfighter',
    'bull fighter',
    'knee slice',
    'knee cut',
    'knee slide',
    'knee through',
    'over under',
    'double under',
    'leg drag',
    'leg weave',
    'long step',
    'smash pass',
    'pressure pass',
    'x pass',
    'float pass',
    'tripod pass',
    'body lock pass',
    'headquarters',
    'hq position',
    // chat's short form: "hq vs bigger guys" (a company's head office is no pass: data/everyday-senses.ts)
    'hq',
    'hq passing',
    'hq pass',
    'passagem',
    'passagem de guarda',
  ],
  guard_retention: [
    // "leg pumeling vs toreando guys"
    'leg pummeling',
    'leg pummelling',
    'leg pumeling',
    'pummeling the legs',
    // "passed" spelled as it sounds: "how do i stop getting my guard past"
    ...['my guard past', 'guard gets past', 'guard got past', 'guard keeps getting past'],
    // spelled as said: "guard retenshun drills"
    'guard retenshun',
    'retenshun',
    // "guard ret vs leg drag"
    'guard ret',
    'guard retention',
    'retention',
    'retain',
    'retain guard',
    'retain my guard',
    'keep my guard',
    // "how do i keep the guard alive"
    ...['keep the guard alive', 'keep my guard alive', 'keep guard alive'],
    'keep guard',
    'guard recovery',
    'recover guard',
    'recover my guard',
    'get my guard back',
    'get guard back',
    'get the guard back',
    'get back to guard',
    'get back to my guard',
    'reguard',
    're guard',
    'regain guard',
    'granby',
    'granby roll',
    ...phrasesOf(
      ['keep people', 'keep them', 'keep guys', 'keep someone', 'keep opponents'],
      ['in my guard', 'in guard'],
    ),
    // "knee cut" reads the same as its participle: "my guard gets knee cut every roll"
    ...phrasesOf(['gets', 'getting', 'got', 'gotten'], ['knee cut', 'knee cut through']),
    // smashed through: "getting my guard smashed every roll", "my guard gets crushed"
    ...phrasesOf(
      ['my guard', 'my guard gets', 'my guard got', 'my guard keeps getting', 'my guard is getting'],
      ['smashed', 'crushed', 'flattened', 'smashed through'],
    ),
    // … and the passers doing it: "stop pressure passers from flattening my guard"
    ...phrasesOf(['flatten', 'flattening', 'flattens', 'smash', 'smashing', 'crush', 'crushing'], ['my guard']),
    'guard recomposition',
    'guard recomp',
    'guard replacement',
  ],
  // the electric chair: the lockdown's named sweep
  sweep: [
    // chat's vowel-less spelling: "spidr gaurd swps"
    'swps',
    // deep half's sweep by name: "deep haf wip up?" (alone, dinner made quickly: data/everyday-senses.ts)
    'whip up',
    'whipup',
    'wip up',
    // the x guard sweep named for standing up in it: a sweep, not standing
    'technical stand up sweep',
    'technical standup sweep',
    'sweep',
    'sweap',
    'hip bump',
    'pendulum',
    'tripod',
    'hook sweep',
    'reversal',
    'raspagem',
    'sweps',
    'electric chair',
  ],
  takedown: [
    // "they sprawl on my shot every time"
    '(my) shot',
    '(my) shots',
    'takedown',
    'take down',
    'tekedown',
    'takedwon',
    'single leg',
    'double leg',
    'dbl leg',
    // shorthand for the legs shot at: "sl finish on the wall", "finishing the dl" ("sl x" is the guard)
    ...['sl', 'dl'].flatMap((leg) => [
      ...['finish', 'finishes', 'finishing', 'entry', 'entries', 'setup', 'setups', 'shot'].map((w) => `${leg} ${w}`),
      `(the) ${leg}`,
    ]),
    // "what does shooting a double mean"
    'shoot a double',
    'shooting a double',
    'shot a double',
    // "can i still hit a double"
    'hit a double',
    'hit a single',
    'hitting a double',
    'hitting a single',
    'ankle pick',
    'high crotch',
    'low single',
    'snap down',
    'duck under',
    'outside trip',
    'inside trip',
    'wrestling',
    'wrestle',
    'wrestler',
    // the user's own shot: "every time i shoot"
    '(i) shoot',
    'shoot in',
    'level change',
    'fireman carry',
    'firemans carry',
    'blast double',
    // the verb around its object, asked for ("how do i take him down", "wanna get them down myself")
    ...phrasesOf(PUTTING_DOWN, TAKEN_DOWN),
    'knee pick',
  ],
  throw: [
    'throw',
    'judo',
    // a throw from a grip ("a judo style throw off the collar"), not "throw off the timing"
    ...['throw', 'throws'].flatMap((t) =>
      ['collar', 'lapel', 'sleeve', 'grip', 'grips', 'collar grip', 'sleeve grip'].map(
        (grip) => `${t} off the ${grip}`,
      ),
    ),
    // the judo way of standing up: "judo style stuff for the gi" ("armbar, judo style" is a manner)
    'judo style stuff',
    'hip throw',
    'hip toss',
    'osoto gari',
    'o soto gari',
    'osoto',
    'o soto',
    'o-soto',
    'ouchi gari',
    'o uchi gari',
    'kouchi gari',
    'ko uchi gari',
    'kosoto gari',
    'uchi mata',
    'uchimata',
    'seoi nage',
    'seoinage',
    'ippon seoi nage',
    'drop seoi',
    'harai goshi',
    'o goshi',
    'ogoshi',
    'uki goshi',
    'tai otoshi',
    'sumi gaeshi',
    'tomoe nage',
    'ashi barai',
    'de ashi barai',
    'foot sweep',
    'sasae tsurikomi ashi',
    'koshi guruma',
  ],
  back_take: [
    // "if he sprawls on my shot i want to go to his back"
    ...['go', 'get', 'going', 'getting'].flatMap((go) =>
      ['his', 'her', 'their'].map((whose) => `${go} to ${whose} back`),
    ),
    // voice to text: "back tape from the turtle"
    'back tape',
    // "tryna snatch backs off turtle"
    ...['snatch', 'snatching', 'steal', 'stealing'].flatMap((take) => [`${take} backs`, `${take} the back`]),
    'back take',
    'backtake',
    'take the back',
    'take back',
    'to the back',
    'to back',
    // "k guard into the back"
    'into the back',
    // chat shorthand: "dlr to bk"
    '(to|into) bk',
    'get the back',
    'get to the back',
    // the user's own hooks; "stop them getting the hooks in" is the back defended
    'get my hooks in',
    'getting my hooks in',
    // the step that takes it: "seatbelt to hooks in"
    '(to) hooks in',
    '(to) both hooks in',
    '(to) hooks',
    'get to their back',
    'get to his back',
    'get to her back',
    'get their back',
    'get his back',
    'the back take',
    'take his back',
    'take her back',
    'take their back',
    'take someones back',
    'get someones back',
    'get somebodys back',
    'get anyones back',
    'take anyones back',
    'take peoples back',
    'take somebodys back',
    'take your back',
    'berimbolo',
    'bolo',
    // the small berimbolo: "baby bolo off rdlr"
    'baby bolo',
    'baby bolos',
    'berimbollo',
    'berimbo',
    'crab ride',
    'kiss of the dragon',
    'arm drag to the back',
  ],

  // ── positions ─────────────────────────────────────────────────────────────────────────────
  closed_guard: [
    // kneeling in it on top: "an ezekiel from inside the guard"
    ...['the', 'his', 'her', 'their', 'someones'].map((whose) => `(from) inside ${whose} guard`),
    // "a wristlock from closed g", "hip bump from CG"; said into a phone: "from the clothes guard"
    'closed g',
    'clothes guard',
    '(from|in|to) cg',
    // "scoot to butterfly or just pull closed"
    'pull closed',
    'closed guard',
    // "my game is closed guard", "can i get closed guard sweeps": the guard, where a gym "is closed"
    // or "got close" (NOT_TOPICS) would read first
    ...[...['is', 'was', 'be'], ...NEAR_WORDS].map((w) => `${w} closed guard`),
    // a closed guard variation with the shin across the back: "williams guard to omo"
    'williams guard',
    // shorthand: "guilly from closed" (a topic only beside another: data/everyday-senses.ts)
    'closed',
    'guarda fechada',
    'closedguard',
    'close guard',
    'full guard',
    'clsoed guard',
    'closed gaurd',
  ],
  open_guard: [
    'open guard',
    'guarda aberta',
    'openguard',
    'seated guard',
    'sitting guard',
    'open g',
    'collar sleeve guard',
    'collar and sleeve guard',
    'collar sleeve',
    'guardia sentada',
  ],
  half_guard: [
    'half guard',
    // said into a phone
    'hall guard',
    'dogfight',
    'dog fight',
    'coyote guard',
    'coyote half',
    'halfguard',
    'half',
    'z guard',
    'knee shield',
    'lockdown',
    'lock down',
    'quarter guard',
    'meia guarda',
    'top half',
    'bottom half',
    'bottom half guard',
    'hg',
    'top hg',
    'bottom hg',
    'halfie',
    'half card',
  ],
  deep_half_guard: [
    // "raspas do deep", "sweeps from deep"
    '(from|into|to|do|no|na) deep',
    // shorthand that needs BJJ company: "DH sweeps" (data/everyday-senses.ts)
    'dh',
    'deep half',
    'deep half guard',
    'deephalf',
    'deep halfguard',
    'dhalf',
    'd half',
    'dhg',
    'deep halfie',
    'homer simpson guard',
    'waiter guard',
    'deep 1/2',
    'media guardia profunda',
    'media profunda',
    'deap half',
  ],
  butterfly_guard: [
    'butterflie guard',
    'butterflie',
    'butterfly',
    'butterfly guard',
    'butterfly hook',
    // "butter hook sweeps pls"
    'butter hook',
    'butter hooks',
    'bfly',
    'bfly guard',
    'bfly hook',
    'buterfly',
    'butterfy',
    'butter fly',
    '(from|into|to|in) butter',
    'b fly',
    'hook guard',
    'hooks guard',
    'butterfly card',
  ],
  // a bare "x" is a letter, so X guard needs its word or a preposition that makes it a place
  x_guard: ['x guard', 'xguard', 'xg', '(from|into|to|in|enter) x', 'full x', 'regular x guard', 'guarda em x'],
  // "sl x" (single leg x written as it is said)
  single_leg_x: [
    // a letter dropped or the words run together: "single lg x", "single legx"
    'single lg x',
    'single legx',
    // spelled out letter by letter: "s l x", "s l ex"
    's l x',
    's l ex',
    'single leg x',
    'single leg x guard',
    'slx',
    // said into a phone: "the ankle look from single like ex"
    'single like ex',
    'single like x',
    'ssx',
    'single x',
    // "single lx to heel hook"
    'single lx',
    'x ashi',
    'ashi x',
    'sl x',
    'sx',
    'single legx',
    'singleleg x',
    'single lag x',
  ],
  de_la_riva: [
    'd l r',
    // voice to text: "the della reeva sweep"
    'della reeva',
    'de la reever',
    'della riva',
    'de la reeva',
    'dela reeva',
    'della reva',
    'de la riva',
    'dlr',
    'delariva',
    'dela riva',
    'de la riba',
    'de la reva',
    'de la rive',
    'de riva',
    'de la rivia',
    'dela rivia',
    'the la riva',
    'de lariva',
    'del riva',
  ],
  reverse_de_la_riva: [
    'reverse de la riva',
    'rdlr',
    // letters swapped in a hurry: "rdrl berimbolo stuff"
    'rdrl',
    'reverse dlr',
    // "rev" for reverse in a hurry
    'rev dlr',
    'rev de la riva',
    'rev delariva',
    'reverse delariva',
    'reverse de lariva',
    'reverse dela riva',
    'reverse de la riba',
    'rever de la riva',
    'reverse the la riva',
    'reverse de la rivia',
    'r dlr',
    'reverse de la reva',
    'reverse de la rive',
    'reverse de riva',
    'reverse dela rivia',
    'reverse della riva',
    'reverse della reeva',
    'reverse la riva',
    'reverse dlrr',
  ],
  // voice to text: "the spy door guard"
  spider_guard: ['spider guard', 'spider', 'spyder', 'spida', 'spida guard', 'spy door guard', 'spy door'],
  // voice to text: "the lass oh guard"
  lasso_guard: ['lasso guard', 'lasso', 'laso', 'lassoo', 'lassoo guard', 'lass oh', 'lass oh guard'],
  mount: [
    'mount',
    'montada',
    'full mount',
    's mount',
    'high mount',
    'low mount',
    'technical mount',
    'top mount',
    'mount position',
    'moutn',
    '(from|in|to|into) mont',
    '(from|in|to|into) the mont',
    '(from|in|to|into) mound',
    // voice to text: "arm bar from the mound", "arm bar from the mouth"
    '(from|in|to|into) the mound',
    'from the mouth',
    'full mound',
    'high mound',
  ],
  side_control: [
    // "getting smashed in sidey"
    'sidey',
    // "i get stuck under his side"
    '(under) his side',
    '(under) their side',
    '(under) her side',
    'side control',
    'sidecontrol',
    // shorthand, a topic only beside BJJ words: "smashed in sc every roll"
    'sc',
    'side mount',
    // "i'd like to learn it from the side position"
    'side position',
    // "kimmy from top side"
    'top side',
    'sidemount',
    'side controll',
    'side contol',
    'kesa gatame',
    'kesa',
    'reverse kesa',
    'scarf hold',
    '100 kilos',
    'hundred kilos',
    // "arm tri from 100kg": the position by its weight, after a preposition
    '(from|in|into|off) 100kg',
    // said into a phone: "site control escape"
    'site control',
    'cross side',
    'crossside',
    'yoko shiho gatame',
    '(from|bottom|under|escape|escaping) side',
    // "the baseball bat choke from knee on belly or side": the last of a list of places
    '(or) side',
    // "getting smashed in side all the time": held in it
    '(smashed|stuck|pinned|flattened|trapped|flat|pancaked|crushed) in side',
    // … and in its shorthand: "flattened in sc by every big dude"
    '(flattened|flat|crushed) in sc',
    'sc',
    'side con',
    'sidecon',
    'side ctrl',
  ],
  knee_on_belly: [
    // voice to text: "need on belly to arm bar", "neon belly escape"
    'need on belly',
    'neon belly',
    'kneeon belly',
    'knee on belly',
    'knee on the belly',
    'knee on stomach',
    // "the knee on the tummy position"
    'knee on the tummy',
    'knee on tummy',
    'knee on the stomach',
    'knee on chest',
    'kob',
    'knee ride',
    'knee mount',
    'kneeonbelly',
    'knee belly',
    'knee on the chest',
    'knee in belly',
    'k o b',
    'rodilla en el vientre',
    'rodilla en la panza',
    'knee onbelly',
  ],
  // "kimmy from NS"
  north_south: ['north south', 'northsouth', 'n/s', 'north/south', '(from|in|to) ns'],
  back_control: [
    // someone climbing onto the user's back ("on my back" alone is lying on it): "a 60kg guy gets on my back"
    ...['gets', 'got', 'climbs', 'climbed', 'jumps', 'jumped'].map((verb) => `${verb} on my back`),
    // Spanish, the back held: "ya tengo la espalda pero mi mata leon nunca entra"
    '(tengo|tiene|tienen|tomo|toma|toman) la espalda',
    // (not a back that hurts: "tengo la espalda hecha polvo")
    // longer than "get back" (coming back): "once i get back control they always escape"
    'get back control',
    'back control',
    // longer than the body part "my back" (no topic), so "they escape my back control" keeps it
    'my back control',
    'the bak',
    // "when i have their back"
    'have their back',
    'have his back',
    'have her back',
    'have someones back',
    'back mount',
    'backmount',
    'the back',
    '(from|or|and|vs|versus) back',
    // a letter dropped: "bow n arow choke gi from bak"
    '(from) bak',
    'rear mount',
    'back position',
    'back attack',
    // "back chokes": the chokes from there
    'back choke',
    'back chokes',
    'back controll',
    'costas',
    'seatbelt',
    'seat belt',
    'hooks in',
    // Portuguese hooks: "when they already have both ganchos in"
    'ganchos in',
    'body triangle',
    'body tri',
    'body triangel',
    // "the back" is a phrase of its own, so its longer forms must be too
    'the back mount',
    'the back control',
    'the back position',
    'the back attack',
    'bacl control',
    'back mound',
  ],
  // "clock choke on turtlers", "when theyre on all fours"
  // "when a guy rides me like folkstyle referee position"
  turtle: [
    // the opponent turtling in front of the user: "the darce when people turtle on me"
    'turtle on me',
    'turtle up on me',
    'turtle',
    'turtle position',
    'turtel',
    'turle',
    'turtler',
    'on all fours',
    'referee position',
    'ref position',
    'kame',
  ],
  standing: [
    'standing',
    'stand up',
    'standup',
    'on the feet',
    'from the feet',
    'standing position',
    // "how do I get back to my feet safely"
    'back to my feet',
    'get back to my feet',
    'getting back to my feet',
    'get to my feet',
    'getting to my feet',
    // "i dont want a fancy guard i just want to get back UP"
    'get back up',
    'getting back up',
    'stand back up',
    'standing back up',
  ],

  // ── attire ────────────────────────────────────────────────────────────────────────────────
  // "in" stays free for the words before it: "not interested in the gi stuff" rules the gi out
  // voice to text for the kimono: "key mono"
  gi: [
    'gi',
    'gis',
    'gii',
    'kimono',
    '(in) the gi',
    'with the gi',
    'with gi',
    '(in) the gee',
    '(in) the ghee',
    'with the gee',
    'key mono',
    'kimona',
    'kinomo',
  ],
  'no-gi': [
    // training in a rashguard: "rashguard rolling tmrw", "aqui só treino de rashguard"
    ...['rashguard', 'rash guard'].flatMap((rash) => [`${rash} rolling`, `rolling in a ${rash}`, `treino de ${rash}`]),
    'no gi',
    // said into a phone: "butter fly guard sweep in know gi"
    'know gi',
    // "back chokes that dont need a collar, switched to rashguard only"
    'rashguard only',
    'rash guard only',
    'only rashguard',
    'dont need a collar',
    'dont need the collar',
    // "no kimono stuff": the academy word for the gi, ruled out in English ("no kimono" alone is
    // Portuguese for "in the gi")
    ...['stuff', 'videos', 'vids', 'please', 'pls', 'plz', 'thanks'].map((tail) => `no kimono ${tail}`),
    'nogi',
    'nohi',
    'no gee',
    'no ghee',
    'nogee',
    'non gi',
    'without the gi',
    'without gi',
    'without a gi',
    'without a gi on',
    'submission grappling',
    '10th planet',
    'submission wrestling',
    'nogui',
    'nogy',
    'sub grappling',
  ],
};

/**
 * Judo's bent-arm lock, said with no direction: the kimura or the americana (said into a phone: "ood
 * a garami"); topics/bent-arm-direction.ts settles which when the message tells how the arm bends.
 */
export const EITHER_WAY_ARM_LOCKS: readonly string[] = [
  'ude garami',
  'ood a garami',
  'bent arm lock',
  'bent arm locks',
  'bent arm stuff',
];

/**
 * Phrases that mean several topics at once, or that carry the user's defensive intent inside
 * themselves ("take my back" is someone else taking it; "sprawl" is takedown defence).
 */
export const COMPOUND_ALIASES: readonly {
  phrases: readonly string[];
  topics: readonly BaseTopic[];
  defending?: true;
  /** A defence that stops the user's own attack ("my takedowns get sprawled on"): when it is done to the user, the user was attacking. */
  counter?: true;
}[] = [
  // "leg locks" names no single lock. We map the family to the two every leg-lock curriculum is
  // built on (heel hook and straight ankle lock); kneebar and toe hold only when named, so a
  // generic question doesn't drag in four ids, most of them unwanted.
  {
    phrases: [
      'leg lock',
      'leglock',
      'leg locking',
      'lower body submissions',
      'lower body subs',
      'leg attacks',
      'leg entries',
      'leg entry',
      'foot locks and heel hooks',
    ],
    topics: ['heel_hook', 'straight_ankle_lock'],
  },
  { phrases: ['mounted triangle'], topics: ['triangle', 'mount'] },
  // the one choke everyone means by it: "the mata leao, is that just the back choke?" ("back chokes" are several)
  { phrases: ['the back choke', 'just the back choke'], topics: ['rear_naked_choke'] },
  // pinned there: "the heavier guys just flatten me on the side"
  {
    phrases: phrasesOf(
      [
        'flatten',
        'flattened',
        'flattening',
        'pin',
        'pinned',
        'pinning',
        'hold',
        'holding',
        'smash',
        'smashing',
        'crush',
        'crushing',
      ],
      ['me on the side', 'me on my side'],
    ),
    topics: ['side_control'],
    defending: true,
  },
  // hooks thrown in from behind someone on all fours: "throwing in the legs like folkstyle"
  {
    phrases: ['throw in the legs', 'throwing in the legs', 'throw the legs in', 'throw in hooks'],
    topics: ['back_take'],
  },
  // the waiter sweep (the "homer simpson") is a deep half sweep
  { phrases: ['waiter sweep', 'homer simpson sweep'], topics: ['sweep', 'deep_half_guard'] },

  // Portuguese passing of a guard named after the verb: "passando meia guarda", "passar a meia"
  {
    phrases: [
      ...['passando', 'passar'].flatMap((verb) => [`${verb} meia`, `${verb} a meia`]),
      ...['passando', 'passar'].flatMap((verb) => [`${verb} meia guarda`, `${verb} a meia guarda`]),
    ],
    topics: ['guard_passing', 'half_guard'],
  },
  // the user on top: "im mounted on him but he keeps his elbows glued"
  {
    phrases: phrasesOf(['mounted on'], ['him', 'her', 'them', 'someone', 'people', 'guys', 'my opponent']),
    topics: ['mount'],
  },
  // judo's bent-arm lock, either direction: academies use it for the kimura as often as the americana
  { phrases: EITHER_WAY_ARM_LOCKS, topics: ['kimura', 'americana'] },
  { phrases: ['mounted armbar'], topics: ['armbar', 'mount'] },
  { phrases: ['spider lasso', 'lasso spider'], topics: ['spider_guard', 'lasso_guard'] },
  { phrases: ['half butterfly', 'half butterfly guard'], topics: ['half_guard', 'butterfly_guard'] },
  // the 10th Planet way of passing half guard from the top
  { phrases: ['stoner control'], topics: ['guard_passing', 'half_guard'] },
  // the Von Flue choke exists only as the answer to someone's guillotine
  { phrases: ['von flue', 'von flue choke'], topics: ['guillotine'], defending: true, counter: true },
  { phrases: ['sprawl'], topics: ['takedown'], defending: true, counter: true },
  // ("they bridge and roll me": the opponent escaping the user's mount, so a counter to it)
  { phrases: ['upa', 'trap and roll', 'bridge and roll'], topics: ['mount'], defending: true, counter: true },
  {
    phrases: ['back escape', 'back defense', 'back defence', 'back survival'],
    topics: ['back_control'],
    defending: true,
  },
  {
    // the choke being sunk on the user: "once they get the arm under my chin from behind"
    phrases: ['arm under my chin', 'arm around my neck', 'arm across my neck', 'choke me from behind'],
    topics: ['rear_naked_choke'],
    defending: true,
  },
  {
    phrases: [
      'pass my guard',
      'break my guard',
      'open my guard',
      // "they just slice through my guard", "walk past my legs", "get around my legs"
      'slice through my guard',
      'cut through my guard',
      'walk through my guard',
      'smash through my guard',
      'go through my guard',
      'get through my guard',
      'run through my guard',
      'blow through my guard',
      'get past my guard',
      'get past my legs',
      'walk past my legs',
      'walk around my legs',
      'walk round my guard',
      'walk around my guard',
      'walk past my guard',
      // "walking right past my guard", "get straight past my legs"
      ...['walk', 'get', 'go', 'run'].flatMap((go) =>
        ['right', 'straight'].flatMap((right) => [`${go} ${right} past my guard`, `${go} ${right} past my legs`]),
      ),
      'get around my legs',
      'go around my legs',
      'step around my legs',
    ],
    topics: ['guard_passing'],
    defending: true,
  },
  {
    // ("my back taken" would fold into "my back takes", the user's own)
    phrases: [
      'take my back',
      'get my back',
      // "the korean guy always gets to my back from my half guard"
      'gets to my back',
      'get to my back',
      'got to my back',
      'had my back taken',
      'has my back taken',
      'my back get taken',
      'lose my back',
      'lost my back',
      'my back got taken',
      'get my back taken',
      'got my back taken',
      // handing it over: "i give up my back every roll"
      'give up my back',
      'giving up my back',
      'gave up my back',
      'gives up my back',
      // … and in Portuguese: "stop people pegando minhas costas"
      ...['pegando', 'pegar', 'pegam', 'pegou', 'pegaram', 'pega'].map((take) => `${take} minhas costas`),
    ],
    topics: ['back_take'],
    defending: true,
  },
  // shaking the one on it: "how do i get them off my back"
  {
    phrases: phrasesOf(
      ['get', 'getting', 'shake', 'shaking', 'peel', 'peeling'],
      ['him', 'her', 'them', 'someone', 'somebody', 'people', 'the guy', 'guys', 'dudes'].map(
        (who) => `${who} off my back`,
      ),
    ),
    topics: ['back_control'],
    defending: true,
  },
  { phrases: ['take me down'], topics: ['takedown'], defending: true },
  // the back taken already: "how do i defend once they got my back" is getting out
  {
    phrases: [
      'once they got my back',
      'once they get my back',
      'once they have my back',
      'once he gets my back',
      'once he has my back',
      'once someone gets my back',
      'once someone has my back',
      'when they have my back',
      'when he has my back',
      'when someone has my back',
      // someone else on the user's back: "starting with someone on my back", "hes on my back"
      'someone on my back',
      'someone is on my back',
      'he is on my back',
      'hes on my back',
      'she is on my back',
      'shes on my back',
      'they are on my back',
      'theyre on my back',
      'guy on my back',
    ],
    topics: ['back_control'],
    defending: true,
  },
  // "not getting my knee popped": the leg locks that pop it
  {
    phrases: [
      'knee from getting popped',
      'knees from getting popped',
      'knee popped',
      'knee getting popped',
      'knee pop',
      'knee get popped',
      'pop my knee',
      'popped my knee',
    ],
    topics: ['heel_hook'],
    defending: true,
  },
  // opening someone's closed guard is passing it: "break closed guard", "open up their closed guard"
  {
    phrases: phrasesOf(
      ['open', 'open up', 'opening', 'break', 'break open', 'breaking', 'crack', 'cracking'],
      ['', 'the', 'a', 'their', 'his', 'her', 'someones', 'anyones', 'peoples'].map((whose) =>
        whose ? `${whose} closed guard` : 'closed guard',
      ),
    ),
    topics: ['closed_guard', 'guard_passing'],
  },
  {
    phrases: [
      'shoot on me',
      'shoots on me',
      'shot on me',
      'shooting on me',
      'shoot in on me',
      'shoots in on me',
      // the opponent's shot: "what do i do when he shoots a double"
      'he shoots a double',
      'he shoots a single',
      'she shoots a double',
      'she shoots a single',
      'they shoot a double',
      'they shoot a single',
      'he shoots doubles',
      'they shoot doubles',
      // "the wrestler at our gym shoots doubles on me": the shot aimed at the user
      'doubles on me',
      'double on me',
      'singles on me',
      'single on me',
      'double legs on me',
      'single legs on me',
      'takedowns on me',
    ],
    topics: ['takedown'],
    defending: true,
  },
  // getting back to a guard under pressure is guard retention, in that guard
  ...(
    [
      ['half guard', 'half_guard'],
      ['half', 'half_guard'],
      ['closed guard', 'closed_guard'],
      ['butterfly', 'butterfly_guard'],
      ['butterfly guard', 'butterfly_guard'],
      ['open guard', 'open_guard'],
      ['deep half', 'deep_half_guard'],
      ['de la riva', 'de_la_riva'],
      ['dlr', 'de_la_riva'],
    ] as const
  ).map(([name, topic]) => ({
    phrases: phrasesOf(['get back to', 'get back into', 'recover', 'regain', 'retake', 'recover to'], [name]),
    topics: ['guard_retention', topic] as BaseTopic[],
  })),
  // "my back" alone is usually pain; someone having it is back control
  {
    // a coach speaking of anyone: "simplest escape when someone has your back" (not "everyone there has your back")
    phrases: [
      'has my back',
      'have my back',
      'had my back',
      'on my back with hooks',
      'someone has your back',
      'somebody has your back',
      'he has your back',
      'they have your back',
    ],
    topics: ['back_control'],
    defending: true,
  },
  // "retention" alone is guard retention; kept on top it is holding that position
  {
    phrases: ['back retention', 'back control retention', 'retain the back', 'retain back', 'retain back control'],
    topics: ['back_control'],
  },
  { phrases: ['mount retention', 'retain mount', 'retain the mount'], topics: ['mount'] },
  { phrases: ['side control retention', 'retain side control'], topics: ['side_control'] },
  // the user's own back takes, which "my back" (pain) would otherwise hide
  { phrases: ['my back take', 'my back taking'], topics: ['back_take'] },
  // greedy matching would read "to back control" as "to back" (back take) + a stray "control"
  {
    phrases: ['to back control', 'to back mount', 'to the back mount', 'to the back control'],
    topics: ['back_control'],
  },
];

/** Verbs of being hurt by what is done to the user: "half guard is killing me", "he wrecks me". */
const HURTING: readonly string[] = [
  'killing',
  'kill',
  'kills',
  'destroying',
  'destroy',
  'destroys',
  'wrecking',
  'wreck',
  'wrecks',
];

/** Before a verb of being hurt, a worry rather than something done: "sweeps that wont wreck me". */
export const WORRY_NEGATIONS: readonly string[] = ['wont', 'dont', 'doesnt', 'didnt', 'wouldnt', 'never'];

/**
 * Phrases that look like a topic but are not one. They win by being longer ("back pain" hides
 * "back", "half the time" hides "half", "self defense" hides the intent word "defense").
 */
export const NOT_TOPICS: readonly string[] = [
  // their defence of the user's leg lock, the moment: "toe hold finishes when they hide the heel"
  ...['they hide', 'he hides', 'she hides', 'they hid'].flatMap((hide) => [`${hide} the heel`, `${hide} their heel`]),
  // put off, nothing defended: "closed guard i can deal with later"
  ...['deal with later', 'deal with it later', 'deal with that later'],
  // the finish got, nothing done to the user: "how do i get the tap w the bow n arrow"
  ...['get', 'got', 'gets', 'getting'].map((get) => `${get} the tap`),
  // "i swept her off her feet 10 yrs ago": romance, no sweep
  ...['swept', 'sweep', 'sweeps', 'sweeping'].flatMap((sweep) =>
    ['her off her', 'him off his', 'me off my', 'them off their'].map((off) => `${sweep} ${off} feet`),
  ),
  // an arm bent behind a back is a kimura's, no back taken: "not the one behind the back", "my arm
  // behind my back", "they hide the arm behind their back" (bent there: data/described-positions.ts)
  ...['one', 'ones'].flatMap((one) => ['the', 'their', 'his', 'her'].map((whose) => `${one} behind ${whose} back`)),
  ...['arm', 'arms', 'hand', 'wrist'].flatMap((limb) => [`${limb} behind my back`, `${limb} behind their back`]),
  // legs locked around a head or a waist lock no leg: "their legs lock around my head and one arm"
  ...['lock', 'locks', 'locked', 'locking'].flatMap((lock) =>
    ['around', 'round', 'behind'].map((around) => `legs ${lock} ${around}`),
  ),
  // a worry said of the user's body, nothing done: "which half guard sweeps wont wreck me"
  ...WORRY_NEGATIONS.flatMap((not) =>
    HURTING.filter((hurt) => !hurt.endsWith('ing')).map((hurt) => `${not} ${hurt} me`),
  ),
  // … or of what it gets the user into: "chill sweeps from half that dont get me smashed"
  ...WORRY_NEGATIONS.flatMap((not) =>
    ['smashed', 'crushed', 'flattened', 'stacked', 'hurt', 'injured', 'wrecked', 'destroyed'].map(
      (hurt) => `${not} get me ${hurt}`,
    ),
  ),
  // "whats the deal with the loop choke": what about it, nothing to deal with
  ...['whats the deal with', 'what is the deal with', 'whats the deal w'],
  // a worry off the mat is what is dealt with: "work on takedowns … also how do i deal with the adrenaline dump"
  ...['deal with', 'handle', 'cope with', 'manage', 'get over'].flatMap((cope) =>
    ['', 'the ', 'my ', 'comp ', 'competition '].flatMap((whose) =>
      ['nerves', 'adrenaline', 'adrenaline dump', 'anxiety', 'stress', 'fear', 'jitters'].map(
        (worry) => `${cope} ${whose}${worry}`,
      ),
    ),
  ),
  // the opponent's knee freed from the user's kneebar: "they just roll with it and their knee pops out"
  ...['their', 'his', 'her'].flatMap((whose) => [`${whose} knee pops`, `${whose} knee popped`]),
  // the user's own knee at risk in their own leg lock: "heel hook without getting my own knee popped"
  ...['own knee popped', 'own knee getting popped', 'own knee get popped'],
  // the user's own legs locked in their triangle: "i can't get my ankle locked over my shin"
  ...['ankle', 'ankles', 'foot', 'feet'].flatMap((part) => [`${part} locked over`, `${part} locked behind`]),
  // a back that is sore: "my back took a beating moving house", "my back cant handle going under"
  ...['my back took a beating', 'back took a beating', 'my back is killing me'],
  // "pulled my back taking the trash out": a back hurt, whatever was being done
  ...['pulled', 'hurt', 'tweaked', 'strained', 'injured', 'tore', 'wrecked', 'did'].map((hurt) => `${hurt} my back`),
  ...['back', 'neck', 'shoulder', 'shoulders'].flatMap((part) => [`${part} cant handle`, `my ${part} cant handle`]),
  // putting someone down with a named way: the way is the question ("get people down with judo throws")
  ...phrasesOf(
    PUTTING_DOWN,
    TAKEN_DOWN.map((whom) => `${whom} with`),
  ),
  // idioms with "me" that do nothing to the user on the mat: "his videos put me to sleep"
  // judo named as where something was learnt, not a throw asked: "the way we did it in judo"
  'in judo',
  'did it in judo',
  'judo background',
  // someone described by the art they come from: "my coach is old school judo", "he's judo"
  'old school judo',
  'oldschool judo',
  ...['is', 'was', 'hes', 'shes', 'from', 'does', 'do', 'did', 'doing'].map((be) => `${be} judo`),
  // the cleaning rota: "I'm on sweeping duty after class"
  'sweeping duty',
  'sweep duty',
  // off the mat in Portuguese: a ruined back, a market fall, a scraped knee, a gym's back day
  'cabo das costas',
  'queda da bolsa',
  'queda das acoes',
  'raspagem feia',
  'raspagem no joelho',
  'raspagem no braco',
  'passo o que',
  'fiz costas',
  'treino de costas',
  'dia de costas',
  // a new year's eve and a river crossing, not a pass: "passagem de ano em Cascais", "a passagem do Tejo"
  'passagem de ano',
  'passagem do',
  // judo's way of a technique: "sensei's judo version looks different"
  'judo version',
  'judo way',
  // most of a group, not a guard: "half my class is out with flu"
  ...['my', 'the'].flatMap((the) => ['class', 'gym', 'team', 'room'].map((group) => `half ${the} ${group}`)),
  // where an injury came from: "my knee is cooked from wrestling"
  'from wrestling',
  // the user rising in the opponent's guard to pass: "whenever i stand up in their open guard"
  ...['stand up', 'standing up', 'stood up'].flatMap((up) => [`${up} in their`, `${up} in his`, `${up} in her`]),
  // a weight, not side control: "butterfly sweeps against guys over 100 kilos"
  ...['over', 'under', 'like', 'about', 'around', 'weighs', 'weighing'].map((w) => `${w} 100 kilos`),
  // "when someone's 100 kilos", "he's like 100 kilos": someone's weight
  ...['someones', 'somebodys', 'hes', 'shes', 'theyre', 'is', 'are', 'was', 'weigh', 'a', 'guy', 'guys', 'dude'].map(
    (w) => `${w} 100 kilos`,
  ),
  // people who wrestle, for whom gear is bought: "a knee sleeve brand for old wrestlers"
  'for wrestlers',
  'for old wrestlers',
  // a sea of legends, not a choke: "o triangulo das bermudas existe mesmo?"
  'triangulo das bermudas',
  'triangulo de las bermudas',
  'bermuda triangle',
  // the opponent rising to break the user's attack: "they just stand up and drive into me"
  ...['they', 'he', 'she'].flatMap((who) =>
    ['stand up', 'stands up', 'stood up', 'just stand up', 'just stands up'].map((up) => `${who} ${up}`),
  ),
  // … or setting out to: "ankle lock from slx when they try to stand up"
  ...['they', 'he', 'she'].flatMap((who) =>
    ['try to', 'tries to', 'trying to', 'start to', 'starts to', 'go to', 'goes to'].map(
      (go) => `${who} ${go} stand up`,
    ),
  ),
  // standing to open the opponent's guard is passing it: "cant even stand up to open it"
  'stand up to open',
  'standing up to open',
  // hair falling out, not a takedown: "a queda do cabelo ta forte"
  'queda do cabelo',
  'queda de cabelo',
  'queda capilar',
  // the referee stepping in: "the ref stopped that armbar way too early"
  ...['ref', 'referee'].flatMap((ref) => [`${ref} stopped`, `${ref} stops`, `${ref} stopping`]),
  // a backyard game: "my boy loves throw and catch"
  'throw and catch',
  'play catch',
  // the opponent rising in the user's guard: "someone stands up in my closed guard and lifts me"
  ...['stands up', 'stand up', 'standing up', 'stood up'].map((up) => `${up} in my`),
  // the opponent's posture, where the user attacks from: "when theyre standing in my open guard"
  ...['theyre', 'they are', 'hes', 'he is', 'shes', 'she is'].map((who) => `${who} standing in my`),
  // someone's or somewhere's judo: "así la llama mi profe de judo", "my judo coach"
  // ("our judo kids", "a 250lb judo dude", "hice judo 10 años")
  ...['coach', 'club', 'class', 'sensei', 'friend', 'buddy', 'kids', 'kid', 'guy', 'guys', 'dude', 'dudes'].map(
    (who) => `judo ${who}`,
  ),
  ...['hice', 'hago', 'fiz', 'faco', 'treinei'].map((did) => `${did} judo`),
  // something filmed at judo: "saw it in a judo clip"
  ...['clip', 'video', 'vid', 'highlight', 'match', 'movie', 'film'].map((what) => `judo ${what}`),
  ...['profe', 'profesor', 'professor', 'clase', 'club', 'aula', 'academia'].map((who) => `${who} de judo`),
  'me hace falta',
  'me hacen falta',

  // Spanish "stays": "cuando el otro queda en cuatro apoyos" (Portuguese "queda" is the takedown)
  'queda en',
  'se queda',
  'me queda',
  'quedo en',
  // "back on my feet": recovered
  'back on my feet',
  // judo's groundwork is no throw: "I only know it from judo newaza"
  'judo newaza',
  'judo ne waza',
  // an academy's affiliation: "a small academy in osaka (tri-force affiliate)"
  'tri force',
  'triforce',
  // a way out that keeps the back covered: "escape turtle without giving up my back"
  ...['giving', 'giving up', 'conceding', 'exposing'].flatMap((give) =>
    ['my back', 'the back', 'back'].map((back) => `without ${give} ${back}`),
  ),
  // the opponent's posture, not the standing game: "rdlr against guys who stay standing"
  'stay standing',
  'stays standing',
  'staying standing',
  // "back take from de la riva against a guy standing up"
  ...['a guy', 'guys', 'someone', 'somebody', 'an opponent', 'opponents', 'people', 'a dude', 'dudes'].flatMap(
    (who) => [`against ${who} standing`, `against ${who} standing up`, `vs ${who} standing`, `vs ${who} standing up`],
  ),
  // the garment, not the attire: "a silk kimono from kyoto", "my gi ripped at the knee"
  'silk kimono',
  'gi ripped',
  'gi tore',
  'gi is torn',
  'gi shrank',
  'gi shrunk',
  'gi smells',
  'gi stinks',
  // limbs thrown are no throw: "guys who throw their legs up in my face"
  'throw their legs',
  'throw his legs',
  'throw my legs',
  'throws their legs',
  'throws his legs',
  // a block of classes, not blocking a pass: "x guard for a fundamentals block"
  ...['fundamentals', 'training', 'comp', 'competition', 'class', 'week', 'weeks', 'month'].map((w) => `${w} block`),
  // talking on and on is no defence: "grace wont stop talking about it"
  ...['wont', 'cant', 'couldnt', 'didnt'].flatMap((no) =>
    ['talking', 'thinking', 'asking', 'texting', 'laughing', 'going on'].map((verb) => `${no} stop ${verb}`),
  ),
  // closing something else than a guard: "clear close-ups", "can't close the lock"
  'close up',
  'close ups',
  ...['lock', 'gap', 'distance', 'space', 'grip', 'choke', 'elbows'].map((what) => `close the ${what}`),
  // "the girls turn in and i cant close it": the lock named before
  ...['it', 'that', 'them', 'this'].map((what) => `close ${what}`),
  // … or a lock that won't shut: "my hands are small and it never closes"
  ...['it', 'never', 'wont', 'doesnt'].map((what) => `${what} closes`),
  // a door shut: "closed the gate behind me like an idiot"
  ...['door', 'gate', 'window', 'shop', 'gym', 'tab', 'deal'].map((what) => `closed the ${what}`),
  // near, not the guard: "i never got close", "so close to the tap"
  ...NEAR_WORDS.map((w) => `${w} close`),
  'close to',
  'close enough',
  // the mat, not the back: "get my back to the mat and get out"
  'back to the mat',
  'get my back to the mat',
  'getting my back to the mat',
  'back on the mat',
  'back flat on the mat',
  // the finish of a choke, not a takedown defence: "sink your arm under their neck and sprawl back"
  'and sprawl back',
  'then sprawl back',
  'sprawl back and drop',
  'sprawl your hips',
  // lost or confused by a class: "Professor Rodrigo's class has me lost"
  ...['has', 'had'].flatMap((verb) => ['lost', 'confused', 'stumped', 'baffled'].map((how) => `${verb} me ${how}`)),
  // the mats cleaned: "the mats needed sweeping before the kids class"
  // (the thing swept named: "need sweeps from half guard" is the technique)
  ...['mats', 'mat', 'floor', 'floors'].flatMap((what) => ['need', 'needed'].map((w) => `${what} ${w} sweeping`)),
  // a gym closed is no closed guard
  'is closed',
  'was closed',
  'be closed',
  'closed on',
  'closed for',
  'closed today',
  'closed tomorrow',
  // wrestling as the user's past, not a takedown asked: "wrestled in college, knees are shot"
  'wrestled in college',
  'wrestled in high school',
  'wrestled in hs',
  'wrestled in school',
  'wrestled in university',
  'wrestled d1',
  'wrestled d2',
  'wrestled d3',
  'wrestled growing up',
  'wrestled as a kid',
  'used to wrestle',
  'pass the time',
  'pass time',
  'passing time',
  'passes the time',
  'passing the time',
  'put me to sleep',
  'puts me to sleep',
  'bore me',
  'bores me',
  'on the back foot',
  'back foot',
  'take back what',
  'take that back',
  'take it back',
  'back pain',
  'lower back',
  'upper back',
  'my back',
  'back of',
  'the back of',
  'back to',
  'back step',
  'backstep',
  'back door',
  'come back',
  'get back',
  'go back',
  'back hurts',
  'back injury',
  'back home',
  'half the',
  'half of',
  'half a',
  'half an',
  'half nelson',
  'half time',
  'half hour',
  'half way',
  'pass out',
  'pass on the',
  'pass on that',
  'pass on it',
  'ill pass',
  'i will pass',
  ...phrasesOf(['throw', 'throw out', 'threw out'], ['my back', 'my neck', 'my shoulder', 'my hip', 'my knee']),
  // getting rid of things: "should i throw away my old mouthguard"
  'throw away',
  'threw away',
  'throwing away',
  'thrown away',
  'guard duty',
  'my guard duty',
  'passing my guard duty',
  'pass my guard duty',
  'passed out',
  'pass away',
  'passing out',
  'x ray',
  'throw up',
  'throw in the towel',
  // more asked for, a tantrum: "throw in a few guillotine videos", "i wont throw a fit"
  ...['throw in a few', 'throw in some', 'throw in a couple', 'throw a fit', 'throw a tantrum'],
  // a back that hurts in Spanish: "tengo la espalda hecha polvo"
  ...['la espalda hecha', 'la espalda rota', 'la espalda destrozada'],
  // a headlock from the front or the side: "front or side headlock" (not "… knee on belly or side")
  ...['or side headlock', 'or side headlocks'],
  // a half of a match or a game: "adcc has no points in the first half"
  ...['the first half', 'the second half', 'the 1st half', 'the 2nd half'],
  // a judoka's upright stance: "when they posture up with a strong judo posture"
  'judo posture',
  // sprawled out off the mat, or the hips sprawled inside a choke: "sprawled on the couch all sunday",
  // "at what angle i sprawl my hips"
  ...['sprawled on the', 'sprawled out on', 'sprawl out on', 'sprawl my hips', 'sprawl your hips'],
  // a back hurt: "my partner threw her back out gardening"
  ...['threw', 'throw', 'throws', 'throwing', 'thrown'].flatMap((verb) =>
    ['my back out', 'her back out', 'his back out', 'out my back'].map((back) => `${verb} ${back}`),
  ),
  // the achilles as a place on the foot: "the outside one wraps under the achilles"
  ...['under the achilles', 'behind the achilles', 'around the achilles'],
  // everyday falls and curls: "thrown down the stairs", "curled up in a ball on the couch", "turtled
  // under his blanket"
  ...['thrown down the stairs', 'fell down the stairs'],
  ...['couch', 'sofa', 'bed'].map((where) => `curled up in a ball on the ${where}`),
  ...['his', 'her', 'my', 'the'].map((whose) => `turtled under ${whose} blanket`),
  // Italian for putting something up: "ho montato la tv nuova in salotto"
  ...['ho montato', 'montato la', 'montare la'],
  // a TV's mount in Spanish: "instalé el mount de la tele"
  ...['mount de la tele', 'mount de la tv', 'mount de tv', 'mount para la tele'],
  // door work: "standing on the door all night kills my knees"
  ...['standing on the door', 'standing at the door', 'stand on the door', 'standing on doors'],
  // the gym's last hour: "i sweep the floor at closing"
  ...['at closing', 'before closing', 'after closing', 'closing time', 'closing shift'],
  // "mata leon sin manos, como le hacen": how it is done (Mexican), nothing done to the user
  ...['como le hacen', 'como le haces', 'como le hago'],
  'pass a test',
  'the back step',
  '50/50',
  '50 50',
  'fifty fifty',
  'inside sankaku',
  'honey hole',
  'saddle',
  'rash guard',
  ...phrasesOf(
    [
      'mouth',
      'shin',
      'security',
      'ear',
      'life',
      'crossing',
      'point',
      'coast',
      'national',
      'body',
      'groin',
      'night',
      'prison',
      'cup',
    ],
    ['guard'],
  ),
  'mouthguard',
  'lifeguard',
  'bodyguard',
  'guard dog',
  'off guard',
  'caught off guard',
  'on guard',
  'self defense',
  'self defence',
  'gi bag',
  'stand up for',
  'sweep the mat',
  'sweep the floor',
  'sweep up',
  'throw off my',
  'throw off the',
  'throw me off',
  'clean sweep',
  'love triangle',
  'like a turtle',
  'butterflies in my stomach',
  'butterfly kiss',
  'north south line',
  'north south train',
  'north south highway',
  'pass code',
  'day pass',
  'bus pass',
  'boarding pass',
  'hall pass',
  'ski pass',
  'season pass',
  'guest pass',
  'free pass',
  'butterfly kisses',
  'pull guard',
  'pulling guard',
  'guard pull',
  'guard pulling',
  'triangle pose',
  'bow and arrow pose',
  'bow pose',
  'butterfly pose',
  // "he'll hook my arm": a hook by him, not a heel hook said into a phone
  ...['my', 'me', 'your', 'his', 'her', 'the', 'an', 'a', 'under', 'it', 'that'].map((w) => `hell hook ${w}`),
  // trying an angle, not the triangle said into a phone: "try angle changes when passing"
  'try angle change',
  'butterfly stretch',
  'butterfly stroke',
  'judo thing',
  'judo stuff',
  'judo style',
  'heel spur',
  'heel pain',
  'heel bruise',
  'water retention',
  'customer retention',
  'arm wrestling',
  'pro wrestling',
  'sumo wrestling',
  'wrestling on tv',
  'ashi garami',
  'straight ashi',
  'outside ashi',
  'inside ashi',
  'torn achilles',
  'achilles tendon',
  'my achilles',
  ...phrasesOf(
    ['gi'],
    ['issue', 'issues', 'problem', 'problems', 'tract', 'upset', 'distress', 'bug', 'symptoms', 'doctor'],
  ),
  ...phrasesOf(['pet', 'sea', 'baby', 'my pet', 'a pet', 'snapping', 'box'], ['turtle', 'spider', 'butterfly']),
  ...phrasesOf(
    ['single leg', 'double leg'],
    [
      'rdl',
      'rdls',
      'deadlift',
      'squat',
      'press',
      'hop',
      'lunge',
      'jump',
      'calf raise',
      'glute bridge',
      'balance',
      'exercise',
      'workout',
      'day',
    ],
  ),
  ...phrasesOf(
    ['they', 'he', 'she', 'when they', 'opponent', 'opponents', 'partner', 'guy', 'people', 'who', 'that'],
    ['stand up', 'stand', 'standup'],
  ),
  ...phrasesOf(
    ['standing'],
    [
      'passer',
      'passers',
      'opponent',
      'opponents',
      'guy',
      'partner',
      'person',
      'desk',
      'ovation',
      'appointment',
      'order',
      'room',
    ],
  ),
  ...phrasesOf(['who', 'that', 'who likes to', 'that likes to'], ['sprawl']),
  ...phrasesOf(['mount a', 'mount my', 'mount the'], ['gopro', 'camera', 'phone', 'tv', 'tripod', 'shelf']),
  ...phrasesOf(
    ['judo', 'wrestling'],
    [
      'coach',
      'instructor',
      'sensei',
      'way',
      'term',
      'name',
      'club',
      'class',
      'guy',
      'guys',
      'background',
      'thing',
      'things',
      'people',
      'black belt',
      'team',
      'practice',
      'season',
      'tournament',
      'meet',
      'shoes',
      'singlet',
    ],
  ),
  ...phrasesOf(['they', 'he', 'she', 'people', 'someone', 'opponent', 'opponents'], ['sprawl']),
  ...phrasesOf(
    ['pass my', 'pass the'],
    BELTS.flatMap((b) => [`${b} belt`, `${b} belt grading`, `${b} belt test`, `${b} belt exam`, `${b} belt promotion`]),
  ),
  ...phrasesOf(
    ['pass my', 'pass the'],
    ['stripe test', 'stripe grading', 'grading', 'test', 'exam', 'belt test', 'belt exam', 'belt grading', 'promotion'],
  ),
  ...phrasesOf(
    ['guard my', 'keep guard my'],
    ['knee', 'knees', 'injury', 'shoulder', 'elbow', 'ribs', 'ankle', 'neck', 'back'],
  ),
];

/** Limbs a message keeps safe ("protect my wrists"): from the lock or choke on them. */
export const PROTECTED_LIMBS: readonly string[] = [
  'arm',
  'neck',
  'leg',
  'knee',
  'wrist',
  'elbow',
  'shoulder',
  'ankle',
  'heel',
  'foot',
  'feet',
];

/**
 * Verbs that keep a limb safe, before "my <limb>" ("protect my wrists"): one list, so the intent step
 * (topics/intent.ts) and a question pointing back at a story (topics/story-pointed-at.ts) agree.
 */
export const LIMB_KEEPING_VERBS: readonly string[] = ['keep', 'protect'];

/**
 * The user's own defensive action: defending a technique (→ `T_defense`) or escaping a position
 * (→ `P_escape`). Connector words are part of the phrase where they would otherwise end the
 * clause ("escape from mount", "counters to the kimura"). Ignored when the opponent is the
 * subject ("finish the armbar when they defend").
 */
export const DEFENDING_PHRASES: readonly string[] = [
  'escape',
  // the defence with a letter dropped: "gulotine defnce"
  ...['defnce', 'defnse', 'defens'],
  // chat's "d" or "def" for defence after a name: "rnc d for smol girls", "darce def? the guys keep sneaking
  // it on me", "any good rnc defs" (labellers write it so far more often than "def" for "definitely")
  ...['d', 'def'].map(
    (d) =>
      `(${['rnc', 'darce', 'kimura', 'armbar', 'triangle', 'tri', 'guillotine', 'anaconda', 'choke', 'hook', 'lock', 'bar', 'leg', 'americana', 'omoplata', 'ezekiel', 'kneebar', 'wristlock', 'takedown', 'td', 'leao', 'gatame', 'jime', 'sankaku', 'heelhk', 'brabo'].join('|')}) ${d}`,
  ),

  // "any video on framing out without blowing my shoulders up"
  'framing out',
  'frame out',
  'escape from',
  'escape out of',
  // German, Polish, Indonesian and Tagalog ways out and defences: "wie komm ich da raus", "nie wiem jak
  // wyjść", "cara keluar dari", "gimana cara bertahan"
  ...['raus', 'rauskommen', 'raus aus', 'entkommen', 'befreien', 'verteidigen', 'verteidige', 'verteidigung'],
  ...['wyjsc', 'wyjscie', 'wyjsc z', 'uciec', 'obrona', 'bronic', 'bronic sie'],
  ...['keluar dari', 'cara keluar', 'bertahan', 'lolos dari', 'pertahanan'],
  // "wie verhindere ich dass die mich umwerfen", Tagalog "paano ko maiiwasan na ma-kimura ako"
  ...['verhindern', 'verhindere', 'maiiwasan', 'maiwasan', 'iwasan'],
  // Italian: "come lo evito?", "non riesco a uscire", "come la difendo"
  ...['evito', 'evitare', 'uscire', 'difendo', 'difendere', 'difesa'],
  // Hindi in Latin letters: "kaise bachu" (how do i save myself), "kaise roku" (stop it), "nikalna kaise hai"
  ...['bachu', 'bachna', 'bachne', 'bachoon', 'roku', 'rokna', 'rokne', 'nikalna', 'nikalu', 'niklu', 'nikle'],
  // Spanish: surviving it, "cómo sobrevivo al tri"
  'sobrevivir',
  'sobrevivo',
  // "cómo escapo?", "cómo quitarse a alguien de encima", "no salgo más"
  ...['escapo', 'escapar de', 'salgo', 'salir de', 'quitarse a alguien de encima', 'sacarme de encima'],
  ...['quitar de encima', 'quitarme de encima', 'quitarmelo de encima'],
  'sobrevivir al',
  'sobrevivo al',
  'espace',
  // "best way out of knee on belly?"
  'way out of',
  'way out from',
  'get out',
  'get out of',
  // "how to get outa turtle"
  ...['get', 'getting', 'got'].flatMap((get) => [`${get} outa`, `${get} outta`]),
  // "getting smashed in sc every roll, need out"
  'need out',
  'want out',
  // "is turtle bad in a street fight, how do i get back up from it"
  'get back up from',
  'get up from',
  'get out from',
  'get out from under',
  'get away from',
  // "sits on my chest in mount… how do i get him off": the pin the user is under
  ...['him', 'them', 'her', 'the guy', 'this guy', 'people', 'someone', 'somebody'].map((who) => `get ${who} off`),
  'break free',
  'break free from',
  'defend',
  'defend against',
  'defense',
  'defense against',
  'defense to',
  'defense for',
  'defense from',
  'defese',
  'defnd',
  'defedn',
  'counter',
  'counter to',
  'counter for',
  'counter against',
  // "hand fighting vs the rnc": fighting the hands that set up what the opponent attacks
  'hand fighting vs',
  'hand fighting against',
  'hand fight vs',
  'hand fight against',
  'handfighting vs',
  'handfighting against',
  'answer to',
  'answer for',
  // "what to do against the omoplata", "defence vs the triangle"
  'what to do against',
  'defense vs',
  'defence vs',
  'stop',
  'prevent',
  'avoid',
  'survive',
  'survival',
  'deal with',
  'beat',
  'block',
  'shut down',
  // "the kids all berimbolo. how do i shut it down from top"
  'shut it down',
  'shut that down',
  'shut them down',
  'neutralize',
  'nullify',
  'anti',
  'protect against',
  'protect from',
  'fight off',
  'stuff a',
  'stuff the',
  'stuff his',
  'stuff her',
  'stuff their',
  'stuff my',
  // a limb kept safe is kept from the lock or choke on it ("how do i protect my wrists")
  ...PROTECTED_LIMBS.flatMap((limb) => [`keep my ${limb} safe`, `protect my ${limb}`, `save my ${limb}`]),
  // a limb pulled free is freed from the lock or choke on it ("how do i get my elbow out"; the heel
  // names its hook: data/described-positions.ts)
  ...[...PROTECTED_LIMBS.filter((limb) => limb !== 'heel'), 'head'].flatMap((limb) => [
    `get my ${limb} out`,
    `pull my ${limb} out`,
  ]),
  'sit out',
  'sitout',
  'sit out from',
  'shrimp',
  'shrimp out',
  'shrimp out of',
  'bridge out',
  'bridge out of',
  // "bump out of mount when hes heavy", "elbow-knee out of mount"
  'bump out',
  'bump out of',
  'elbow knee out',
  'elbow knee out of',
  'roll out of',
  'wriggle out',
  'wiggle out',
  'wiggle out of',
  'posture out',
  'posture out of',
  'pop out',
  'pop out of',
  'slip out',
  'slip out of',
  'squirm out',
  'squirm out of',
  'climb out',
  'climb out of',
  'pull out',
  'pull out of',
  'spin out',
  'spin out of',
  'stack out of',
  'survive against',
  'handle',
  'deal with',
  'get rid of',
];

/** Someone doing it to the user ("has me in mount", "keep getting caught in triangles"): whoever the subject is. */
export const RECEIVING_PHRASES: readonly string[] = [
  // "the guy goes for a baseball choke", "when they swing for an omoplata": the opponent's attack
  ...['he', 'she', 'they', 'someone', 'somebody', 'guy', 'partner', 'opponent', 'people', 'everyone'].flatMap((who) =>
    [
      'go for',
      'goes for',
      'went for',
      'keeps going for',
      'keep going for',
      'swing for',
      'swings for',
      'swung for',
      'dive for',
      'dives for',
      'reach for',
      'reaches for',
      'reached for',
    ].flatMap((verb) => [`${who} ${verb}`, `${who} always ${verb}`]),
  ),
  // Spanish "they do X to me": "me hacen toreando", "me hacen guillotina" ("me hace falta": I need)
  'me hacen',
  'me hace',
  // … and wished away: "cómo salir de la montada sin que me hagan llave de brazo"
  'me hagan',
  'me haga',
  // … and to the one the question is relayed for: "le hacen el mata león", "le meten los ganchos"
  ...['le hacen', 'le meten', 'le aplican', 'le ponen', 'me ponen', 'me tienen en', 'me tiene en'],
  // someone else on top in it: "how to get out when somebody is on top in side control" ("i'm on top in
  // side control" is the user's own)
  ...['is', 'are', 'theyre', 'hes', 'shes'].map((verb) => `${verb} on top in`),
  'on top of me in',
  // German and Indonesian: "einer holt mich immer mit baseball choke", "sering kena guillotine"
  ...['holt mich mit', 'holen mich mit', 'erwischt mich mit', 'erwischen mich mit', 'kriegt mich mit'],
  ...['holt mich immer mit', 'holen mich immer mit', 'erwischt mich immer mit'],
  ...['kena', 'sering kena', 'selalu kena', 'kena sama'],
  // Spanish: it is done to the user ("el de arriba me busca la kimura", "se le suben encima montados"),
  // or it crushes them ("el rodilla en el pecho de mi compa me mata", "mi sensei me aplasta")
  ...['me busca la', 'me buscan la', 'me busca el', 'me buscan el', 'se me suben', 'se me sube', 'se le suben'],
  ...['me mata', 'me matan', 'me aplasta', 'me aplastan'],
  // stuck in it, on top of the user: "me quedo en tortuga", "cien kilos encima mío"
  ...['me quedo en', 'me quede en', 'me quedo atrapado en', 'encima mio', 'encima de mi', 'arriba mio'],
  'smash me',
  'smash me in',
  'crush me',
  'crush me in',
  'pin me',
  'pin me in',
  'hold me down',
  'hold me down in',
  'hold me',
  'hold me in',
  'hold me under',
  'keep me in',
  'keep me under',
  'keep me stuck',
  'sit on me',
  'sits on me',
  // "the darce keeps getting put on me"
  'put on me',
  'puts on me',
  'putting on me',
  'lay on me',
  'lie on me',
  'smother me',
  'lost by',
  'lost to',
  'lose to',
  'beaten by',
  'hate being in',
  'hate being under',
  'hate being stuck in',
  'hate being stuck under',
  'hate getting',
  'stuck',
  'stuck in',
  'stuck under',
  'trapped',
  // "me quedo atrapado en la tortuga"
  'atrapado',
  'atrapada',
  'pinned',
  'caught in',
  // "always getting squeezed in an arm triangle"
  'squeezed in',
  'squished in',
  // European Portuguese "catches me": "toda a gente me apanha no triângulo"
  'me apanha',
  'me apanham',
  'me apanhou',
  'sucked into',
  'sucked in',
  // (not the user's own guard pull: "how to pull into closed guard")
  ...['pulled', 'dragged'].flatMap((verb) => [`get ${verb} into`, `got ${verb} into`, `getting ${verb} into`]),
  ...['pulled', 'dragged'].flatMap((verb) => [`was ${verb} into`, `been ${verb} into`, `keep ${verb} into`]),
  'dragged into',
  'get caught',
  'caught by',
  'tap to',
  'tapped by',
  'tapped with',
  'tapped from',
  'submitted by',
  'submitted with',
  'tap out to',
  'tapped out by',
  'tapped out with',
  'tapped out from',
  // "every blue belt taps me with the same kimura"
  // … and "this kid hit me with an inside heel hook", "got hit with a heel hook"
  ...['taps', 'tap', 'tapping', 'subs', 'sub', 'subbed', 'subbing', 'gets', 'catches', 'catching'].flatMap(
    (v) => `${v} me with`,
  ),
  ...['hit', 'hits', 'hitting', 'caught', 'finished', 'choked', 'smoked', 'got'].map((v) => `${v} me with`),
  'got hit with',
  'get hit with',
  'getting hit with',
  'has me',
  // "someone has my leg in an inside heel hook", "he had my arm in a kimura"
  ...['has', 'had'].flatMap((verb) =>
    ['my leg', 'my arm', 'my neck', 'my foot', 'my head'].map((part) => `${verb} ${part}`),
  ),
  'have me',
  'had me',
  'got me',
  'put me',
  'puts me',
  'catch me',
  'caught me',
  'off me',
  'off of me',
  // "how do i get the guy off my stomach" (knee on belly), "off my chest" (side control)
  'off my chest',
  'off my stomach',
  'off my belly',
  'end up in',
  'end up under',
  'ending up in',
  'ending up under',
  'ended up in',
  'ended up under',
  'wind up in',
  // Portuguese and Spanish: "fico no cem quilos e nao consigo fazer nada", "caio na montada", "acabo en la montada"
  ...['fico', 'ficava', 'fiquei', 'caio', 'acabo', 'termino'].flatMap((end) =>
    ['no', 'na', 'en', 'embaixo do', 'embaixo da', 'debajo de'].map((at) => `${end} ${at}`),
  ),
  'find myself in',
  'find myself under',
  ...HURTING.map((hurt) => `${hurt} me`),
  'murdering me',
  'owning me',
  'bullying me',
  'eating me alive',
  'giving me trouble',
  'giving me problems',
  'give me trouble',
  'my nemesis',
  'my kryptonite',
  'weakness',
];

/** Right after a technique or position, these make it something done to the user: "people triangling me". */
export const AIMED_AT_USER: readonly string[] = [
  ...['me', 'on me', 'against me', 'to me', 'on you', 'against you'],
  // German after the name: "er wird dauernd im dreieck gefangen", "mit dem choke erwischt"
  ...['gefangen', 'erwischt'],
];

/**
 * After a technique, "my" and one of these (or a position) make it done to the user too: "they pass
 * my half guard", "always armbar my left arm". Only after a technique: "mount my opponent" is the user's.
 */
export const USERS_OWN: readonly string[] = [
  'guard',
  'back',
  'arm',
  'arms',
  'neck',
  'leg',
  'legs',
  'foot',
  'feet',
  'ankle',
  'knee',
  'wrist',
  'heel',
  'toes',
  'hips',
];

/** Participles the -ed rule can't see; "keep getting swept" is as defensive as "getting passed". */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  ...['swept', 'thrown', 'taken', 'caught', 'beaten', 'stuck'],
  // German: "wenn ich die butterfly passe werd ich jedes mal gesweept"
  ...['gesweept', 'gepasst', 'getappt'],
];

/** Irregular forms and common misspellings of short words, folded before matching ("took the back" = "take the back"). */
/** Nicknames whose "-'d" verb would read as another word, by the name they stand for: "tri'd" is triangled. */
export const NAMES_OF_NICKNAMES: Readonly<Record<string, string>> = { tri: 'triangle' };

export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  // "sidecontrol esc plz"
  esc: 'escape',
  // "tried" would fold to "tri", the triangle's nickname
  tried: 'try',
  tries: 'try',
  swept: 'sweep',
  // the name as a verb, "getting knee on bellied": "-ied" would fold to "-i", not the name's "-y"
  bellied: 'belly',
  // a dropped "g": "stop ppl passin my guard"
  passin: 'passing',
  sweepin: 'sweeping',
  escapin: 'escaping',
  defendin: 'defending',
  chokin: 'choking',
  gettin: 'getting',
  takin: 'taking',
  eatin: 'eating',
  threw: 'throw',
  thrown: 'throw',
  took: 'take',
  taken: 'take',
  got: 'get',
  gotten: 'get',
  // "rnc from bck": a vowel dropped in a hurry
  bck: 'back',
  bak: 'back',
  bakc: 'back',
  frm: 'from',
  chk: 'choke',
  // the participle spelled as said: "keeps gettin armbard"
  armbard: 'armbarred',
  cntrl: 'control',
  gaurd: 'guard',
  gurad: 'guard',
  gard: 'guard',
  guad: 'guard',
  garud: 'guard',
  chock: 'choke',
  choak: 'choke',
  controll: 'control',
  contol: 'control',
  conrol: 'control',
  mout: 'mount',
  kimrua: 'kimura',
  gesweept: 'sweep',
  gepasst: 'pass',
  getappt: 'tap',
  thru: 'through',
  // "tris off dlr" ("tris" keeps its s: words ending in -is do), "rear naked choaked"
  tris: 'tri',
  choaked: 'choked',
  defence: 'defense',
  defences: 'defense',
  versus: 'vs',
};

/** Words kept as typed: folding them would merge them with an unrelated base ("trapped" ≠ "trap", "standing" ≠ "can't stand"). */
// "singles" are single legs ("no doubles, no singles"); "single" alone is "every single time"
export const UNSTEMMED_WORDS: readonly string[] = [
  // German participles: "jedes mal gesweept" (data/topic-aliases.ts IRREGULAR_PARTICIPLES)
  ...['gesweept', 'gepasst', 'getappt'],
  ...['trapped', 'pinned', 'standing', 'butterflies', 'singles'],
  // a city and a player, not "kob" (knee on belly) with an -e
  'kobe',
];

/** Words after which an -ed form is passive: "getting passed", "I keep getting triangled", "when mounted". */
export const PASSIVE_AUXILIARIES: readonly string[] = [
  'get',
  'gets',
  'getting',
  'got',
  'gotten',
  'keep',
  'keeps',
  'kept',
  'be',
  'being',
  'been',
  'is',
  'are',
  'was',
  'were',
  'am',
  'im',
  'when',
  'whenever',
  'if',
  // Portuguese: "tou sempre a ser montado", "fui raspado" ("estou montado" is being on top)
  ...['ser', 'sendo', 'fui', 'foi', 'sou'],
  // German: "werd ich jedes mal gesweept"
  ...['werd', 'werde', 'wird', 'werden', 'mal'],
];

/** Portuguese and Spanish words for the opponent: "a galera escapa", "se ele defender" ("o cara": intent.ts). */
export const IBERIAN_OPPONENTS: readonly string[] = [
  'galera',
  'pessoal',
  'eles',
  'ele',
  'ela',
  'elas',
  'ellos',
  'ella',
];

/** The other person acting: "when they escape mount", "stop people from escaping my mount" is their escape, not the user's. */
export const OPPONENT_WORDS: readonly string[] = [
  'everyone',
  'everybody',
  'they',
  'he',
  'she',
  'theyre',
  'hes',
  'shes',
  'opponent',
  'opponents',
  'partner',
  'partners',
  'someone',
  'somebody',
  'people',
  'ppl',
  'guy',
  'guys',
  'person',
  'them',
  ...IBERIAN_OPPONENTS,
  // "armbar without him escaping": the one the user holds
  'him',
  // "the blue belts all escape my mount", "the wrestlers keep shooting on me"
  'belts',
  'blues',
  'purples',
  'browns',
  'wrestlers',
  'judoka',
  'judokas',
  'teammates',
  'dude',
  'dudes',
  'lads',
  // "what to do when the other fellow rolls out of it"
  ...['fellow', 'fella', 'bloke', 'chap'],
  // "the girls keep defending my collar grips", "the big boys smash me"
  ...['girls', 'ladies', 'women', 'boys', 'men'],
];

/** Words that end the reach of an intent word: "escape mount and then armbar", "escape side control to half guard". */
export const CLAUSE_WORDS: readonly string[] = [
  'and',
  'or',
  'then',
  'but',
  'to',
  'into',
  'onto',
  'from',
  'after',
  'before',
  'so',
  'vs',
  'versus',
  'while',
  'because',
  'also',
  'plus',
  'than',
  'instead',
  '/',
  // Spanish: "cómo quitarse a alguien de encima y llegar a la espalda"
  'y',
  'pero',
  'entonces',
  'luego',
];

/** Words that join a list of topics that share one intent: "mount and side control escapes". */
export const LIST_WORDS: readonly string[] = ['and', 'or', 'plus', 'n', '/', ','];

/** Words that may sit between list items or between an intent word and its topic. */
export const FILLER_WORDS: readonly string[] = [
  ...['the', 'a', 'an', 'my', 'your', 'his', 'her', 'their', 'someones'],
  // "how do i get out of knee on belly and also the mount"
  'also',
];

/** Positions the top player pins from: "under" or "bottom" one ("under side control", "bottom mount") is escaping it. */
export const PINS: readonly BaseTopic[] = ['mount', 'side_control', 'knee_on_belly', 'north_south'];
export const UNDER_WORDS: readonly string[] = [
  'under',
  'underneath',
  'beneath',
  'bottom',
  'abajo',
  'debajo',
  'embaixo',
  // German, Polish, Tagalog and Indonesian: "unter north south gelegen", "pod kontrolą boczną", "sa ilalim ng side control"
  'unter',
  'pod',
  'ilalim',
  'bawah',
];

/** Where one gets stuck off the mat: "stuck in traffic thinking about x guard" escapes nothing. */
export const OFF_THE_MAT: readonly string[] = [
  'traffic',
  'work',
  'office',
  'meeting',
  'meetings',
  'bed',
  'line',
  'queue',
  'airport',
  'elevator',
  'lift',
  'rut',
  'car',
  'bus',
  'train',
  'school',
  'jam',
];

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
/** Defending words read through a one-letter slip ("ecsape", "escpae", "defnese"): see topics/typos.ts. */
export const TYPO_TOLERANT_DEFENDING: readonly string[] = [
  'escape',
  'escapes',
  // "escpaing turtle once a guy gets the seatbelt"
  'escaping',
  'defense',
  'defence',
  'defenses',
  'defences',
];

export const NEVER_CORRECTED: readonly string[] = [
  // Spanish and Portuguese for someone else escaping ("se me escapa", "escapou"): not the user's escape
  ...['escapa', 'escapan', 'escapen', 'escapam', 'escapó', 'escapou', 'escapas'],
  // German for a belt: "den eigenen gürtel" is no turtle
  'gurtel',
  'guertel',
  // the lower back is no Spanish "tumbar"; prices are no "costas"
  'lumbar',
  'costs',
  // English words one letter from a glossary word: "torture" is not "tortue", "rasped" not "raspei"
  'torte',
  'torque',
  'torture',
  'rasped',
  'rasper',
  'halacha',
  // Portuguese in the message of a Brazilian academy ("treino amanhã": tomorrow, not "aranha";
  // "o kimono rasgou": it tore, not "raspou")
  'amanha',
  'rasgou',
  'rasgar',
  'rasgado',
  'rasgada',
  'rasgando',
  // "me apanha" (catches me) is not "aranha"
  'apanha',
  'apanham',
  'apanhou',
  'american',
  'americans',
  'banana',
  'bananas',
  'better',
  'buttery',
  'chance',
  'charge',
  'closer',
  // "the key to the closet"
  'closet',
  'closets',
  'detain',
  'detention',
  'fickle',
  'fitting',
  'granny',
  'hitting',
  'hurtle',
  'kringle',
  'nickle',
  'pickle',
  'regard',
  'remain',
  'retail',
  'retrain',
  'sanding',
  'scrawl',
  'setting',
  'sickly',
  'slider',
  'snider',
  'snyder',
  'spidery',
  'standings',
  'strange',
  'stranding',
  'suckle',
  'though',
  'tickle',
  'tingle',
  'triage',
  'tripos',
  'walloon',
  'wresting',
  // Common short words one letter from a word inside a longer alias ("near mount" is not "rear mount").
  'near',
  'form',
  'ever',
  'cover',
  'then',
  'make',
  'sake',
  'wake',
  'lake',
  'bake',
  'tale',
  'stake',
  'wheel',
  'cook',
  'book',
  'best',
  'melt',
  'rock',
  'lack',
  'clock',
  'short',
  'draw',
  'fear',
  'dear',
  'year',
  'wear',
  'tear',
  'gear',
  'bear',
  'cold',
  'gold',
  'sold',
  'fold',
  'hold',
  'ball',
  'fall',
  'fill',
  'fell',
  'feed',
  'meet',
  'food',
  'boot',
  'root',
  'some',
  'same',
  'came',
  'fame',
  'gate',
  'kick',
  'pick',
  'sick',
  'pack',
  'miss',
  'loss',
  'poll',
  'role',
  'ride',
  'tide',
  'wide',
  'pride',
  'town',
  'tour',
  'song',
  'along',
  'wish',
  'worth',
  'forth',
  'mouth',
  'youth',
  'sand',
  'stick',
  'stock',
];

/** Guards the user plays from the bottom: "my closed guard" is the user's own, not a position to escape. */
export const GUARD_POSITIONS: readonly TopicId[] = GUARDS;

/** Topics an intent word never turns into `_defense`/`_escape`: attire, standing, and retention itself. */
export const NO_INTENT_TOPICS: readonly TopicId[] = ['gi', 'no-gi', 'standing', 'guard_retention'];
