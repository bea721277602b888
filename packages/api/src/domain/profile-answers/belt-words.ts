// Vocabulary for "are you a beginner … or more experienced?". Data only; belt.ts reads it.

import type { Fuzzy, PhraseTable } from './lexicon';
import { IBERIAN_OTHERS, SPOUSE_WORDS } from './other-subject-words';
import { NOW_OTHER_TONGUES } from './now-and-past-words';
import { RELATIVES, RELATIVE_PHRASES } from './family-words';
import type { BeltLevel } from './types';
import { WORLD_BELT_TIMES, WORLD_COLOURS, WORLD_LEVELS, WORLD_OTHERS } from './world-words';
import { BELT_TO_COME } from './belt-future-words';
import { OFFICIAL_NOW } from './belt-official-words';
import { SW_AF_COLOURS } from './swahili-afrikaans-words';
import { FIRST_COLOUR_BELT } from './belt-first-colour-words';
import { NO_BELTS_GIVEN } from './belt-none-given-words';
import { BELT_RESTART } from './belt-restart-words';

/**
 * A colour names the belt itself; `novice`/`experienced` answer the question's either-or
 * (docs/rules.md §1: "experienced"/"advanced" with no colour → blue); `neutral` consumes a colour used in
 * another sense ("blue gi") so it is not read as a belt.
 */
export type BeltSignal = BeltLevel | 'novice' | 'experienced' | 'started' | 'neutral';

const COLOURS: PhraseTable<BeltLevel> = [
  ['white|whitebelt|wht|🤍|⬜|⚪|🏳', 'white'],
  ['blue|bluebelt|blu|bleu|💙|🟦|🔵', 'blue'],
  ['purple|purplebelt|purp|purps|prpl|💜|🟪|🟣', 'purple'],
  ['brown|brownbelt|brn|🤎|🟫|🟤', 'brown'],
  ['black|blackbelt|blk|🖤|⬛|⚫', 'black'],
  // Coral and red belts are the degrees above black: as a level, that is black.
  ['coral|red and|n|& black', 'black'],
  ['coral|red belt', 'black'],
  // Portuguese, the language of the sport's ranks: "faixa azul", "roxa", "preta".
  ['branca', 'white'],
  ['azul', 'blue'],
  ['roxa', 'purple'],
  ['marrom', 'brown'],
  // European Portuguese "faixa castanha", "cinturão castanho"
  ['castanha|castanho', 'brown'],
  ['preta', 'black'],
  // Spanish: "cinturón negro", "morado".
  ['blanco|blanca', 'white'],
  ['morado|morada|purpura|violeta', 'purple'],
  // "cinta café" in Mexico
  ['cafe', 'brown'],
  ['marron', 'brown'],
  ['negro|negra', 'black'],
  ...WORLD_COLOURS,
  ...SW_AF_COLOURS,
];

/** Every one-word name of a colour above ("blue", "roxa", "blk"): what a belt mention starts with. */
/** The word for a belt itself, in English, Portuguese and Spanish: "my black belt", "faixa preta", "cinturón negro". */
export const BELT_NOUNS: ReadonlySet<string> = new Set(['belt', 'faixa', 'cinturon', 'cinta']);

export const COLOUR_WORDS: ReadonlySet<string> = new Set(
  COLOURS.flatMap(([phrase]) => (phrase.includes(' ') ? [] : phrase.split('|'))),
);

// A colour followed by one of these is clothing or an object, not a rank.
// What one wears to train: a colour said of it is its colour, not a rank.
const KIT = 'gi|gis|kimono|kimonos|quimono|rashguard|rashguards|rash|shorts|spats|shirt|tee|hoodie|uniform';
const NOT_A_BELT = `sash|sashes|${KIT}|patch|tape|mat|mats|team|car|eyes|hair|coffee|jeans|sky|moon|collar`;

// Said of the kit: "my gi is blue", "rashguard's purple", "shorts are black and white"; Portuguese
// "kimono é azul" folds to "e". A colour after the kit with no verb is the Portuguese and Spanish word
// order: "kimono azul", "gi branco".
const SAID_OF = 'is|are|s|was|were|e|es';
const ANY_COLOUR = [...COLOUR_WORDS].join('|');
const IBERIAN_COLOURS =
  'branco|branca|preto|preta|azul|roxo|roxa|marrom|castanho|castanha|blanco|blanca|negro|negra|morado|morada|marron';
