// training_frequency: "i" is "and" in Polish and in Russian typed in Latin letters ("dwa razy w
// tygodniu gi i raz no-gi" → 3, "dva raza gi i odin raz nogi" → 3), but "I" in English, so it joins
// two counts to add up only in an answer that counts in those tongues.

import { POLISH } from './polish-words';
import { RUSSIAN } from './russian-words';
import { SESSION_KINDS } from './session-kind-words';
import type { Rate } from './frequency-readings';
import type { Token } from './text';

/** Whether `a` and `b` are joined by a Slavic "i", with at most the kind of `a` before it. */
export function joinedBySlavicAnd(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  const between = tokens.slice(a.end, b.start).map((t) => t.text);
  return (
    between.includes('i') &&
    between.length <= MAX_BETWEEN &&
    between.every((w) => w === 'i' || w === ',' || SESSION_KINDS.has(w)) &&
    tokens.some((t) => SLAVIC_COUNTS.has(t.text))
  );
}

// "gi i", "open mat i"
const MAX_BETWEEN = 4;
// the words a count is told in: "razy", "raz", "raza", "dni", "dnya"
const SLAVIC_COUNTS: ReadonlySet<string> = new Set(
  [POLISH, RUSSIAN].flatMap((t) => [...(t.timesWords ?? []), ...(t.timesAdverbs ?? []).map(([w]) => w)]),
);
