// A goal ruled out in a clause of its own: "not self defence, I'm a bouncer, I have that covered.
// I want to get good at actual bjj". The reasons given for it ("bouncer") name it again, but the
// answer has already said it is not what the user trains for.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** True when the mention's clause is only "not" (or "no", "never") and the goal, with a filler or two. */
export function ruledOutAlone(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const clause = tokens[mention.start]?.clause;
  const words = tokens
    .map((t, k) => ({ t, k }))
    .filter(({ t, k }) => t.clause === clause && t.kind === 'word' && (k < mention.start || k >= mention.end));
  const [first, ...rest] = words;
  return first !== undefined && RULING_OUT.has(first.t.text) && rest.every(({ t }) => FILLERS.has(t.text));
}
const RULING_OUT: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nah']);
const FILLERS: ReadonlySet<string> = new Set(['for', 'really', 'about', 'the', 'into', 'so', 'much']);
