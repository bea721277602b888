// training_frequency: days named only to say they cannot be trained: "weekdays are impossible with my
// commute", "weekdays im stuck at work", "weeknights are a no go", "mondays never work for me". Such a
// part is no session, so its days are not counted on top of the ones trained.

import type { Token } from './text';

/** Days said first in the part, then barred by a word within a few words, with no count said. */
export function daysBarred(part: readonly Token[], isDay: (i: number) => boolean): boolean {
  const firstDay = part.findIndex((_, i) => isDay(i));
  if (firstDay < 0 || part.some((t) => t.kind === 'number')) return false;
  const end = Math.min(part.length, firstDay + MAX_REACH);
  for (let i = firstDay + 1; i < end; i++) {
    const [word, next] = [part[i]?.text ?? '', part[i + 1]?.text ?? ''];
    if (BARRED.has(word) || (BARRED_BEFORE.has(word) && BARRED_AFTER.has(next))) return true;
  }
  return false;
}

// "weekdays are, sadly, totally impossible"
const MAX_REACH = 6;
// one word that says the days cannot be trained
const BARRED: ReadonlySet<string> = new Set([
  ...['impossible', 'impractical', 'hopeless', 'unworkable', 'unrealistic', 'stuck', 'slammed', 'swamped'],
  ...['cant', "can't", 'cannot', 'never', 'busy', 'booked', 'taken', 'dead', 'nope', 'unavailable'],
  ...['impossivel', 'imposible', 'unmöglich', 'impossibile'],
]);
// two words that do: "are out", "no go", "dont work", "not possible", "a write-off"
const BARRED_BEFORE: ReadonlySet<string> = new Set(['are', 'is', 'no', 'dont', "don't", 'not', 'a', 'just', 'r']);
const BARRED_AFTER: ReadonlySet<string> = new Set([
  ...['out', 'go', 'work', 'possible', 'happening', 'doable', 'an', 'option', 'chance', 'way', 'write'],
  ...['off', 'writeoff', 'write-off', 'bust'],
]);
