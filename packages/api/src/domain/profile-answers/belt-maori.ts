// belt_level: Māori says who is what after it: "he blue belt ahau" (I am a blue belt), "he white belt
// au". There "he" is the article "a", not English "he"; the belt is the user's when "ahau" or "au" (I)
// follows it in its clause. "he blue belt ia" (she is) stays someone else's.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** "he blue belt ahau": the belt at `mention`, after Māori "he", said of "ahau"/"au" right after it. */
export function maoriIAm(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  if (tokens[mention.start - 1]?.text !== 'he') return false;
  const clause = tokens[mention.start]?.clause;
  for (let k = mention.end; k - mention.end <= REACH && tokens[k]?.clause === clause; k++)
    if (I.has(tokens[k]?.text ?? '')) return true;
  return false;
}
// "he blue belt tonu ahau" (still): a word between
const REACH = 1;
const I: ReadonlySet<string> = new Set(['ahau', 'au']);
