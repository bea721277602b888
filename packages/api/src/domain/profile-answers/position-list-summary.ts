// main_position: a list of spots avoided, summed up as "anything where…": "hate half guard bottom, hate
// closed guard bottom, basically anything where im under someone" → top. The summing-up names the same
// side as the items before it and goes with them, so the dislike that reached the last item reaches it
// too; said on its own ("anything where im on top is fun") it is read as it stands.

import { compileLexicon, findMentions, type Mention } from './lexicon';
import type { PhraseTable } from './lexicon';
import type { Token } from './text';

const SUMMING_UP: PhraseTable<true> = [
  ['anything|everything|anywhere|whatever|wherever where|that|with|when', true],
  ['any|every position|spot|place|time where|that|when', true],
];
const summingUpLexicon = compileLexicon(SUMMING_UP);

/** How far after the summing-up words the side may be named: "anything where im stuck under someone". */
const REACH = 4;

/**
 * Indexes of `mentions` that sum up the negated mention just before them: the side is the same and
 * "anything where…" (in the clause of its own) leads up to it.
 */
export function summedUpNegations(
  tokens: readonly Token[],
  mentions: readonly Mention<string>[],
  negated: ReadonlySet<number>,
): number[] {
  const found: number[] = [];
  for (const cue of findMentions(summingUpLexicon, tokens)) {
    const clause = tokens[cue.start]?.clause;
    const i = mentions.findIndex((m) => m.start >= cue.end);
    const mention = mentions[i];
    const before = mentions[i - 1];
    if (!mention || !before || negated.has(i) || !negated.has(i - 1)) continue;
    if (mention.start - cue.end > REACH || tokens[mention.start]?.clause !== clause) continue;
    if (before.value === mention.value && before.end <= cue.start) found.push(i);
  }
  return found;
}
