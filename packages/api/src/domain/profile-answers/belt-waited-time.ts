// belt_level: a time said of hearing or waiting for a promotion, not of training: "professor keeps
// saying the brown is coming soon but ive been hearing that for a year", "been waiting on my purple
// for 2 years", "he's been promising me blue for months". It says nothing of time on the mats.

import type { Token } from './text';

/** A verb of being told or of waiting shortly before the duration at `i`, in its clause. */
export function timeWaitedOrTold(tokens: readonly Token[], i: number): boolean {
  const clause = tokens[i]?.clause;
  for (let k = i - 1; k >= Math.max(0, i - REACH) && tokens[k]?.clause === clause; k--)
    if (WAITED.has(tokens[k]?.text ?? '')) return true;
  return false;
}

// "hearing that for a year", "waiting on it for like 2 years"
const REACH = 6;
const WAITED: ReadonlySet<string> = new Set([
  ...['hearing', 'heard', 'saying', 'said', 'telling', 'told', 'promising', 'promised', 'teasing', 'hinting'],
  ...['waiting', 'waited', 'wait', 'hoping', 'hoped', 'chasing', 'asking', 'begging', 'dangling'],
]);
