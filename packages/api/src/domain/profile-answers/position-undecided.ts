// main_position: both sides put as a question the user has not settled: "I'm trying to figure out if
// I'm a guard or top guy", "not sure whether I'm more guard or top", "still deciding between guard and
// top", "wondering if I'm a top or bottom player", "no sé si soy de guardia o de arriba". No side is
// stated, so they say no side at all; "not sure, guard I think" and "figuring out top" still name one.

import { compileLexicon, findMentions, type Mention, type PhraseTable } from './lexicon';
import type { Token } from './text';

const UNDECIDED: PhraseTable<true> = [
  ['figure|figuring|figured|work|working|find|finding out', true],
  ['not sure|certain', true],
  ["don't|dont|do not know", true],
  ['idk|unsure|undecided|deciding|decide|wondering|wonder|torn|debating|choosing', true],
  ['no idea', true],
  // Spanish and Portuguese: "no sé si", "não sei se", "ainda decidindo"
  ['no se|sabe', true],
  ['nao sei|sabe', true],
  ['decidiendo|decidindo|descubriendo|descobrindo', true],
];
const undecided = compileLexicon(UNDECIDED);

/**
 * The mentions asked about in an open question: after an undecided word and "if", "whether" or
 * "between" in their clause, naming both guard and top. Their indexes in `mentions`.
 */
export function undecidedSides(tokens: readonly Token[], mentions: readonly Mention<string>[]): Set<number> {
  const asked = new Set<number>();
  for (const cue of findMentions(undecided, tokens)) {
    const clause = tokens[cue.start]?.clause;
    let k = cue.end;
    while (k - cue.end < OPEN_REACH && FILLERS.has(tokens[k]?.text ?? '')) k++;
    if (!OPENS.has(tokens[k]?.text ?? '')) continue;
    const inQuestion = [...mentions.keys()].filter(
      (i) => (mentions[i]?.start ?? -1) > k && tokens[mentions[i]?.start ?? -1]?.clause === clause,
    );
    const sides = new Set(inQuestion.map((i) => mentions[i]?.value));
    if (sides.has('guard') && sides.has('top')) inQuestion.forEach((i) => asked.add(i));
  }
  return asked;
}
// "not sure yet if", "still deciding between"
const OPEN_REACH = 3;
const FILLERS: ReadonlySet<string> = new Set(['yet', 'still', 'really', 'exactly', 'out', 'it']);
const OPENS: ReadonlySet<string> = new Set([
  ...['if', 'whether', 'between', 'which', 'wether', 'whther'],
  ...['si', 'se', 'entre', 'cual', 'qual'],
]);
