// training_goals: a goal word naming a crowd of people is who they are, not what the user trains for:
// "i dodge the comp guys", "people at my gym are comp killers or fitness guys", "the self defense
// crowd". Not when the user counts themselves in ("i'm one of the comp guys").

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The goal at `mention` is followed by a noun for a group of people. */
export function namesACrowd(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  if (!CROWDS.has(tokens[mention.end]?.text ?? '') || !NAMING.has(tokens[mention.end - 1]?.text ?? '')) return false;
  const lead = tokens[mention.start - 1]?.text === 'the' ? mention.start - 2 : mention.start - 1;
  return !(tokens[lead]?.text === 'of' && tokens[lead - 1]?.text === 'one');
}

/** Goal words that name a kind of person before a noun; a verb's object ("restrain people") is none. */
const NAMING: ReadonlySet<string> = new Set([
  ...['comp', 'comps', 'competition', 'competitive', 'tournament', 'tourney', 'fitness', 'cardio', 'gym'],
  ...['hobby', 'hobbyist', 'casual', 'recreational', 'defense', 'defence', 'fun', 'health', 'weight'],
]);
/** Plural or collective nouns for people: a single "comp guy" may be the user ("i'm a comp guy"). */
const CROWDS: ReadonlySet<string> = new Set([
  ...['guys', 'lads', 'boys', 'girls', 'ladies', 'people', 'ppl', 'folks', 'bros', 'dudes', 'crowd', 'gang'],
  ...['killers', 'animals', 'monsters', 'sharks', 'meatheads', 'junkies', 'nerds', 'rats', 'types', 'kids'],
  ...['bunch', 'mob', 'heads', 'freaks', 'nuts', 'maniacs', 'psychos', 'warriors'],
]);
