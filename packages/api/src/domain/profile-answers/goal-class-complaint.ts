// training_goals: a class of a goal's kind that the answer runs down: "The fitness classes at my gym
// are rubbish", "comp class here is a joke", "boring self defense classes". It names the class to
// complain of it, no goal of the user's; a class the user goes to ("I do the comp class twice") still
// says its goal, and a goal said elsewhere ("comp class sucks but I want to compete") still counts.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The goal at `mention` names a kind of class, run down in its own clause. */
export function classRunDown(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  if (!CLASS_NOUNS.has(tokens[mention.end]?.text ?? '')) return false;
  if (RUN_DOWN.has(tokens[mention.start - 1]?.text ?? '')) return true;
  const clause = tokens[mention.start]?.clause;
  for (let k = mention.end + 1; tokens[k]?.clause === clause; k++) if (RUN_DOWN.has(tokens[k]?.text ?? '')) return true;
  return false;
}
const CLASS_NOUNS: ReadonlySet<string> = new Set([
  ...['class', 'classes', 'session', 'sessions', 'lesson', 'lessons', 'course', 'courses'],
  ...['program', 'programs', 'programme', 'programmes', 'team', 'group'],
]);
const RUN_DOWN: ReadonlySet<string> = new Set([
  ...['rubbish', 'crap', 'crappy', 'shit', 'shite', 'shitty', 'trash', 'garbage', 'terrible', 'awful'],
  ...['boring', 'useless', 'pointless', 'lame', 'overrated', 'joke', 'worst', 'dire', 'naff', 'pants'],
  ...['sucks', 'suck', 'bad', 'poor', 'meh', 'weak', 'dull'],
]);