const KIT_COLOURS: PhraseTable<'neutral'> = [
  [`${KIT} ${SAID_OF} ${ANY_COLOUR}`, 'neutral'],
  [`${KIT} ${SAID_OF} ${ANY_COLOUR} and|&|/|n ${ANY_COLOUR}`, 'neutral'],
  [`${KIT} ${IBERIAN_COLOURS}`, 'neutral'],
];

const LEVEL_WORDS: PhraseTable<BeltSignal> = [
  ['beginner|beginners|beginning|newbie|newb|noob|nub|novice|rookie|new|newer|newish|fresh|starter', 'novice'],
  ['brand|pretty|very|fairly|super|totally|completely new', 'novice'],
  ['just|recently started|starting|began|begun|joined|signed', 'novice'],
  ['started|joined recently', 'novice'],
  ['getting|get started', 'novice'],
  ['zero|little|limited|minimal experience', 'novice'],
  ['barely any experience', 'novice'],
  ['not much experience', 'novice'],
  ['few|couple|handful of classes|lessons|sessions|weeks|months', 'novice'],
  ['few|couple classes|lessons|sessions|weeks|months', 'novice'],
  // "started in January" leans beginner, but "started 5 years ago" is about time, so it ranks lowest.
  ['started|starting|began|joined', 'started'],
  ['starting|started out', 'novice'],
  ['first|1st day|days|week|weeks|month|months|class|classes|lesson|year|few|couple', 'novice'],
  ['still green|learning', 'novice'],
  ['second|third|2nd|3rd|fourth|4th week|weeks|month|class|lesson', 'novice'],
  ['the basics|fundamentals', 'novice'],
  ['never trained', 'novice'],
  ['inexperienced|unexperienced', 'novice'],
  // a first stripe is on some belt: it says which no more than "got promoted" does
  ['first|1st stripe', 'neutral'],
  // a gym that gives no belts says no level (belt-none-given-words.ts)
  ...NO_BELTS_GIVEN,
  ['no belt|belts|rank', 'novice'],
  ['no bjj|jiujitsu belt|belts|rank', 'novice'],
  ["don't|dont have a belt", 'novice'],
  ['do not have a belt', 'novice'],
  ['the|option first|former|1st|a', 'novice'],
  ['first one|option', 'novice'],
  ['advanced|intermediate beginner', 'novice'],
  [
    'experienced|experience|advanced|intermediate|seasoned|veteran|vet|mid|midlevel|refine|refining|refined|latter',
    'experienced',
  ],
  ['in between|betweenish', 'experienced'],
  ['in the middle', 'experienced'],
  ['mid level', 'experienced'],
  ['upper|higher|coloured|colored belt|belts', 'experienced'],
  ['the|option second|latter|2nd|b', 'experienced'],
  ['second one|option', 'experienced'],
  ['been around', 'experienced'],
  // Time on the mats with no colour: docs/rules.md §1 reads "experienced" as blue.
  ['been training|rolling|grappling a while', 'experienced'],
  ['a while now', 'experienced'],
  ['a long time|while', 'experienced'],
  ['for years|ages|decades', 'experienced'],
  // "new" in these senses says nothing about the user's level.
  ['new gym|academy|school|job|city|team|coach|gi|rashguard|club|place|town|job', 'neutral'],
];

export const BELT_TABLE: PhraseTable<BeltSignal> = [
  ...COLOURS,
  // dictated: "blue bell", "blew belt"
  ...COLOURS.map(([phrase, value]) => [`${phrase} belt|belts|bet|blet|beld|bell`, value] as const),
  ['blew belt|bell', 'blue'],
  // the first colour after white (belt-first-colour-words.ts)
  ...FIRST_COLOUR_BELT,
  ...COLOURS.map(([phrase]) => [`${phrase} ${NOT_A_BELT}`, 'neutral'] as const),
  ...KIT_COLOURS,
  // "gi is blue belt, nogi is advanced": a belt said of the kit's side of the sport is a rank
  ...COLOURS.map(([phrase, value]) => [`${KIT} ${SAID_OF} ${phrase} belt`, value] as const),
  ...LEVEL_WORDS,
  ...WORLD_LEVELS,
];

