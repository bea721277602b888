// training_frequency: "did nogi this arvo, then I've got gi tomorrow and thursday, that's me regular
// week" → 3: days told relative to today ("tonight", "tomorrow", "yesterday") beside named weekdays,
// when the answer calls them its usual week, are each a day trained. Without that word ("gi tomorrow")
// a day is only the next session, no habit.

import type { Token } from './text';
import { readNumber } from './numbers';
import { WEEKDAYS } from './weekday-words';

/** The days an answer names, relative ones too, when it says they are its usual week; else null. */
export function usualWeekOfDaysTold(tokens: readonly Token[]): number | null {
  if (!tokens.some((t, i) => USUAL.has(t.text) && tokens[i + 1]?.text === 'week')) return null;
  // a count said outright is read as a rate, not here
  if (tokens.some((_, i) => readNumber(tokens, i) !== null)) return null;
  const relative = new Set<string>();
  // ("my usual week is mon wed fri but im skipping tonight": a day skipped is no day trained)
  const skipped = new Set(tokens.flatMap((t) => (SKIPPING.has(t.text) ? [t.clause] : [])));
  tokens.forEach((t, i) => {
    if (skipped.has(t.clause)) return;
    const day = RELATIVE_DAYS.get(t.text);
    if (day) relative.add(day);
    // "this arvo", "this morning": today
    else if (t.text === 'this' && PARTS_OF_DAY.has(tokens[i + 1]?.text ?? '')) relative.add('today');
  });
  if (relative.size === 0) return null;
  const named = new Set(tokens.flatMap((t) => [...(WEEKDAYS.get(t.text) ?? [])]));
  const days = named.size + relative.size;
  return days >= 2 ? days : null;
}
const SKIPPING: ReadonlySet<string> = new Set([
  'skip',
  'skipping',
  'skipped',
  'off',
  'missing',
  'miss',
  'not',
  'cant',
  'wont',
]);
const USUAL: ReadonlySet<string> = new Set(['regular', 'usual', 'normal', 'typical', 'standard', 'average']);
const RELATIVE_DAYS: ReadonlyMap<string, string> = new Map([
  ['today', 'today'],
  ['tonight', 'today'],
  ['tomorrow', 'tomorrow'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['yesterday', 'yesterday'],
]);
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'arvo', 'afternoon', 'evening', 'avo', 'lunchtime']);
