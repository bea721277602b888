// training_frequency: a count of days and how many of them are doubles: "3 days a week but i double on
// two of them" → 5, "6 days, 2 doubles in there" → 8, "i go 3 days but i double up on 2 of them" → 5.
// Each double is one session more than its day's own; both classes each time double every day.

import { readNumber } from './numbers';
import { bothClasses } from './schedule-part-value';
import { EVERY_DAY } from './frequency-rates';
import type { Rate } from './frequency-readings';
import type { Token } from './text';

/** The days counted plus the doubles said among them, else null. */
export function doublesAmongDays(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  const days = rates.find((r) => r.countsDays && r.perWeek < EVERY_DAY && Number.isInteger(r.perWeek));
  if (!days) return null;
  // "3 days": a count of days, which days not said ("mon to sat, and on saturday both" is the schedule's)
  const counted = readNumber(tokens, days.start) !== null;
  for (let i = days.end; i < tokens.length; i++) {
    // "3 days but i stay for both the gi and the nogi class each time": every day a double
    if (tokens[i]?.text === 'both' && bothClasses(tokens, i)) return counted ? days.perWeek * 2 : null;
    const doubles = doublesAt(tokens, i);
    if (doubles !== null) return doubles > 0 && doubles <= days.perWeek ? days.perWeek + doubles : null;
  }
  return null;
}

/** "double (up) on 2 of them", "2 doubles", "2 of them are doubles" at `i`: how many days are doubled. */
function doublesAt(tokens: readonly Token[], i: number): number | null {
  const word = (k: number): string => tokens[k]?.text ?? '';
  // "2 doubles (in there)", "2 double days", "2 of them are doubles"
  const count = readNumber(tokens, i);
  if (count && !count.isTimes) {
    let k = count.end;
    if (word(k) === 'of' && POINTED.has(word(k + 1))) k += 2;
    if (word(k) === 'are') k += 1;
    if (DOUBLES.has(word(k)) && (word(k) !== 'double' || word(k + 1) === 'days')) return count.value;
    return null;
  }
  // "i double on 2 of them", "double up on two", "doubles on 2 days"
  if (!DOUBLES.has(word(i))) return null;
  let k = i + 1;
  if (word(k) === 'up') k += 1;
  if (word(k) !== 'on') return null;
  const on = readNumber(tokens, k + 1);
  const after = on ? word(on.end) : '';
  return on && !on.isTimes && (after === '' || after === 'of' || after === 'days' || after === 'day') ? on.value : null;
}
const DOUBLES: ReadonlySet<string> = new Set(['double', 'doubles']);
const POINTED: ReadonlySet<string> = new Set(['them', 'those', 'these']);
