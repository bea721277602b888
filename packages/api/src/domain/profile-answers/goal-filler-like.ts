// training_goals: "like" as a filler, not a liking: "my gym is very comp focused, like everyone there
// has a medal wall", "so like we all just roll". Opening a clause with someone else to follow, it
// introduces what follows and likes nothing ("i like everyone there" still likes).

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The "like" at `mention` opens its clause (or follows a discourse word) and a subject follows it. */
export function fillerLike(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  if (tokens[mention.start]?.text !== 'like' || mention.end !== mention.start + 1) return false;
  const before = tokens[mention.start - 1];
  const opens = !before || before.kind !== 'word' || DISCOURSE.has(before.text);
  return opens && SUBJECTS.has(tokens[mention.end]?.text ?? '');
}

/** Words that lead into a filler "like": "and like…", "so like…", "but like…". */
const DISCOURSE: ReadonlySet<string> = new Set(['and', 'so', 'but', 'or', 'um', 'uh', 'yeah', 'cause', 'cuz', 'lol']);
/** Subjects that follow a filler: "like everyone…", "like half the gym…", "like they all…". */
const SUBJECTS: ReadonlySet<string> = new Set([
  ...['everyone', 'everybody', 'nobody', 'noone', 'all', 'most', 'half', 'every', 'each', 'some'],
  ...['he', 'she', 'they', 'we', 'you', 'it', 'its', 'there', 'theres', 'literally', 'basically', 'honestly'],
]);
