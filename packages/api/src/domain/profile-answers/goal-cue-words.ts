// How a goal answer is weighed rather than what it names: words that aim at a rank, goals the user
// dislikes, and the goal words a slip is read against. Data only.

import type { Fuzzy, PhraseTable } from './lexicon';
import type { NegationCue } from './negation-words';
import type { GoalSignal } from './goal-words';

/** Words that aim at a rank: with one of them a belt or stripe is a goal ("get to brown"). */
export const ASPIRATIONS: ReadonlySet<string> = new Set([
  'get',
  'getting',
  'earn',
  'earning',
  'reach',
  'reaching',
  'become',
  'becoming',
  'achieve',
  'achieving',
  'make',
  'to',
  'towards',
  'toward',
  'someday',
  'eventually',
  'day',
  'working',
  'want',
  'wanna',
  'hope',
  'hoping',
  'aim',
  'aiming',
  'goal',
  'until',
  'till',
  'promoted',
  'promotion',
  'chasing',
  'chase',
]);

/** A goal the user dislikes is no goal: "competing stresses me out, I train to have fun". */
export const GOAL_DISLIKE_CUES: PhraseTable<NegationCue> = [
  ['stresses|stress|freaks|freak|burns|burn me out', 'both'],
  ['makes|make me nervous|anxious|sick', 'both'],
  ['scares|terrifies me', 'both'],
  // "i hate just rolling for fun, i want to medal": what the user is tired of doing as all there is;
  // "just" stops a plain negation ("not just for fun"), so the dislike names it
  ['hate|hated|hates|dislike|loathe just|only|merely', 'pre'],
  ['sick|tired|bored|done of|with just|only|merely', 'pre'],
];

export const GOAL_FUZZY: Fuzzy<GoalSignal> = {
  targets: [
    ['competition', 'competition'],
    ['competing', 'competition'],
    ['compete', 'competition'],
    ['tournament', 'competition'],
    ['tournaments', 'competition'],
    ['fitness', 'fitness'],
    ['exercise', 'fitness'],
    ['technique', 'skill_development'],
    ['progress', 'skill_development'],
    ['improve', 'learning_verb'],
    ['recreational', 'recreational'],
    ['defense', 'self_defense'],
    ['protect', 'self_defense'],
  ],
  minLength: 6,
  notTypos: [
    'complete',
    'completed',
    'completing',
    'compute',
    'computing',
    'competent',
    'protest',
    'project',
    'exorcise',
    'witness',
    'defend',
    'depend',
    'program',
    'programs',
    'progressive',
  ],
};
