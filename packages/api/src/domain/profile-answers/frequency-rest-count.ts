// training_frequency: a count of days said to be rest is no count trained: "Wednesday and Saturday …
// the other five days are recovery days" → 2, "wed and sat, 5 days off" → 2, "tue thu, the other 5 days
// i rest" → 2. Days off trained on ("I train on my 3 days off") are still trained: a count of days
// after "on", "my" or "during" is kept, and only "N days" counts ("tue thu and saturday nothing fancy").

import type { Token } from './text';

/** Words between the days counted and their rest: "are", "i just", "for". */
const BETWEEN: ReadonlySet<string> = new Set(['are', 'r', 'is', 'i', 'im', 'just', 'for', 'as', 'being', 'stay', 'my']);
const REACH = 3;
/** Rest, not "nothing" ("saturday nothing fancy just open mat" is a session). */
const RESTING: ReadonlySet<string> = new Set(['off', 'rest', 'resting', 'recovery', 'recover', 'recovering']);
/** The count must be of days said as such: "five days", "5 days". */
const DAYS: ReadonlySet<string> = new Set(['days', 'day']);
/** Days off that are trained on: "on my 3 days off", "during my 4 days off". */
const TRAINED_ON: ReadonlySet<string> = new Set(['on', 'my', 'during', 'of', 'both', 'all', 'those']);

/** The count of days from `start` to `end` is said to be rest. */
export function restDaysCounted(tokens: readonly Token[], start: number, end: number): boolean {
  if (TRAINED_ON.has(tokens[start - 1]?.text ?? '') || !DAYS.has(tokens[end - 1]?.text ?? '')) return false;
  for (let k = end; k < end + REACH && k < tokens.length; k++) {
    const word = tokens[k]?.text ?? '';
    if (RESTING.has(word)) return true;
    if (!BETWEEN.has(word)) return false;
  }
  return false;
}
