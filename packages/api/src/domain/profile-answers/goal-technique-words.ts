// training_goals: the user's own game as what they train for: "tighten up my half guard", "I want my
// guard to actually work against the upper belts", "learn how to pass properly", "fix my takedowns",
// "mejorar mi guardia", "minha passagem", "guard ko", "meri passing". That is skill development with
// no word of learning. Matched as typed (spelling.ts corrects no slip into these). Data only;
// goal-words.ts spreads it.

import type { PhraseTable } from './lexicon';
import type { GoalSignal } from './goal-words';

const MY = 'my|our';
// not "top", "bottom", "back", "half" alone: "my top priority", "my back hurts", "my half marathon"
const GAME =
  'guard|guards|passing|passes|sweeps|sweeping|escapes|takedowns|takedown|submissions|subs|chokes|leglocks|grips|gripping|framing|frames|transitions|scrambles|scrambling|finishing|retention|wrestling|positioning';
const GUARDS = 'half|closed|open|butterfly|spider|lasso|x|dlr|deep|z|k';
const MOVES =
  'pass|sweep|escape|submit|finish|choke|armbar|triangle|wrestle|shoot|frame|retain|invert|berimbolo|leglock|heelhook|takedown|play';
const LEARN = 'learn|learning|learnt|learned';
const IBERIAN_MY = 'mi|mis|minha|meu|meus|minhas';
const IBERIAN_GAME =
  'guardia|guarda|pasaje|pases|passagem|passagens|raspagens|raspadas|barridos|finalizacoes|finalizaciones|quedas|derribos|escapes|fugas';

export const TECHNIQUE_GOALS: PhraseTable<GoalSignal> = [
  [`${MY} ${GAME}`, 'skill_development'],
  [`${MY} ${GUARDS} guard`, 'skill_development'],
  // "round out my ground game"
  [`${MY} top|bottom|guard|passing|half|ground game`, 'skill_development'],
  [`${MY} back takes|attacks|control`, 'skill_development'],
  // "tighten up", "shore up": said of the game ("tighten|tightening up|tighten up my" named none of these)
  ['tighten|tightening|tightened|tidy|tidying|shore|shoring up', 'skill_development'],
  // a move learnt: "learn how to pass", "learning to sweep" ("learn to defend myself" stays self-defense)
  [`${LEARN} how to ${MOVES}`, 'skill_development'],
  [`${LEARN} to ${MOVES}`, 'skill_development'],
  // Spanish, Portuguese, Tagalog and Hinglish: "mi guardia", "aprender a passar", "guard ko", "meri passing"
  [`${IBERIAN_MY} ${IBERIAN_GAME}`, 'skill_development'],
  ['aprender a passar|pasar|raspar|barrer|finalizar|escapar|derrubar|derribar', 'skill_development'],
  [`${GAME} ko`, 'skill_development'],
  [`mera|meri|mere ${GAME}`, 'skill_development'],
];
