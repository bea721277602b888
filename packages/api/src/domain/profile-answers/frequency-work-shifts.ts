// training_frequency: counts of shifts at work, which the rate reading drops: "i work 3 twelve hour
// shifts a week", "3 twelves a week", "three 12s", "night shift 4 nights a week"; not "3x/wk depending
// on shifts", "after my shift 3x a week" nor "every day except sunday if night shift allows".

import type { Rate } from './frequency-readings';
import type { Token } from './text';

/** "i work 3 twelve hour shifts a week", "3 twelves a week": shifts at work, not training. */
export function isWorkShifts(tokens: readonly Token[], rate: Rate): boolean {
  if (shiftNamedBefore(tokens, rate.start)) return true;
  // "three 12s": a count of shifts told by their length in hours
  const [hours, plural] = [tokens[rate.end], tokens[rate.end + 1]];
  if (hours?.kind === 'number' && plural?.text === 's' && !plural.spaceBefore) return true;
  const clause = tokens[rate.end - 1]?.clause;
  for (let k = rate.end; k < rate.end + SHIFT_REACH && tokens[k]?.clause === clause; k++) {
    // "3x/wk depending on shifts": the shifts are why the count varies, not what it counts
    if (SHIFT_CONDITIONS.has(tokens[k]?.text ?? '')) return false;
    // "3x a week shifts permitting": the shifts allowing it is a condition too
    // "mon to fri before my shift": the shift is when the training fits around, not what is counted
    if (SHIFTS.has(tokens[k]?.text ?? ''))
      return !ALLOWING.has(tokens[k + 1]?.text ?? '') && !aroundWorkBefore(tokens, k);
  }
  return false;
}
const SHIFT_REACH = 3;

/** "before my shift", "after the shift": a word of time around the work leads the shift at `k`. */
const aroundWorkBefore = (tokens: readonly Token[], k: number): boolean =>
  [tokens[k - 1]?.text ?? '', tokens[k - 2]?.text ?? ''].some((w) => AROUND_WORK.has(w));
const ALLOWING: ReadonlySet<string> = new Set(['allow', 'allows', 'allowing', 'permit', 'permits', 'permitting']);

/**
 * "night shift 4 nights a week", "i work nights 4 a week": the shift or the working is named right
 * before the count, in its clause, so the count is of them; "train after work 3x", "after my shift
 * 3x" are the times trained around it.
 */
function shiftNamedBefore(tokens: readonly Token[], start: number): boolean {
  const clause = tokens[start]?.clause;
  for (let k = start - 1; k >= start - SHIFT_REACH && tokens[k]?.clause === clause; k--) {
    const word = tokens[k]?.text ?? '';
    if (TRAINING.has(word)) return false;
    if (!SHIFTS.has(word) && !WORKING.has(word)) continue;
    // "doubles 3 days a week" are two sessions a day on the mats; "i work doubles 4 days" are shifts
    if (TRAINED_TOO.has(word) && !tokens.slice(0, k).some((t) => t.clause === clause && WORKING.has(t.text))) continue;
    const lead = [tokens[k - 1], tokens[k - 2]].filter((t) => t?.clause === clause).map((t) => t?.text ?? '');
    return !lead.some((w) => AROUND_WORK.has(w));
  }
  return false;
}
// what is trained, and when it is trained around the work
const TRAINING: ReadonlySet<string> = new Set(['train', 'training', 'class', 'classes', 'roll', 'rolling', 'go']);
const AROUND_WORK: ReadonlySet<string> = new Set([
  ...['after', 'before', 'post', 'pre', 'outside', 'off'],
  ...['around', 'between', 'depending', 'depends', 'because', 'due', 'given'],
]);
const SHIFT_CONDITIONS: ReadonlySet<string> = new Set([
  // a condition on the habit: "every day except sunday if night shift allows", "2x when shifts allow"
  ...['if', 'when', 'whenever', 'unless'],
  // "to three times once my shifts settled down": the shifts are when the count changed
  ...['once', 'since', 'after', 'until', 'till', 'til', 'as'],
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
const WORKING: ReadonlySet<string> = new Set(['work', 'works', 'working', 'pull', 'pulling']);
// a shift's name that is a way of training as well
const TRAINED_TOO: ReadonlySet<string> = new Set(['doubles']);
const SHIFTS: ReadonlySet<string> = new Set([
  'shift',
  'shifts',
  'twelves',
  'doubles',
  'overnights',
  'plantoes',
  'turnos',
]);
