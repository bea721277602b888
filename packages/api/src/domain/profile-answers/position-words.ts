// Vocabulary for "Do you play more guard, or do you prefer being on top?". Data only.

import type { PhraseTable } from './lexicon';
import type { MainPosition } from './types';
import { SW_AF_POSITIONS } from './swahili-afrikaans-words';
import { WORLD_POSITIONS } from './world-words';
import { INDIFFERENCE, NO_PREFERENCE, NO_SIDE_CHOSEN } from './position-indifference-words';
import { OFF_THE_BOTTOM } from './position-escape-words';
import { FLATTENED, PINNED_ON_BOTTOM, UNDER_TOP_SPOTS, WEIGHT_ON_ME } from './position-under-words';
import { ALL_ROUND } from './position-all-round-words';
import { THEIR_GUARD } from './position-their-guard-words';
import { SWEPT_INTO_TOP } from './position-transit-words';
import { PLAYER_NOUNS } from './position-player-words';
import { TAKEN_DOWN } from './position-takedown-words';
import { MIXED_UP_NAMES } from './position-mixup-words';
import { BACKGROUND_PLAYING } from './position-background-words';
import { feelingsAsTyped } from './position-feeling-words';
import { PIN_FROM_EITHER_END } from './position-either-end-words';

/** `neutral` consumes "top"/"bottom"/"guard" used in another sense ("on top of that", "guard passing" is top). */
export type PositionSignal = MainPosition | 'neutral';

