// main_position: no side preferred, said outright ("no preference", "don't mind") or as indifference
// ("doesn't matter", "all the same to me", "me da igual", "donde sea", "dá no mesmo"). Data only;
// position-words.ts spreads it (each other tongue keeps its own in its file: "kahit saan", "egal").

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';

/** Favourites that are no side: a submission, a move, a guard among guards. */
const FAVOURED_THING =
  'submission|submissions|sub|subs|move|moves|technique|techniques|choke|chokes|finish|sweep|sweeps|takedown|pass|passes|guard|guards';

export const NO_PREFERENCE: PhraseTable<PositionSignal> = [
  ['no preference', 'balanced'],
  ['no real preference', 'balanced'],
  ["don't|dont have a preference", 'balanced'],
  ['do not have a preference', 'balanced'],
  // "I don't have a favorite", "no fave": no side is the favourite ("no favorite sub" is no side at all)
  ['no favorite|favourite|fav|fave', 'balanced'],
  ["don't|dont have a favorite|favourite|fav|fave", 'balanced'],
  ['do not have a favorite|favourite|fav|fave', 'balanced'],
  [`no favorite|favourite|fav|fave ${FAVOURED_THING}`, 'neutral'],
  [`don't|dont have a favorite|favourite|fav|fave ${FAVOURED_THING}`, 'neutral'],
  [`do not have a favorite|favourite|fav|fave ${FAVOURED_THING}`, 'neutral'],
  ["don't|dont mind|care", 'balanced'],
  ['whatever works|happens|comes', 'balanced'],
  ['whatever the situation|moment|roll|opponent|position|scenario', 'balanced'],
  // Spanish, Portuguese, Taglish, Hinglish: "no tengo preferencia", "sem preferência", "walang preference"
  ['no|nao tengo|tenho preferencia', 'balanced'],
  ['sin|sem|walang preferencia|preference', 'balanced'],
  ['koi preference nahi|nahin|nhi', 'balanced'],
];

/** Idioms, matched as typed (spelling.ts): "to save my life" is no slip of "all the same". */
export const INDIFFERENCE: PhraseTable<PositionSignal> = [
  ["doesn't|doesnt|don't|dont matter", 'balanced'],
  ['does not|do not matter', 'balanced'],
  ['no matter where|which', 'balanced'],
  ['all the same', 'balanced'],
  ['same to me', 'balanced'],
  ['same difference', 'balanced'],
  ['makes no difference', 'balanced'],
  ['anything goes', 'balanced'],
  // no side avoided: "I don't avoid either one", "i dont avoid any position"
  ["don't|dont avoid either|any|neither", 'balanced'],
  ['do not avoid either|any|neither', 'balanced'],
  // Spanish: "me da igual", "da lo mismo", "donde sea", "cualquiera"
  ['me|te da|es igual', 'balanced'],
  ['da igual', 'balanced'],
  ['da lo mismo', 'balanced'],
  ['donde|cual sea', 'balanced'],
  ['cualquiera|indiferente', 'balanced'],
  ['cualquier lado|lugar|posicion', 'balanced'],
  // Portuguese: "qualquer lado", "dá no mesmo", "onde for"
  ['qualquer um|uma|lado|lugar|posicao', 'balanced'],
  ['da no|na mesmo|mesma', 'balanced'],
  ['onde for', 'balanced'],
];

/**
 * What only sounds like indifference: the side that wins, saves the user or someone else allows is no
 * side chosen ("whichever keeps me from getting tapped", "idk, whichever one wins", "wherever my
 * partner lets me be", "whatever position I end up in"). Where the roll takes them is ("wherever the
 * roll goes"): that stays balanced.
 */
const WHICHEVER = 'wherever|whichever|whatever';
const SIDE = 'one|position|side|spot';
const OUTCOME = 'wins|win|keeps|keep|gets|get|saves|save|stops|stop|helps|help|ends|hurts|lets|allows';
const SOMEONE = 'partner|partners|opponent|opponents|coach|instructor|professor|training';
/**
 * Where the user survives, or is not smashed, is a dodge, no side either: "wherever I don't get smashed
 * lol", "anywhere i survive", "wherever im not getting crushed". Being smashed is no side here; a side
 * the user does not want ("wherever I don't have to pass") is one avoided, which the negation reads.
 */
const WHERE_I = 'wherever|whichever|whatever|anywhere';
const DONE_TO = 'smashed|crushed|squashed|flattened|tapped|choked|killed|destroyed|wrecked|subbed|submitted|murdered';
const NOT = "don't|dont|won't|wont|can't|cant|never";
const DODGES: PhraseTable<PositionSignal> = [
  [`${WHERE_I} i survive|last|breathe`, 'neutral'],
  [`${WHERE_I} i can survive|last|breathe`, 'neutral'],
  [`${WHERE_I} i ${NOT} die`, 'neutral'],
  [`${WHERE_I} i ${NOT} get|getting ${DONE_TO}`, 'neutral'],
  [`${WHERE_I} i do|will not get ${DONE_TO}`, 'neutral'],
  [`${WHERE_I} i m|am not getting|being ${DONE_TO}`, 'neutral'],
  [`${WHERE_I} im not getting|being ${DONE_TO}`, 'neutral'],
  [`${WHERE_I} i ${NOT}`, 'neutral'],
  [`${WHERE_I} i do|will|m|am not`, 'neutral'],
  [`${WHERE_I} im not`, 'neutral'],
];
/**
 * What the user's body allows is no side chosen, however it varies: "depends what my knees let me do that
 * day", "depending on how my back is", "wherever my shoulder lets me" (someone else's say is above).
 * Not "depends on the day" or "depends who I roll with", which play both.
 */
const BODY = 'knees|knee|back|body|neck|shoulder|shoulders|hips|hip|injury|ribs|joints|elbow|elbows';
const BODY_SAYS: PhraseTable<PositionSignal> = [
  [`depends|depending on|what|how my ${BODY}`, 'neutral'],
  [`depends|depending on what|how my ${BODY}`, 'neutral'],
  [`it depends on|what|how my ${BODY}`, 'neutral'],
  [`it depends on what|how my ${BODY}`, 'neutral'],
  [`${WHICHEVER} my ${BODY}`, 'neutral'],
];
export const NO_SIDE_CHOSEN: PhraseTable<PositionSignal> = [
  ...DODGES,
  ...BODY_SAYS,
  // an insistence opening the user's own words, no indifference: "whatever happens I don't stay on
  // bottom" ("whatever happens happens" and "whatever happens, I go with it" stay both)
  ['whatever happens|comes|goes i|im|my', 'neutral'],
  [`${WHICHEVER} i land|end|fall`, 'neutral'],
  [`${WHICHEVER} ${SIDE} i land|end|fall`, 'neutral'],
  [`${WHICHEVER} ${OUTCOME}`, 'neutral'],
  [`${WHICHEVER} ${SIDE} ${OUTCOME}`, 'neutral'],
  // …and what it keeps them from is no side either: "whichever one keeps me from getting squashed"
  [`${WHICHEVER} ${OUTCOME} me from getting|being`, 'neutral'],
  [`${WHICHEVER} ${SIDE} ${OUTCOME} me from getting|being`, 'neutral'],
  [`${WHICHEVER} my|the|your ${SOMEONE}`, 'neutral'],
];
