// Swahili and Afrikaans vocabulary for every field ("mara tatu kwa wiki", "vyf keer 'n week",
// "napenda kuwa juu", "kupunguza uzito"). Data only; the field vocabularies spread it in. Their
// number words are in numbers.ts.

import type { PhraseTable } from './lexicon';
import type { PositionSignal } from './position-words';
import type { GoalSignal } from './goal-words';
import type { BeltLevel } from './types';
import { EVERY_DAY, PER_MONTH } from './frequency-rates';

/** "kila siku" (Swahili), "elke dag", "daagliks" (Afrikaans): every day. */
export const SW_AF_RATE_PHRASES: PhraseTable<number> = [
  ['kila siku', EVERY_DAY],
  ['elke dag', EVERY_DAY],
  ['daagliks|elkedag', EVERY_DAY],
];

/** Afrikaans "keer" (times), "dae" (days), "klasse" (classes): "drie keer", "vier dae", "een dag gi". */
export const SW_AF_TIMES_WORDS: readonly string[] = ['keer', 'dae', 'dag', 'klasse', 'sessies'];

/** "kwa wiki" (Swahili), "per|'n week" (Afrikaans; "'n" is "a"), "kwa mwezi", "per maand". */
export const SW_AF_PER_UNIT: PhraseTable<number> = [
  ['kwa|kila wiki', 1],
  ['kwa siku', 7],
  ['kwa|kila mwezi', PER_MONTH],
  ["' n week", 1],
  ["in ' n week", 1],
  ['n|elke week', 1],
  ["' n|per dag", 7],
  ["' n|per maand", PER_MONTH],
  ['n maand', PER_MONTH],
];

/** "juu"/"chini" (Swahili), "bo"/"onder" (Afrikaans): top and bottom; "zote", "albei": both. */
export const SW_AF_POSITIONS: PhraseTable<PositionSignal> = [
  ['juu', 'top'],
  ['chini|walinzi', 'guard'],
  ['zote mbili', 'balanced'],
  ['zote|vyote|albei|beide', 'balanced'],
  ['bo|bo op', 'top'],
  ['onder|onderkant|guardspeler', 'guard'],
  ['bietjie van alles', 'balanced'],
];

/** Goals: "mazoezi" (exercise), "kupunguza uzito" (lose weight), "gewig verloor", "kompetisie". */
export const SW_AF_GOALS: PhraseTable<GoalSignal> = [
  ['mazoezi|afya|kupunguza|uzito|unene', 'fitness'],
  ['fiks|fiksheid|gesondheid|gewig|oefening', 'fitness'],
  ['mashindano|kushindana|kompetisie|kompeteer|toernooi|toernooie', 'competition'],
  ['kujilinda|kujitetea|selfverdediging', 'self_defense'],
  ['ujuzi|tegniek|tegnieke', 'skill_development'],
  ['kujifunza|leer', 'learning_verb'],
  ['kujifurahisha|burudani|pret', 'recreational'],
];

/**
 * Belt colours: Afrikaans "wit", "blou", "pers", "bruin", "swart" beside the belt ("wit" and "pers"
 * are English words alone); Swahili "mkanda mweupe" (white belt), "mkanda wa bluu".
 */
export const SW_AF_COLOURS: PhraseTable<BeltLevel> = [
  ['wit belt|gordel|band', 'white'],
  ['blou', 'blue'],
  ['pers belt|gordel|band', 'purple'],
  ['bruin belt|gordel|band', 'brown'],
  ['swart', 'black'],
  ['mkanda mweupe', 'white'],
  ['mkanda mweusi', 'black'],
  ['mkanda wa bluu', 'blue'],
  ['mkanda wa zambarau', 'purple'],
  ['mkanda wa kahawia', 'brown'],
];
