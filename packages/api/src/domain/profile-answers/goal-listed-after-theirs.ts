// training_goals: "my teammates all compete, pans, worlds, brasileiro, the whole thing": short items
// listed after a clause about someone else's goal go on naming that same goal; a clause of the user's
// own ("…, i just want to get fit") or one drawing a conclusion ("…, so competing") does not.

import type { Mention } from './lexicon';
import type { Token } from './text';
import { WORLD_I } from './world-words';

/** The mention sits in a run of short list items that follows a clause naming the same goal as theirs. */
export function listedAfterTheirs(
  tokens: readonly Token[],
  mentions: readonly Mention<unknown>[],
  mention: Mention<unknown>,
  others: ReadonlySet<number>,
): boolean {
  let clause = tokens[mention.start]?.clause ?? 0;
  let k = mention.start;
  while (clause > 0) {
    while (k > 0 && tokens[k - 1]?.clause === clause) k--;
    if (!isListItem(tokens, k)) return false;
    k--; // last token of the clause before
    clause = tokens[k]?.clause ?? 0;
    const theirs = (m: Mention<unknown>): boolean =>
      m.value === mention.value && tokens[m.start]?.clause === clause && others.has(m.start);
    if (others.has(k)) return mentions.some(theirs);
  }
  return false;
}

/** A clause of a few words, none of them the user and not opening on a conclusion: "the whole thing". */
function isListItem(tokens: readonly Token[], start: number): boolean {
  const words: string[] = [];
  for (let j = start; j < tokens.length && tokens[j]?.clause === tokens[start]?.clause; j++)
    if (tokens[j]?.kind === 'word') words.push(tokens[j]?.text ?? '');
  return words.length <= LIST_ITEM_WORDS && !CONCLUDES.has(words[0] ?? '') && !words.some((w) => THE_USER.has(w));
}
const LIST_ITEM_WORDS = 4;
const THE_USER: ReadonlySet<string> = new Set(['i', 'im', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', ...WORLD_I]);
const CONCLUDES: ReadonlySet<string> = new Set(['so', 'but', 'because', 'cause', 'cuz', 'now', 'then', 'though']);
