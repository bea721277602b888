// Vocabulary for "What are you working towards? Competition? Just getting better? Fitness?". Data only.

import type { PhraseTable } from './lexicon';
import type { TrainingGoal } from './types';
import { SW_AF_GOALS } from './swahili-afrikaans-words';
import { NOT_BEING_GOALS } from './goal-not-being-words';
import { WORLD_GOALS } from './world-words';
import { LEISURE_GOALS } from './goal-leisure-words';
import { HARM_AVOIDED } from './goal-harm-words';
import { DANGER_AHEAD } from './goal-danger-words';
import { TECHNIQUE_GOALS } from './goal-technique-words';
import { MASTERY_GOALS, MASTERY_GOALS_ABROAD } from './goal-mastery-words';
import { REFUGE_GOALS } from './goal-refuge-words';
import { GOALS_DISCLAIMED } from './goal-disclaimer-words';

/**
 * A verb is a goal on its own but only the verb when another goal follows: `learning_verb`
 * ("learn", "improve", "get better at") is skill development, yet "learn to defend myself" is
 * self-defense; `liking_verb` ("love", "enjoy") is having fun, yet "I'd love to compete" is competition.
 */
export type GoalSignal = TrainingGoal | 'learning_verb' | 'liking_verb' | 'rank' | 'neutral';

export const VERB_GOALS: Readonly<Record<'learning_verb' | 'liking_verb', TrainingGoal>> = {
  learning_verb: 'skill_development',
  liking_verb: 'recreational',
};

/** A promotion, and the copula and time that date it: "promotion's in june", "la promoción es el sábado". */
const PROMOTION_EVENTS = 'promotion|promocion|promocao|grading|graduacao|graduacion|graduation|test';
const PROMOTION_DATED = 'is|s|e|es|sera in|on|at|next|this|soon|coming|em|en|no|na|el|la|mes';
// taking someone else to their competitions: "drive him to the comps", "take my daughter to tournaments"
const CARRY = 'drive|drives|driving|drove|take|takes|taking|took|bring|brings|bringing|brought';
const COMPS = 'tournaments|tournament|comps|comp|competitions|competition';

