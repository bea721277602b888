// training_goals: a goal the user wishes for someone else ("my kid wants to compete, i just want him
// to have fun", "i want my daughter to learn self defence") is not the user's own.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The mention follows "want him / her / them / my son … to" in its clause. */
export function wishedForSomeoneElse(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const clause = tokens[mention.start]?.clause;
  for (let k = mention.start - 1; k >= 0 && mention.start - k <= REACH && tokens[k]?.clause === clause; k--) {
    if (tokens[k]?.text !== 'to') continue;
    const person = tokens[k - 1]?.text ?? '';
    const owned = OWNERS.has(tokens[k - 2]?.text ?? '') && PEOPLE.has(person);
    const at = owned ? k - 3 : k - 2;
    if ((OBJECTS.has(person) || owned) && WANTING.has(tokens[at]?.text ?? '')) return true;
  }
  return false;
}
// "i want him to just have fun": "to" a few words before the goal
const REACH = 4;
const WANTING: ReadonlySet<string> = new Set(['want', 'wants', 'wanted', 'need', 'needs', 'like', 'hope', 'encourage']);
const OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them']);
const OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'the']);
const PEOPLE: ReadonlySet<string> = new Set([
  ...['kid', 'kids', 'son', 'sons', 'daughter', 'daughters', 'boy', 'girl', 'wife', 'husband', 'partner'],
  ...['brother', 'sister', 'friend', 'students', 'team'],
]);
