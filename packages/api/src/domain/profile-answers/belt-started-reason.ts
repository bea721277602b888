// belt_level: "she's the reason I started", "why i started was self defence", "my wife got me started":
// a start named as the thing someone caused or a reason explains is no word on how long ago it was, so
// it hints at no white belt ("I started in march", "just started" still do).

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The "started" at `mention` is what a reason or a cause before it is about. */
export function startedForAReason(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const before = (n: number): string => tokens[mention.start - n]?.text ?? '';
  // "the reason (why, that) I started", "why i started"
  let k = USER.has(before(1)) ? 2 : 1;
  if (before(k) === 'why') return true;
  if (before(k) === 'that') k += 1;
  if (REASON.has(before(k))) return true;
  // "got me started", "gets me started": someone else did the starting
  return before(1) === 'me' && CAUSED.has(before(2));
}
const USER: ReadonlySet<string> = new Set(['i', 'we']);
const REASON: ReadonlySet<string> = new Set(['reason', 'reasons', 'cause', 'inspiration']);
const CAUSED: ReadonlySet<string> = new Set(['got', 'get', 'gets', 'getting', 'made', 'convinced', 'pushed']);