export const GOAL_TABLE: PhraseTable<GoalSignal> = [
  // Competition.
  [
    'compete|competes|competing|competed|competition|competitions|competitive|competitor|comp|comps|tournament|tournaments|tourney|tourneys|tournaments|medal|medals|medaling|podium|gold|champion|champions|championship|championships|champ|worlds|mundials|mundial|pans|euros|nationals|ibjjf|adcc|naga|fuji|sjjif|uaejjf|ajp|superfight|superfights|mma|ufc|cage|brackets|compete',
    'competition',
  ],
  [
    'win|winning|won a|some|the|at|in|medal|medals|gold|tournament|tournaments|comps|matches|competitions|worlds|pans',
    'competition',
  ],
  ['win|winning', 'competition'],
  ['grappling industries', 'competition'],
  ['abu dhabi', 'competition'],
  ['fight|fighting|fights mma|amateur|pro|professionally', 'competition'],
  ['fight|fighting|compete|competing in|at mma|ufc', 'competition'],
  ['fight|fighting|compete|competing in the cage', 'competition'],
  ['go|going|turn pro', 'competition'],
  ['masters worlds', 'competition'],
  // a tournament by name: "win pans", "training for the europeans", "a local open", "adcc trials"
  ['europeans|panams|panam|brasileiros|brasileirao|ebi|polaris', 'competition'],
  ['pan am|ams|americans', 'competition'],
  // "drilling every day for the pan in june": the Pan Ams said short
  ['for|at|win|winning the pan', 'competition'],
  ['european open|championship|championships', 'competition'],
  ['local|regional|state|city open|opens', 'competition'],
  // "the local open mat" is a class
  ['local|regional|state|city open mat|mats|class|classes|gym', 'neutral'],
  ['sign up for', 'competition'],
  // Skill development.
  [
    'better|technique|techniques|technical|skill|skills|progress|progressing|progression|refine|refining|mastery|master|mastering|knowledge|understanding|evolve|evolving|sharpen|sharper|polish|grow|growth|promotion|promoted',
    'skill_development',
  ],
  ['learn|learning|improve|improving|improvement|develop|developing|development|understand', 'learning_verb'],
  ['get|getting|got|be|become|becoming better', 'learning_verb'],
  ['better at', 'learning_verb'],
  ['work|working on', 'learning_verb'],
  ['level up|levelling|leveling', 'skill_development'],
  ['levelling|leveling up', 'skill_development'],
  ...[...MASTERY_GOALS, ...MASTERY_GOALS_ABROAD],
  // A rank is a goal only when aimed at ("get my blue belt", "brown belt eventually"): a bare
  // "purple belt" is the user's belt, answering another question. Black belt is everyone's goal.
  ['stripe|stripes|belt|belts|faixa', 'rank'],
  ['white|blue|purple|brown|my belt|belts', 'rank'],
  ['blue|purple|brown|azul|roxa|marrom', 'rank'],
  ['black|next belt|belts|stripe|stripes', 'skill_development'],
  ['black|preta', 'skill_development'],
  ['be the best', 'skill_development'],
  ['the best i can be', 'skill_development'],
  ['my game', 'skill_development'],
  ['better grappler|fighter|athlete|practitioner|player|roller', 'skill_development'],
  ['better martial artist', 'skill_development'],
  // Fitness.
  [
    'fit|fitness|fitter|fittest|shape|cardio|conditioning|endurance|stamina|health|healthy|healthier|exercise|exercising|workout|workouts|strength|strong|stronger|flexibility|flexible|mobility|calories|active|overweight|weight|athletic|athleticism|longevity|physique|gains|fat|lbs|pounds|kilos|kg|lose|losing|abs|wind|gas',
    'fitness',
  ],
  ['work|working out', 'fitness'],
  ['shredded|ripped|jacked|swole|lean', 'fitness'],
  ['not die|gas|gassing|gassed', 'fitness'],
  ['fundamentals|details|basics|fundies', 'skill_development'],
  ['better shape|cardio|health|conditioning|endurance|stamina|body', 'fitness'],
  ['feel better', 'fitness'],
  ['in shape', 'fitness'],
  ['out of shape', 'fitness'],
  ['stay|staying|keep|keeping|get|getting active|fit|healthy|moving', 'fitness'],
  ['lose|losing|lost|drop|dropping|shed|shedding weight|pounds|lbs|kg|kilos|fat|belly|the', 'fitness'],
  ['weight loss', 'fitness'],
  // cutting weight for a division is for the competition: "cutting weight for the pan"
  ['cutting|cut weight', 'competition'],
  // Whole phrases, so the "not" is the goal: "to not be the fat guy at the bbq anymore"
  ...NOT_BEING_GOALS,
  // a health scare: "my doc said my blood pressure was thru the roof"
  ['blood pressure|sugar', 'fitness'],
  ['cholesterol|diabetes|prediabetic|prediabetes', 'fitness'],
  ['heart attack|condition|problems', 'fitness'],
  // a promotion received is news, not a goal: "got promoted to blue and signed up for my first tournament"
  ['got|was|just promoted', 'neutral'],
  // a promotion with a date is news of an event, not a goal: "promotion's in june", "a graduação é em junho"
  [`${PROMOTION_EVENTS} ${PROMOTION_DATED}`, 'neutral'],
  [`belt|stripe|faixa ${PROMOTION_EVENTS} ${PROMOTION_DATED}`, 'neutral'],
  // "promoted to brown, stopped competing": a promotion told is a rank, a goal only when aimed at
  ['promoted|promotion to white|blue|purple|brown|black', 'rank'],
  // what the body should manage: "keep up w my kids and not be winded on the stairs", "desk job is killing my back, i need to move"
  ['keep up with|w my kids|children|son|daughter', 'fitness'],
  ['winded|breathless', 'fitness'],
  ['out of breath', 'fitness'],
  ['need|needed|have to move', 'fitness'],
  ['move more', 'fitness'],
  ['desk job', 'fitness'],
  ['dad|mom bod', 'fitness'],
  ['look good|better|decent|great', 'fitness'],
  ['beach|summer body', 'fitness'],
  ['burn calories', 'fitness'],
  // Recreational.
  [
    'fun|enjoyment|enjoyable|hobby|hobbies|stress|destress|decompress|relax|relaxing|relaxation|unwind|therapy|therapeutic|sanity|sane|social|socialize|socialise|friends|community|passion|recreational|recreation|leisure|pastime|casual|casually|meditation|meditative|happiness|happy|addicted|addicting|lifestyle|vibe|vibes',
    'recreational',
  ],
  ['love|loving|enjoy|enjoying|like', 'liking_verb'],
  // a hedge, not liking: "more like getting better technique wise"
  ['more|kinda|something|sorta like', 'neutral'],
  ['technique wise', 'skill_development'],
  // Portuguese: "lazer, só pra me divertir"
  ['lazer|diversao|diversão|divertir|hobby|distrair|relaxar', 'recreational'],
  ['barriga|emagrecer|peso|saude|saúde', 'fitness'],
  ['forma fisica|física', 'fitness'],
  ['perder peso|barriga', 'fitness'],
  ['melhorar|evoluir|aprender', 'learning_verb'],
  ['tecnica|técnica|jogo', 'skill_development'],
  ['defender|defesa', 'self_defense'],
  // "hoje compito", "estoy compitiendo"
  ['competir|competicao|competição|campeonato|campeonatos|compito|competindo|compitiendo', 'competition'],
  ['saude|condicionamento|emagrecer', 'fitness'],
  // "é só pra suar", "sudar un poco", "work up a sweat"
  ['suar|sudar|sweat|sweating|sweaty', 'fitness'],
  ['em forma', 'fitness'],
  // Spanish: "solo por diversión", "torneos", "defensa personal", "ponerme en forma"
  ['diversion|divertirme|divertirse|pasatiempo|relajarme|desestresarme', 'recreational'],
  ['pasarla|pasarlo bien', 'recreational'],
  ['buen rato', 'recreational'],
  ['competencia|competencias|torneo|torneos|campeonato', 'competition'],
  ['defensa personal', 'self_defense'],
  // "no es para pelear en la calle", "para defenderme", "briga de rua"
  ['pelear|pelea|peleas|pelearme en la calle', 'self_defense'],
  ['pelea|peleas callejera|callejeras', 'self_defense'],
  ['calle|defenderme|defenderse|defensa', 'self_defense'],
  ['briga|brigas de rua', 'self_defense'],
  ['ponerme en forma', 'fitness'],
  // "pa estar en forma", "mantenerme en forma"
  ['en forma', 'fitness'],
  // "ser mas fuerte y no gordo jaja", "ficar mais forte": stronger, and not fat
  ['mas|más|mais fuerte|forte', 'fitness'],
  ['no|nao|não ser|estar|ficar gordo|gorda', 'fitness'],
  ['no|nao|não gordo|gorda', 'fitness'],
  ['bajar de peso', 'fitness'],
  ['salud|condicion', 'fitness'],
  ['mejorar|aprender', 'learning_verb'],
  // refining the game: "pulir los detalles", "polir o jogo", "aperfeiçoar a técnica", "perfeccionar"
  [
    'pulir|polir|refinar|perfeccionar|perfeccionarme|aperfeicoar|aprimorar|afinar|detalles|detalhes|tecnicas',
    'skill_development',
  ],
  ['dadbod|mombod', 'fitness'],
  ['beer belly|gut', 'fitness'],
  // the waist kept down: "keep the belly in check", "my waistline"
  ['belly|waistline|paunch|potbelly', 'fitness'],
  ['love handles', 'fitness'],
  // "judoka cross training to fix my ne-waza"
  ['cross training|train|trainer', 'skill_development'],
  ['fix|fixing my', 'learning_verb'],
  ['ne waza', 'skill_development'],
  ['newaza', 'skill_development'],
  ...REFUGE_GOALS,
  ['meet|meeting people|new|friends', 'recreational'],
  ['hang|hanging out', 'recreational'],
  ['the people|crew|team|guys', 'recreational'],
  // "a roll with the boys after work", "train with the lads": company, not a podium
  // texted short too: "rolling w the boys"
  ['with|w the boys|lads|girls|fellas|homies|bros|mates|gang', 'recreational'],
  // "beers after", "a pint after class": the social side is the point
  ['beers|beer|pints|pint|drinks after', 'recreational'],
  // "nothin serious", "nothing too serious": kept casual
  ['nothing|nothin|nuthin serious', 'recreational'],
  ['nothing|nothin|nuthin too serious', 'recreational'],
  ['out of the house', 'recreational'],
  ['get out of the house', 'recreational'],
  ['something to do', 'recreational'],
  ['just because', 'recreational'],
  ['me time', 'recreational'],
  // "it's my chill time after work", "my downtime": time to unwind
  ['chill|unwind time', 'recreational'],
  ['downtime', 'recreational'],
  ['because i like it', 'recreational'],
  ['i like it', 'recreational'],
  ['like it', 'recreational'],
  // Self-defense.
  ['self defense|defence|defensive|protection', 'self_defense'],
  // dictated: "self the fence"
  ['self the fence', 'self_defense'],
  ['defesa pessoal', 'self_defense'],
  ['got|get|getting jumped|attacked|mugged|robbed', 'self_defense'],
  ['helpless|vulnerable|defenseless|defenceless|unsafe', 'self_defense'],
  // a moment told, not a liking: "like that night outside the bar"
  ['like that night|time|day|guy', 'neutral'],
  [
    'selfdefense|selfdefence|defend|defending|protect|protecting|protection|safety|safe|street|streets|bullies|bully|bullied|bullying|attacked|assault|mugged|bouncer|security|police|cop|cops',
    'self_defense',
  ],
  ['real life|world', 'self_defense'],
  ['handle myself', 'self_defense'],
  ['protect|defend my family|kids|wife|husband|children|loved|daughter|son|myself', 'self_defense'],
  ['able to protect', 'self_defense'],
  ['love|enjoy|like the puzzle|details|technical|problem|chess', 'skill_development'],
  ['nerd for|about technique|details', 'skill_development'],
  ['technique nerd', 'skill_development'],
  ['puzzle|puzzles', 'skill_development'],
  ['love|enjoy|like learning', 'skill_development'],
  ['learning|solving the puzzle', 'skill_development'],
  ['take care of myself', 'self_defense'],
  // "look after myself on a night out", "stand up for myself": able to deal with a threat
  ['look|looking after myself', 'self_defense'],
  ['handling myself', 'self_defense'],
  ['stand|standing|stick|sticking up for myself', 'self_defense'],
  ['fend for myself', 'self_defense'],
  ['in a fight', 'self_defense'],
  ['street fight|fights', 'self_defense'],
  ['law enforcement', 'self_defense'],
  // a job keeping order: "I work the door at a club", "need to handle drunk guys"
  ['work|works|working|do|doing the door|doors', 'self_defense'],
  ['doorman|doormen|bouncing|restrain|subdue', 'self_defense'],
  ['drunk|drunks|drunken|aggressive|violent|rowdy guys|people|customers|patrons|idiots|men', 'self_defense'],
  // a danger met outside: "in case some creep tries something on the walk home"
  [
    'creep|creeps|predator|predators|stalker|stalkers|mugger|muggers|attacker|attackers|thug|thugs|harassed|harassment',
    'self_defense',
  ],
  ['in case something|anything|someone|somebody|anyone|some', 'self_defense'],
  ['tries something', 'self_defense'],
  // Whole phrases, so the "not" inside is the goal rather than a negation.
  ...HARM_AVOIDED,
  ...DANGER_AHEAD,
  ...TECHNIQUE_GOALS,
  // Words that only look like goals here.
  ...GOALS_DISCLAIMED,
  ['learn to|how', 'neutral'],
  ['learning to|how', 'neutral'],
  // still deciding: "not sure yet, still figuring it out"
  ['figuring|figure it|that out', 'neutral'],
  ['fun fact', 'neutral'],
  // "which is why I came in the first place" is no podium
  ['in the first place', 'neutral'],
  // someone else's goal the user only helps with: "i just drive him to (the) tournaments", "watch her compete"
  [`${CARRY} him|her|them to ${COMPS}`, 'neutral'],
  [`${CARRY} him|her|them to the|his|her|their ${COMPS}`, 'neutral'],
  [`${CARRY} my son|daughter|kid|kids|wife|husband to ${COMPS}`, 'neutral'],
  [`${CARRY} my son|daughter|kid|kids|wife|husband to the|his|her|their ${COMPS}`, 'neutral'],
  ['watch|watching|see|cheer|cheering|support him|her|them compete|competing|fight|fighting', 'neutral'],
  // A person the user trains under, not the goal of coaching: "whatever my coach tells me".
  ['my|our|the|his|her coach|coaches|instructor|instructors', 'neutral'],
  // …and one who acts: "coach says im ready", "coach promoted me to blue"
  ['coach|instructor|prof|professor says|said|thinks|wants|told|tells|promoted|made|sent|put', 'neutral'],
  // Whole-word matching already keeps "unfit" from reading as "fit"; it names a state, not a goal.
  ['unfit', 'neutral'],
  ['for fun', 'recreational'],
  // "i just want to have a good time", "its fun rolls from here on"
  ['a good time', 'recreational'],
  ['laugh|laughing|laughs|laughter', 'recreational'],
  // "here for the craic", "for the banter", "for kicks"
  ['craic|banter|giggles|lols|lulz', 'recreational'],
  ['for kicks', 'recreational'],
  ['have|having fun', 'recreational'],
  ['fun rolls|rolling', 'recreational'],
  // "something that works if someone grabs me"
  ['someone|somebody|anyone grabs|attacks|jumps me', 'self_defense'],
  // "if some dude jumps me", "something that works for real": a stranger's attack, a fight outside the gym
  ['some dude|guy|man|bloke|person|idiot|drunk|creep grabs|attacks|jumps me', 'self_defense'],
  ['works|work|useful for real', 'self_defense'],
  ['just for fun', 'recreational'],
  // Tagalog: "libangan lang" (just a hobby), "pampapayat" (to slim down), "paligsahan" (contest)
  ['libangan|pampalipas|katuwaan', 'recreational'],
  ['pampapayat|ehersisyo|kalusugan', 'fitness'],
  ['paligsahan|kompetisyon', 'competition'],
  ['pagtatanggol sa sarili', 'self_defense'],
  // "laro laro lang" (just playing around), "chill lang"
  ['laro laro|lang', 'recreational'],
  ['chill|trip lang', 'recreational'],
  ...SW_AF_GOALS,
  ...WORLD_GOALS,
  ...LEISURE_GOALS,
];