/** Typos: "purpel", "brwn", "balck", "whte", "bluee", "begginer", "expierenced". */
export const BELT_FUZZY: Fuzzy<BeltSignal> = {
  targets: [
    ['white', 'white'],
    ['blue', 'blue'],
    ['purple', 'purple'],
    ['brown', 'brown'],
    ['black', 'black'],
    ['beginner', 'novice'],
    ['novice', 'novice'],
    ['newbie', 'novice'],
    ['experienced', 'experienced'],
    ['advanced', 'experienced'],
    ['intermediate', 'experienced'],
    // the ranks' own Portuguese names: "azull", "roxxa", "marom"
    ['azul', 'blue'],
    ['roxa', 'purple'],
    ['marrom', 'brown'],
    ['preta', 'black'],
    ['branca', 'white'],
    // …and Spanish ones: "blanka", "morao", "negrp"
    ['blanca', 'white'],
    ['blanco', 'white'],
    ['morada', 'purple'],
    ['morado', 'purple'],
    ['marron', 'brown'],
    ['negra', 'black'],
    ['negro', 'black'],
  ],
  minLength: 4,
  notTypos: [
    'write',
    'while',
    'whine',
    'blur',
    'blub',
    'blues',
    'brow',
    'brows',
    'brawn',
    'back',
    'block',
    'blank',
    'blac',
    'glue',
    'clue',
    'true',
    // Portuguese words one slip from a rank's name: pink, silver, near, poor
    'rosa',
    'prata',
    'perto',
    'pobre',
    // …and Spanish and Portuguese everyday words and places one slip from "roxa", "preta", "branca":
    // "la roma norte", "roja" (red), "ropa" (clothes), "rota", "roda", "presa", "branda" (soft)
    ...['roma', 'roja', 'ropa', 'rota', 'roda', 'rola', 'roca', 'presa', 'branda', 'franca'],
    // …and from the Spanish names: "mirada" (a look), "negar" (deny), "blanda" (soft), bone "marrow"
    ...['mirada', 'morida', 'negar', 'nego', 'blanda', 'blando', 'marrow', 'maroon', 'mercado'],
  ],
};

/** Which martial art a colour belongs to: only the BJJ belt answers the question. */
export type Art = 'bjj' | 'other';
export const ART_WORDS: PhraseTable<Art> = [
  // French "jjb" (jiu-jitsu brésilien)
  ['bjj|jiujitsu|jujitsu|jiu|jj|gjj|jjb', 'bjj'],
  ['brazilian jiu|jujitsu|jiujitsu', 'bjj'],
  [
    'judo|karate|taekwondo|tkd|aikido|kungfu|hapkido|kenpo|kempo|jujutsu|krav|tang|shotokan|kyokushin|wado|kickboxing|boxing|box|sambo|capoeira|muay',
    'other',
  ],
  // Spanish and Portuguese boxing: "boxeo el lunes", "boxe na segunda"
  ['boxeo|boxe', 'other'],
  ['tae kwon|kwan do', 'other'],
  ['kung fu', 'other'],
  ['japanese jiu|jujitsu|jiujitsu|jujutsu', 'other'],
];

/** Before "started": the user does not train BJJ yet ("haven't started bjj", "yet to start"). */
export const NOT_BEGUN: ReadonlySet<string> = new Set(["haven't", 'havent', "hasn't", 'hasnt', 'never', 'not', 'to']);

/** Said of someone else (forward only: the cue comes before the belt it describes). */
export const OTHER_PERSON_CUES: PhraseTable<true> = [
  [
    'coach|coaches|professor|prof|instructor|instructors|teacher|sensei|partner|partners|teammate|teammates|friend|friends|buddy|wife|husband|gf|bf|girlfriend|boyfriend|son|daughter|kid|kids|brother|sister|dad|mom|pai|mae|mãe|irmao|irmão|he|she|they|his|her|their|everyone|everybody|people|guys|girls|guy|man|woman|lady|dude|who|most|other|others',
    true,
  ],
  [SPOUSE_WORDS.join('|'), true],
  // a coach in Portuguese and Spanish: "meu mestre é preta"
  ['mestre|maestro|profe|treinador|entrenador', true],
  [IBERIAN_OTHERS.join('|'), true],
  [WORLD_OTHERS.join('|'), true],
  [RELATIVES.join('|'), true],
  ...RELATIVE_PHRASES.map((phrase) => [phrase, true] as const),
  ['roll|rolled|rolling|rolls|train|trained|training|spar|sparred|sparring with|against', true],
  ['beat|tapped|submitted|subbed|smashed|choked|against', true],
  ['feel|feels|felt like', true],
  ['look|looks|roll|rolls|play|plays like', true],
  ['than|below|above|under', true],
  // "trénuju pod černým pásem" (Czech, Polish), "trainiere unter einem Schwarzgurt": trained under
  ['pod|unter', true],
  ['compared to', true],
  // "armbarred by a purple belt", "lost to a brown belt": the colour is the other person's.
  ['by|to a|an|the', true],
];

