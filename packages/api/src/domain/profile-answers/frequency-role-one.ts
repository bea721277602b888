// training_frequency: "one" standing for a person, not a count: "I'm the one at home with the kids",
// "I'm the one who drives", "she's the one that trains". A role names who does something, so a bare
// "the one" said of someone counts no session; "just the one session a week", "the one a week" and a
// lone "just the one" still count one, since what they count or their period follows.

import type { Token } from './text';

/** Whether the bare "one" at `i` (read with no unit or kind) is "the one" someone is. */
export function namesARole(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== 'one' || tokens[i - 1]?.text !== 'the') return false;
  // "I'm the one", "she's the one", "being the one": someone is the one
  if (IS.has(tokens[i - 2]?.text ?? '')) return true;
  // "the one at home", "the one who drives", "the one taking the kids": who the one is follows
  const next = tokens[i + 1];
  return next?.clause === tokens[i]?.clause && (DESCRIBES.has(next.text) || /^[a-z]{3,}ing$/.test(next.text));
}

// "i m", "she s", "he is", "being"
const IS: ReadonlySet<string> = new Set(['m', 'am', 's', 'is', 're', 'are', 'was', 'were', 'be', 'being']);
const DESCRIBES: ReadonlySet<string> = new Set([
  ...['who', 'whos', 'that', 'thats', 'which'],
  ...['at', 'with', 'in', 'from', 'stuck', 'left', 'home'],
]);
