// training_goals: BJJ as a refuge from the rest of life, which is training for its own sake
// (recreational): "it's my escape from work", "an outlet after the office", "gets me out of my head",
// "stress relief", "blow off steam", "mi escape del trabajo", "minha válvula de escape". Data only;
// goal-words.ts spreads it. An escape from a position ("escape from mount") is technique, so "escape"
// counts only as a refuge or from the rest of life.

import type { PhraseTable } from './lexicon';
import type { GoalSignal } from './goal-words';

const REFUGE = 'escape|outlet|refuge|sanctuary|getaway|release|break|time';
const LIFE =
  'work|life|reality|everything|stress|screens|job|office|desk|kids|parenting|uni|school|studies|world|grind|news|family';

const UNWINDING: PhraseTable<GoalSignal> = [
  ['de stress', 'recreational'],
  ['stress relief|release|relieve|reliever', 'recreational'],
  ['blow|let|letting|blowing off steam', 'recreational'],
  ['mental health', 'recreational'],
  ['clear my head|mind', 'recreational'],
  ['switch off', 'recreational'],
];

/** Matched as typed, so no slip is corrected into them: "my escapes" stays the game worked on. */
export const REFUGE_AS_TYPED: PhraseTable<GoalSignal> = [
  // "its my escape", "an outlet after work" ("work on my escape from mount" is the game)
  ['s|is|its an|my escape|outlet|refuge|sanctuary', 'recreational'],
  ['an escape|outlet|refuge', 'recreational'],
  ['my outlet|refuge|sanctuary', 'recreational'],
  // "escape from work", "a break from the office", "time away from screens"
  [`${REFUGE} from ${LIFE}`, 'recreational'],
  [`${REFUGE} from the|my|daily ${LIFE}`, 'recreational'],
  [`${REFUGE} away from ${LIFE}`, 'recreational'],
  [`${REFUGE} away from the|my ${LIFE}`, 'recreational'],
  // "gets me out of my head"
  ['out of my head', 'recreational'],
  // Spanish and Portuguese: "mi escape del trabajo", "minha válvula de escape"
  ['mi|un escape', 'recreational'],
  ['valvula de escape', 'recreational'],
];

export const REFUGE_GOALS: PhraseTable<GoalSignal> = [...UNWINDING, ...REFUGE_AS_TYPED];