/**
 * When the belt was or will be held, relative to now: `next` is the belt right above the user's
 * ("almost purple", "waiting on my blue"), `hope` a belt only wished for or promised ("aiming for
 * purple", "coach says I'll probably get my blue"): it says nothing of the user's belt now; `after`
 * a belt left behind ("left white belt behind").
 */
export type BeltTime = 'past' | 'now' | 'next' | 'hope' | 'after';
export const BELT_TIME_CUES: PhraseTable<BeltTime> = [
  ['was|were|previously|formerly|ex|before|from', 'past'],
  ['used to', 'past'],
  ['back then', 'past'],
  [
    'now|currently|presently|today|got|earned|promoted|received|became|finally|officially|still|tied|awarded|wrapped',
    'now',
  ],
  ['just got|became|earned|received', 'now'],
  ['as of', 'now'],
  // "white. well, blue since tuesday actually": held since a day just past
  ['since yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|weds|sat|sun|fri', 'now'],
  ['since last week|month|class|saturday|friday|tuesday|night', 'now'],
  ['promoted|bumped|moved|upgraded me to', 'now'],
  ['promoted|bumped|moved|upgraded to', 'now'],
  ['bumped|moved up to', 'now'],
  ['gave|handed me', 'now'],
  ['gave|handed me my', 'now'],
  ['surprised|presented me with', 'now'],
  // Portuguese and Spanish: "por enquanto marrom" (for now), "agora", "ahora", "hoy"
  [NOW_OTHER_TONGUES.join('|'), 'now'],
  ['por enquanto|agora|ahora', 'now'],
  // "era azul, semana passada o professor me graduou pra roxa", "me ascendieron a morado"
  ['era|antes', 'past'],
  ['me graduou|graduaram|promoveu|promoveram|deu|deram|dio|dieron|ascendieron|ascendio', 'now'],
  ['almost|nearly|soon|next|upcoming|testing', 'next'],
  ['close|closer to', 'next'],
  ['about to', 'next'],
  ['waiting on|for', 'next'],
  ['up for', 'next'],
  ['one stripe away from', 'next'],
  [
    'hopefully|someday|eventually|want|wanna|hoping|hope|aiming|aim|dream|goal|probably|supposed|promised|should|will|ll|ill|gonna|plan|planning|target',
    'hope',
  ],
  ['going|gunning|working for|towards|toward|on', 'hope'],
  // "getting promoted to brown next week supposedly"
  ['getting|gonna get promoted to', 'hope'],
  ['supposedly', 'hope'],
  // picked for a promotion still to come: "coach says im ready for blue", "on the list for purple"
  ['ready for', 'hope'],
  ['on the list|shortlist for', 'hope'],
  ['in line for', 'hope'],
  // "prof kept me at white with 4 stripes": held at it, so the belt now
  ['kept|keeps|keeping|held|holding me at|on', 'now'],
  ['kept|held at', 'now'],
  // "coach had me go back to blue": the belt now
  ['go|went|gone back to', 'now'],
  ...BELT_RESTART,
  // a belt promised or still to come: "getting my purple at the next grading", "vou pegar a roxa"
  ...BELT_TO_COME,
  ...OFFICIAL_NOW,
  ['fingers crossed|crossed for', 'hope'],
  // "inshallah blue by end of year": God willing, by a date ahead
  ['inshallah|inshaallah|insha allah', 'hope'],
  ['by the end of', 'hope'],
  ['by end of', 'hope'],
  ['d|would love|like to', 'hope'],
  // "they said I might get my black this year": a chance, not a belt held
  ['might|may|could get|earn', 'hope'],
  ['might|may|could be getting', 'hope'],
  ['left|graduated|outgrew|past', 'after'],
  ['moved on|up from', 'after'],
  ['done with', 'after'],
  ...WORLD_BELT_TIMES,
];
