// training_goals: a goal the user then calls the main one, in the clause after it: "Fun. Well, and
// being able to protect myself on the way home, that's the main thing actually", "comps, that's the
// real reason". "that" points back to the goal named just before it, which wins over one named
// earlier; "main goal" inside the goal's own clause is read by goal-emphasis-words.ts.

import { compileLexicon, findMentions, type Mention, type PhraseTable } from './lexicon';
import type { Token } from './text';

const THAT_IS_MAIN: PhraseTable<true> = [
  [
    'that|this|which s|is|was|being the|my main|real|biggest|true|big|number thing|reason|goal|point|one|priority',
    true,
  ],
  ['that|this|which s|is|was|being what matters|counts most', true],
  ['thats the|my main|real|biggest|true|big thing|reason|goal|point|one|priority', true],
];
const mainLexicon = compileLexicon(THAT_IS_MAIN);

/** Indexes of the mentions a "that's the main thing" right after them marks as the main goal. */
export function calledTheMainOne(tokens: readonly Token[], mentions: readonly Mention<unknown>[]): Set<number> {
  const marked = new Set<number>();
  for (const cue of findMentions(mainLexicon, tokens)) {
    const clause = tokens[cue.start]?.clause ?? 0;
    const before = mentions.findLastIndex((m) => m.end <= cue.start);
    const mention = mentions[before];
    // the goal's own clause, or the one right before "that"
    if (mention && clause - (tokens[mention.end - 1]?.clause ?? 0) <= 1) marked.add(before);
  }
  return marked;
}
