// Vocabulary of discomfort in a position, for main_position. Data only.

import type { PhraseTable } from './lexicon';
import type { NegationCue } from './negation-words';
import { UNKNOWN_SIDE } from './position-unknown-words';
import { WEAKNESS_CUES } from './position-weakness-words';
import { DREAD_CUES } from './position-dread-words';
import { SCORN_CUES } from './position-scorn-words';

const SO = 'so|really|super|too|very|way|soo|completely|totally';
const WORN_OUT =
  'tired|exhausted|gassed|winded|knackered|shattered|drained|annoyed|frustrated|irritated|miserable|cranky';
// "feels like", "is like", "seems like": the side likened to what follows
const LIKE = 'feels|feel|felt|seems|seem|is|s|its like';
// people the side is left to: "bottom is for ppl with good hips", "top is for the big boys"
const OTHER_PEOPLE = 'ppl|people|folks|guys|boys|girls|those|kids|others|someone|somebody|anyone|dudes|heavyweights';
const KIND_OF = 'big|bigger|heavy|heavier|young|younger|flexible|bendy|strong|stronger|other|tall|taller';
const WEARING = 'exhausting|tiring|draining|annoying|frustrating|tedious|knackering';

/**
 * Fear or discomfort in a position is avoiding it: "top feels awkward to me", "bottom game terrifies
 * me", "I feel lost on top". Read like negations, for positions only ("still feels weird tying my
 * new belt" is happy news).
 */
