// training_frequency: a part of a timetable that tells what the user no longer does ("no more
// two-a-days since the back surgery, just once a day tue thu sat", "i dont do doubles anymore, …") is
// no part of the week now.

import type { Token } from './text';

/**
 * The part opens with "no more" / "no longer" (not "no more than 3"), or with "used to" / "stopped",
 * or says "anymore" ("i dont do doubles anymore").
 */
export function givenUp(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => ANYMORE.has(t.text))) return true;
  let k = 0;
  while (OPENERS.has(tokens[k]?.text ?? '')) k += 1;
  const [a, b, c] = [tokens[k]?.text, tokens[k + 1]?.text, tokens[k + 2]?.text];
  if (a === 'no' && (b === 'longer' || (b === 'more' && c !== 'than'))) return true;
  return (a === 'used' && b === 'to') || STOPPED.has(a ?? '');
}
// "ok so no more …", "i used to …", "well i stopped …"
const OPENERS: ReadonlySet<string> = new Set(['ok', 'so', 'well', 'but', 'and', 'i', 'im', 'we']);
const ANYMORE: ReadonlySet<string> = new Set(['anymore']);
const STOPPED: ReadonlySet<string> = new Set(['stopped', 'quit', 'dropped']);