/** The sides' phrases, matched by the parser (position.ts). */
export const SIDE_WORDS: PhraseTable<PositionSignal> = [
  // Playing from bottom.
  ['guard|guards|gaurd|gard|guad|guarde|bottom|underneath|guardplayer|guardpuller', 'guard'],
  ['bottoms|bottem|botton|bototm', 'guard'],
  // Portuguese: "guarda", "por baixo" (underneath), "por cima" (on top).
  ['guarda|guardeiro', 'guard'],
  ['por baixo', 'guard'],
  ['por cima', 'top'],
  // "por sima": "cima" as it sounds
  ['por|em|de sima', 'top'],
  // "de tudo um pouco", "un poco de todo": a bit of everything
  ['de tudo|todo um|un pouco|poco', 'balanced'],
  ['um|un pouco|poco de tudo|todo', 'balanced'],
  // "cima 💪", "jogo em cima"; "embaixo" is underneath
  ['cima', 'top'],
  ['embaixo', 'guard'],
  // someone else on top of the user is the user underneath: "dont want anyone on top of me"
  ['on top of me', 'guard'],
  // "im happiest with my legs between us": the guard, told by the legs
  ['my legs between us|them', 'guard'],
  ['em|por cima de mim', 'guard'],
  ['encima de mi', 'guard'],
  ['passador', 'top'],
  ...PLAYER_NOUNS,
  ...SW_AF_POSITIONS,
  ...WORLD_POSITIONS,
  ...INDIFFERENCE,
  // "i feel off balance up there": being unsteady is no balanced game
  ['off balance', 'neutral'],
  ['lose|lost|losing my balance', 'neutral'],
  // Spanish: "arriba" / "encima" (on top), "abajo" (underneath), "guardia".
  ['arriba|encima', 'top'],
  ['abajo|debajo|guardia|guardero', 'guard'],
  // "pasar la guardia es lo mio": passing is top, whatever "guardia" says alone
  ['pasar|paso|pasando la|de guardia', 'top'],
  ['pasar|paso|pasando guardia', 'top'],
  // "evito pasar", "me gusta pasar"; "pasar tiempo abajo" spends time ("paso" is also a step)
  ['pasar|pasando|pasador|pasadores', 'top'],
  ['pasar|pasando tiempo|rato|horas|el', 'neutral'],
  ['pasar|pasando la mayor', 'neutral'],
  ['pasar|pasando mucho|mas tiempo', 'neutral'],
  // "meio a meio", "mitad y mitad": half and half
  ['meio a|e meio', 'balanced'],
  ['metade e metade', 'balanced'],
  ['metade metade', 'balanced'],
  ['mitad y mitad', 'balanced'],
  ['mitad mitad', 'balanced'],
  // "os dois", "ambos", "los dos": both
  ['os|los|las dois|dos|duas', 'balanced'],
  ['ambos|ambas|equilibrado|equilibrada', 'balanced'],
  // "jogo dos dois lados", "de ambos lados"
  ['dos|dois|ambos|ambas lados', 'balanced'],
  ['tanto faz', 'balanced'],
  // "odeio passar guarda, prefiro puxar"
  ['passar|passo|passando|passagem guarda', 'top'],
  ['passar|passo|passando|passagem de guarda', 'top'],
  ['passar|passagem', 'top'],
  ['puxar|puxo|puxando guarda', 'guard'],
  // "nunca puxo pra guarda": one mention, so a denial before it reaches the whole of it
  ['puxar|puxo|puxando|puxa pra|para|a guarda', 'guard'],
  ['puxar|puxo|puxando|puxa pra|para a guarda', 'guard'],
  ['puxar|puxo|puxando', 'guard'],
  // getting up and taking down is top: "sempre tento levantar", "me levanto y paso", "derrubo e passo"
  ['levantar|levanto|levantarme|levantarse|derrubo|derrubar|derrubando|derribo|derribar|derribando', 'top'],
  ['levantar|levanto pesas|peso|pesos|ferro', 'neutral'],
  // sweeping is played from guard: "raspo muito"
  ['raspo|raspar|raspando|raspagem|raspagens', 'guard'],
  ['guard player|players|puller|pullers|game|guy|girl|work|retention|pull|pulling|pulls|jumper', 'guard'],
  ['play|playing|plays|pull|pulling|pulls|jump|jumping|sit|sitting to guard', 'guard'],
  ['play|playing|plays|pull|pulling|pulls|jump|jumping|sit guard', 'guard'],
  // "half my rolls i pull": pulling, said of the user, is pulling guard
  ['i pull', 'guard'],
  ['bottom player|game|guy|girl|position', 'guard'],
  ['on|from|off|playing my|the|your back', 'guard'],
  ...OFF_THE_BOTTOM,
  ['go|going|end|ending to|up my back', 'guard'],
  ['being|getting mounted|pinned|smashed', 'guard'],
  ...FLATTENED,
  ...UNDER_TOP_SPOTS,
  ...PINNED_ON_BOTTOM,
  ...WEIGHT_ON_ME,
  ['bottom side control|mount', 'guard'],
  // "side control from either side": the pin from both its ends is no side
  ...PIN_FROM_EITHER_END,
  ...THEIR_GUARD,
  // one mention, so one feeling word reaches it all: "detest bottom half guard"
  ['bottom half|closed|open|butterfly guard', 'guard'],
  // …and with "bottom" after it: "hate half guard bottom, hate closed guard bottom"
  ['half|closed|open|butterfly|x guard bottom', 'guard'],
  ['deep half guard|bottom', 'guard'],
  // under another person: "don't like being under anyone", "stuck under bigger guys"
  ['under|underneath someone|somebody|anyone|anybody|people|them|him|her|guys|bigger|heavier|big', 'guard'],
  // being swept is being put on the bottom: "i dread getting swept"
  ['getting|being swept', 'guard'],
  // one mention, so one negation reaches it all: "can't stand being pinned under someone"
  ['being|getting pinned|stuck|smashed|trapped|mounted under', 'guard'],
  ['sit|sitting and play', 'guard'],
  // "I just sit down" from standing is starting from guard; "take down" stays a takedown
  ['sit|sits|sitting down', 'guard'],
  ['take|takes|taking down', 'top'],
  ...TAKEN_DOWN,
  ['wrestle|wrestling up', 'top'],
  // "wrestler playing guard": a top background, playing guard
  ...BACKGROUND_PLAYING,
  ...SWEPT_INTO_TOP,
  [
    'butterfly|dlr|rdlr|spider|lasso|berimbolo|bolo|inverting|inversion|inversions|sweep|sweeps|sweeping|sweeper|omoplata|omoplatas|triangle|triangles|leglocks|leglock|heelhooks|ashi|saddle|seated|shin',
    'guard',
  ],
  ['de la riva', 'guard'],
  ['reverse de la riva', 'guard'],
  ['x|k|z|worm|rubber|lapel|closed|open|half|deep|collar|knee|single guard|shield|half', 'guard'],
  ['single leg x', 'guard'],
  ['deep half', 'guard'],
  ['half guard', 'guard'],
  // run together: "halfguard everything"
  ['halfguard|closedguard|openguard|deephalf|dlr|rdlr|xguard|spiderguard|butterflyguard', 'guard'],
  ['leg lock|locks|locking|entanglements|entries', 'guard'],
  ['heel hook|hooks|hooking', 'guard'],
  ['honey hole', 'guard'],
  ['butt scoot|scooting', 'guard'],
  // sat on the mat waiting: "comfy on my butt", "let them come to me"
  ['on my butt|bum|backside', 'guard'],
  ['let them|people|em come to me', 'guard'],
  ['50 / 50 guard', 'guard'],
  // "50-50 guard", "50 50 guard" (the hyphen is skipped)
  ['50 50 guard', 'guard'],
  ['fifty fifty guard', 'guard'],
  // Playing on top.
  [
    'top|ontop|topside|passing|passer|passers|pressure|smash|smashing|crush|crushing|wrestle|wrestler|wrestling|wrestled|takedown|takedowns|judo|judoka|mount|mounted|pin|pins|pinning|grind|grinding|riding|bodylock|torreando|toreando|standup|🔝',
    'top',
  ],
  ['top game|player|guy|girl|position|pressure|control|grinding|smashing', 'top'],
  ['on top grinding|smashing', 'top'],
  // one mention, so one negation reaches it all: "never been good at pressure passing"
  ['pressure passing|passer|pass|game', 'top'],
  ['smash passing|pass', 'top'],
  ['on|from|stay|staying|being top', 'top'],
  ['pass|passes|passing|passer|passers guard|guards', 'top'],
  ['pass|passing the guard', 'top'],
  ['guard passing|passer|passers|pass|passes', 'top'],
  ['pass', 'top'],
  ['take|taking downs', 'top'],
  ['take|taking the back', 'top'],
  ['taking backs', 'top'],
  ['back take|takes|taking|control', 'top'],
  ['side control', 'top'],
  ['knee on belly', 'top'],
  ['north south', 'top'],
  ['stand up', 'top'],
  ['heavy top|pressure', 'top'],
  ['leg drag|drags', 'top'],
  ['knee slice|cut', 'top'],
  ['body lock', 'top'],
  ['over under', 'top'],
  ['judo guy|background', 'top'],
  // done to the user by someone else: "always smashing me", "keeps passing me", "pinning us": their top
  ['smash|smashes|smashing|crush|crushes|crushing|pin|pins|pinning|pass|passes|passing me|us', 'neutral'],
  ['mount|mounts|mounting|mounted|flatten|flattens|flattening me|us', 'neutral'],
  // Both.
  [
    'both|either|mix|mixed|mixture|balanced|balance|equal|equally|hybrid|versatile|whichever|wherever|anywhere|depends|depending|allrounder|combo|combination|everywhere',
    'balanced',
  ],
  ['all round|around|rounder|rounded', 'balanced'],
  ['well rounded|balanced', 'balanced'],
  ['half and half', 'balanced'],
  ['evenly|even split|split', 'balanced'],
  ['split evenly|between', 'balanced'],
  ['50 / 50', 'balanced'],
  // "I'd say 50 50", "50-50"
  ['50 50', 'balanced'],
  ['fifty fifty', 'balanced'],
  ['a bit|little of both|everything', 'balanced'],
  ['bit of both|everything', 'balanced'],
  ...ALL_ROUND,
  ...NO_PREFERENCE,
  ['it depends', 'balanced'],
  // "either way" is regardless, said of a side: "closed guard in gi, half guard in nogi, bottom either
  // way"; only a feeling said either way is both: "happy either way", "i'm fine either way"
  ['either way|ways', 'neutral'],
  ['happy|fine|ok|okay|good|comfortable|content|cool|lean|leaning either way|ways', 'balanced'],
  // a question back about the question: "depends what you mean by position"
  ['depends|depending what|how you|u|ya mean|define', 'neutral'],
  ['depends|depending on what|how you|u|ya mean|define', 'neutral'],
  ['it depends what|how you|u|ya mean|define', 'neutral'],
  ['it depends on what|how you|u|ya mean|define', 'neutral'],
  // …and the side asked about: "depends what you mean by top?", "not sure what u mean by guard"
  ['depends|depending what|how you|u|ya mean by top|bottom|guard|position|positions', 'neutral'],
  ['depends|depending on what|how you|u|ya mean by top|bottom|guard|position|positions', 'neutral'],
  ['it depends what|how you|u|ya mean by top|bottom|guard|position|positions', 'neutral'],
  ['it depends on what|how you|u|ya mean by top|bottom|guard|position|positions', 'neutral'],
  ['mean|means|meant by top|bottom|guard|position|positions', 'neutral'],
  ['go with the flow', 'balanced'],
  ['pretty|fairly|about|roughly|more|kinda|sorta even', 'balanced'],
  ['kind|sort of even', 'balanced'],
  // "even between top and bottom": one mention, so no side named in it is read alone
  ['even|evenly|split between top|bottom|guard and|& top|bottom|guard', 'balanced'],
  ['more|pretty|fairly|about|roughly even|evenly between top|bottom|guard and|& top|bottom|guard', 'balanced'],
  ['even split|mix', 'balanced'],
  // "now top and bottom equally": both sides in one mention, so neither is read alone
  ['top|bottom|guard and|& top|bottom|guard equally|evenly|alike', 'balanced'],
  // a side changed to: "switched from guard to top last year"
  ['switched|moved|went|changed|transitioned from guard|bottom to top', 'top'],
  ['switched|moved|went|changed|transitioned from top to guard|bottom', 'guard'],
  // where a move starts is no preference ("I wrestle up from anywhere and pass"); "pass on that one" declines
  ['from anywhere|everywhere', 'neutral'],
  // how far they avoid a side, not a second side: "i stay off my back wherever possible"
  ['wherever|whenever|where possible', 'neutral'],
  ['wherever|whenever i can', 'neutral'],
  ['pass on that|this|it', 'neutral'],
  ['half n|and|& half', 'balanced'],
  // done to the user everywhere is no preference: "i get smashed everywhere lol"
  ['smashed|crushed|destroyed|wrecked|tapped|beaten everywhere', 'neutral'],
  // no side preferred or avoided: "i dont play favourites, theres no spot i avoid"
  ["dont|don't play favourites|favorites|favs", 'balanced'],
  ['do not play favourites|favorites', 'balanced'],
  ['no spot|position|side|place i avoid|hate|dislike', 'balanced'],
  ['comfortable|happy|fine everywhere|anywhere', 'balanced'],
  ['switch|switching', 'balanced'],
  ['go between', 'balanced'],
  ['changes|varies|vary day to day', 'balanced'],
  ['changes|varies|vary by the day|roll|opponent', 'balanced'],
  ['depends on the day|opponent|partner|person|guy|roll', 'balanced'],
  // Other senses of the same words.
  ...MIXED_UP_NAMES,
  ['on top of that|this|it|everything|things|my|the|work|life', 'neutral'],
  ['top of', 'neutral'],
  ['top notch|priority|tier|10|5|3|ten|five|three', 'neutral'],
  ['bottom line', 'neutral'],
  // "bottom of the leaderboard", "bottom of the food chain"
  ['bottom of the|my|a|this|that', 'neutral'],
  ...NO_SIDE_CHOSEN,
  // what happened before, not where they play: "…after getting smashed"
  ['after getting|being smashed|crushed|mounted|pinned|swept|passed', 'neutral'],
  ['the top', 'neutral'],
  // the side as a game: "avoid the top game"
  ['the top game|position|spot|side|role', 'top'],
  ['the bottom game|position|spot|side|role', 'guard'],
  // "anywhere but top" names one side to avoid, not both (the negation cues read it).
  ['anywhere|anything|everything but|except', 'neutral'],
  // …and the back named bare: "anywhere but my back lol", "anything except my back" is top
  ['anywhere|anything|everything|everywhere but|except my|the back', 'top'],
  ['anywhere|anything|everything|everywhere but|except on|off my|the back', 'top'],
  ['my back hurts|pain|injury', 'neutral'],
  // done to the user by someone else, not a side they choose: "the top players crush me"
  ['smash|smashes|crush|crushes|pin|pins|pass|passes|mount|mounts|wrestle|sweep|sweeps me', 'neutral'],
  // a rhetorical question is no side played: "im 58kg so who am i smashing"
  ['who am i smashing|crushing|pinning|passing|holding', 'neutral'],
  ['who am i gonna smash|crush|pin|pass|hold', 'neutral'],
  ['who would|could|can i smash|crush|pin|pass', 'neutral'],
];

/**
 * The field's words, as the spelling pass knows them: the sides' phrases and the discomfort cues'
 * words, read as typed (position-feeling-words.ts); those match no side, so the parser leaves them out.
 */
export const POSITION_TABLE: PhraseTable<PositionSignal> = [...SIDE_WORDS, ...feelingsAsTyped(SIDE_WORDS)];