export const DISCOMFORT_CUES: PhraseTable<NegationCue> = [
  ['scared|afraid|terrified|frightened|wary of', 'pre'],
  ['fear|fears|hate|hates|dread|dreads', 'pre'],
  // strong feeling words: "detest bottom anything", "i loathe being underneath"
  ['detest|detests|abhor|abhors|loathe|loathes', 'pre'],
  // "bottom is my nemesis", "top is my kryptonite"
  ['is|s my nemesis|kryptonite|enemy', 'both'],
  ['is|s my worst enemy', 'both'],
  // "being underneath people gives me claustrophobia", "i get claustrophobic under people"
  ['gives|give|gave me claustrophobia|anxiety|panic', 'both'],
  ['gives|give|gave me the creeps|ick', 'both'],
  ['get|gets|got|feel|feels|felt claustrophobic', 'pre'],
  // "my guard is garbage so i always try to come up on top"
  ['is|s|are garbage|trash|terrible|awful|horrible|hopeless|useless', 'both'],
  // "top is grim", "passing is rubbish"
  ['is|s|are grim|rubbish|shite|shit|crap|pants|miserable|bleak|hell|torture', 'both'],
  // as typed in chat, the verb alone: "top top top. bottom sux", "guard stinks"
  ['sux|suxx|sukz|stinks', 'both'],
  // "bottom is where i go to die"
  ['is|s where i go to die', 'both'],
  ['is|s where i die', 'both'],
  ['uncomfortable|awkward|lost in|on|at|with', 'pre'],
  // "so clumsy on top", "i feel clumsy up there"
  ['clumsy|unsteady|wobbly in|on|at|from', 'pre'],
  ['feel|feels|felt|am|im|get clumsy|unsteady|wobbly', 'pre'],
  // "i feel like im drowning under people", "suffocating on bottom"
  ['drowning|suffocating|smothered|smothering', 'pre'],
  // "im useless on top so i avoid it"
  ['useless|hopeless|helpless|clueless in|on|at|from', 'pre'],
  ['feels|feel|felt|is|s awkward|weird|uncomfortable|unnatural|wrong', 'both'],
  ['terrifies|terrify|scares|scare|frightens me', 'both'],
  ['freaks|freak me out', 'both'],
  ['makes|make|made me nervous|anxious|uncomfortable|panic|claustrophobic', 'both'],
  ['stresses|stress me out', 'both'],
  // "bottom is a nightmare for me", "my worst nightmare is being on bottom"
  ['nightmare|nightmares', 'both'],
  // "bottom is my worst nightmare": the side named before the copula
  ['is|s my|a|the worst nightmare', 'both'],
  // "i get flattened every time im on bottom"
  ['flattened|squashed|crushed|smashed every time im', 'pre'],
  ['flattened|squashed|crushed|smashed whenever|when im', 'pre'],
  // a side left to others is not the user's: "bottom is for ppl with good hips", "top is for the big guys"
  [`is|s|are for ${OTHER_PEOPLE}`, 'post'],
  [`is|s|are for the ${OTHER_PEOPLE}`, 'post'],
  [`is|s|are for ${KIND_OF} ${OTHER_PEOPLE}`, 'post'],
  [`is|s|are for the ${KIND_OF} ${OTHER_PEOPLE}`, 'post'],
  // "pressure passing bores me to death"
  ['bores|bore me', 'both'],
  ['bored of|by|with', 'pre'],
  // "i stopped pulling guard and started passing"
  ['stopped|quit', 'pre'],
  // a side that hurts: "on top my knees hurt", "abajo me ahogo", "sa bottom masakit likod ko"
  ['my knees|knee|back|neck|shoulders|shoulder|hips|hip hurt|hurts|ache|aches', 'both'],
  ['hurts|hurt my', 'both'],
  ['me ahogo|asfixio|canso|duele|duelen', 'both'],
  ['masakit|nasasaktan', 'both'],
  ['never|havent|didnt|not stopped|quit', 'idiom'],
  // a side skipped is avoided: "I skip the wrestling rounds and jump straight to closed guard"; one
  // never skipped is kept ("never skip guard work")
  ['skip|skips|skipping|skipped', 'pre'],
  ["never|dont|don't|rarely|seldom skip|skips", 'idiom'],
  // what tires or annoys the user is avoided: "passing guard makes me so tired", "top drains me",
  // "bottom is exhausting", "sick of being on bottom", "pasar me cansa", "nakakapagod sa top"
  [`makes|make|made|gets|get|leaves|leave me ${WORN_OUT}`, 'both'],
  [`makes|make|made|gets|get|leaves|leave me ${SO} ${WORN_OUT}`, 'both'],
  ['makes|make|made me want to quit|die|cry', 'both'],
  ['tires|tire|wears|wear|burns|burn|tuckers|tucker me out', 'both'],
  ['tires|exhausts|exhaust|drains|drain|annoys|annoy|frustrates|frustrate|irritates|irritate|kills|kill me', 'both'],
  [`is|s|are|feels|feel ${WEARING}`, 'both'],
  [`is|s|are|feels|feel ${SO} ${WEARING}`, 'both'],
  ['is|s|are a slog|chore|drag', 'both'],
  // "passing feels like a chore", "top is like a slog"
  [`${LIKE} a slog|chore|drag`, 'both'],
  ['pisses|piss me off', 'both'],
  ['gets|get on my nerves', 'both'],
  ['drives|drive me crazy|nuts|mad|insane', 'both'],
  ['tired|sick|weary of', 'pre'],
  // a side that feels like defeat is avoided: "pulling guard feels like giving up to me", "sitting to
  // guard is basically quitting", "bottom feels like losing", "playing top feels like a cop out"
  [`${LIKE} giving up|in`, 'both'],
  [`${LIKE} quitting|surrendering|surrender|losing|defeat|cheating`, 'both'],
  [`${LIKE} admitting|accepting defeat`, 'both'],
  [`${LIKE} a cop out|copout|surrender|defeat`, 'both'],
  ['is|s basically|just|kinda|like giving up|in', 'both'],
  ['is|s basically|just|kinda|like quitting|surrendering|losing', 'both'],
  // "i get tired holding people down", "I get gassed on bottom"
  [`get|gets|getting|got ${WORN_OUT}`, 'pre'],
  ['sick and tired of', 'pre'],
  // a body not made for the side: "my hips are way too stiff for rubber guard", "too heavy to play bottom"
  ['too stiff|inflexible|tight|creaky|rigid|heavy|big|tall|fat|unfit|injured for|to', 'pre'],
  ['too beat|banged up for|to', 'pre'],
  ['fed up with|of', 'pre'],
  ['me cansa|cansan|agota|agotan|fastidia|molesta|irrita|aburre|estresa|estressa', 'both'],
  ['me deixa|deja cansado|cansada|exausto|exausta|agotado|agotada', 'both'],
  ['e|es|eh cansativo|cansativa|exaustivo|exaustiva|agotador|agotadora|chato|chata', 'both'],
  ['nakakapagod|nakakainis|nakakabagot', 'both'],
  ...UNKNOWN_SIDE,
  // "bottom is my weakness", "top is where i struggle"
  ...WEAKNESS_CUES,
  // "top feels so awkward", "bottom's the worst", "bottom is where I panic"
  ...DREAD_CUES,
  // "guard pulling is lame", "my guard is swiss cheese"
  ...SCORN_CUES,
];
