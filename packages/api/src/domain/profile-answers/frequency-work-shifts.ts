// training_frequency: counts of shifts at work, which the rate reading drops: "i work 3 twelve hour
// shifts a week", "3 twelves a week", "three 12s"; not "3x/wk depending on shifts".

import type { Rate } from './frequency-readings';
import type { Token } from './text';

/** "i work 3 twelve hour shifts a week", "3 twelves a week": shifts at work, not training. */
export function isWorkShifts(tokens: readonly Token[], rate: Rate): boolean {
  if (WORKING.has(tokens[rate.start - 1]?.text ?? '')) return true;
  // "three 12s": a count of shifts told by their length in hours
  const [hours, plural] = [tokens[rate.end], tokens[rate.end + 1]];
  if (hours?.kind === 'number' && plural?.text === 's' && !plural.spaceBefore) return true;
  const clause = tokens[rate.end - 1]?.clause;
  for (let k = rate.end; k < rate.end + SHIFT_REACH && tokens[k]?.clause === clause; k++) {
    // "3x/wk depending on shifts": the shifts are why the count varies, not what it counts
    if (SHIFT_CONDITIONS.has(tokens[k]?.text ?? '')) return false;
    if (SHIFTS.has(tokens[k]?.text ?? '')) return true;
  }
  return false;
}
const SHIFT_REACH = 3;
const SHIFT_CONDITIONS: ReadonlySet<string> = new Set([
  'depending',
  'depends',
  'around',
  'between',
  'because',
  'due',
  'given',
  'with',
  'on',
]);
const WORKING: ReadonlySet<string> = new Set(['work', 'works', 'working']);
const SHIFTS: ReadonlySet<string> = new Set([
  'shift',
  'shifts',
  'twelves',
  'doubles',
  'overnights',
  'plantoes',
  'turnos',
]);
