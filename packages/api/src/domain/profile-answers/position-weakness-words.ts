// Vocabulary of a side called the user's weakness, for main_position. Data only; read like the
// discomfort cues (position-discomfort-words.ts spreads it in): "bottom is my weakness", "my guard is
// my weak point", "top is where i struggle", "passing needs work", "my weak spot is bottom", "bottom
// not so good". A weakness owned up to is no side preferred, however it is stressed ("tbh bottom is
// my weakness"): it leans to the other side, as avoiding it does.

import type { PhraseTable } from './lexicon';
import type { NegationCue } from './negation-words';

// the weakness itself, in one word or two: "weakness", "weak spot", "achilles heel", "worst position"
const WEAK_ONE = 'weakness|weaknesses|downfall';
const WEAK_FIRST = 'weak|weakest|worst|achilles';
const WEAK_SECOND = 'point|spot|side|area|link|part|position|game|heel|thing';
const WEAK = [WEAK_ONE, `${WEAK_FIRST} ${WEAK_SECOND}`];
const COPULA = 'is|s|are';
// "my biggest weakness", "the main weak point"
const STRESS = 'biggest|big|main|real|major|greatest';
const GOOD = 'good|great|strong|solid|comfortable';
const DEGREE = 'so|that|very|too|really|super|particularly|especially';

export const WEAKNESS_CUES: PhraseTable<NegationCue> = [
  // the side before it: "bottom is my weakness", "top is the weak link", "guard is my biggest weak spot"
  ...WEAK.map((weak): [string, NegationCue] => [`${COPULA} my|the|a ${weak}`, 'both']),
  ...WEAK.map((weak): [string, NegationCue] => [`${COPULA} my|the ${STRESS} ${weak}`, 'both']),
  // "passing has always been my weak spot", "guard has been my weakness"
  ...WEAK.map((weak): [string, NegationCue] => [`has|have always|forever been my|the|a ${weak}`, 'both']),
  ...WEAK.map((weak): [string, NegationCue] => [`has|have been my|the|a ${weak}`, 'both']),
  // the side after it: "my weak spot is bottom", "weakness is passing"
  ...WEAK.map((weak): [string, NegationCue] => [`${weak} ${COPULA}`, 'pre']),
  ...WEAK.map((weak): [string, NegationCue] => [`${STRESS} ${weak} ${COPULA}`, 'pre']),
  // "top is where i struggle", "bottom is where im weakest"
  [`${COPULA} where i struggle|suffer|flounder`, 'both'],
  [`${COPULA} where i m|am|im weakest|weaker|weak`, 'both'],
  [`${COPULA} where im weakest|weaker|weak`, 'both'],
  ['i struggle|flounder on|in|at|with|from|off', 'pre'],
  ['struggling|struggles on|in|at|with|from|off', 'pre'],
  // "im weak on top", "weak guard, strong top"; "weak from bottom"
  ['weak|weaker|weakest on|in|at|from|off', 'pre'],
  ['weak', 'pre'],
  // "my guard is weak", "passing is bad", "top is shaky"
  [`${COPULA} weak|bad|poor|shaky|lacking|subpar|mid|meh|weakest`, 'both'],
  [`${COPULA} ${DEGREE} weak|bad|poor|shaky`, 'both'],
  // "bottom not so good", "top, not so good at guard", "guard isnt that strong"
  [`not|never|isnt|isn't|aint|ain't|arent|aren't ${DEGREE} ${GOOD}`, 'both'],
  [`${COPULA} not ${DEGREE} ${GOOD}`, 'both'],
  // "passing is too hard for me", "guard is way too difficult", "top is hard for me"
  [`${COPULA} too hard|difficult|tough`, 'both'],
  [`${COPULA} way too hard|difficult|tough`, 'both'],
  [`${COPULA} ${DEGREE} hard|difficult|tough for me`, 'both'],
  [`${COPULA} hard|difficult|tough for me`, 'both'],
  // "guard needs work", "top is what needs work", "passing is what i need to work on"
  ['needs|need work|improving|improvement|fixing|help', 'post'],
  ['needs|need some|more|real work', 'post'],
  ['needs|need a lot of work', 'post'],
  [`${COPULA} what i need to improve|fix`, 'both'],
  [`${COPULA} what i need to work on`, 'both'],
];
