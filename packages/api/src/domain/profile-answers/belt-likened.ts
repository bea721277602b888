// belt_level: an answer that gives the user's belt as someone else's ("same as my husband, we started
// together", "same belt as my brother") names no colour of its own; a start told beside theirs
// ("we started together") says nothing of it either, where "started last month" still would.

import type { Token } from './text';

/** "same as my husband", "same belt as him", "the same as my coach's son". */
export function likenedToSomeone(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.text !== 'same') return false;
    const as = tokens[i + 1]?.text === 'as' ? i + 1 : tokens[i + 2]?.text === 'as' ? i + 2 : -1;
    if (as < 0 || (as === i + 2 && !BELT_WORDS.has(tokens[i + 1]?.text ?? ''))) return false;
    const who = tokens[as + 1]?.text ?? '';
    return OWNERS.has(who) || OBJECT_PRONOUNS.has(who);
  });
}
const BELT_WORDS: ReadonlySet<string> = new Set(['belt', 'rank', 'colour', 'color', 'level']);
const OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'the', 'our']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);

/** The "started" ending before `end` is told beside someone: "started together", "started the same day", "started with him". */
export const startedAlongside = (tokens: readonly Token[], end: number): boolean =>
  ALONGSIDE.has(tokens[end]?.text ?? '') || (tokens[end]?.text === 'the' && tokens[end + 1]?.text === 'same');
const ALONGSIDE: ReadonlySet<string> = new Set(['together', 'same', 'with', 'alongside']);
