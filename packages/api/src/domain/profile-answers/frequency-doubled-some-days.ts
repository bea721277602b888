// training_frequency: a count of days and how many of them are doubles: "3 days a week but i double on
// two of them" → 5, "6 days, 2 doubles in there" → 8, "3x a week, and on one of those days i double up"
// → 4. Each double is one session more than its day's own; both classes each time double every day.

import { readNumber } from './numbers';
import { bothClasses } from './schedule-part-value';
import { dayAt } from './schedule-days';
import { EVERY_DAY } from './frequency-rates';
import type { Rate } from './frequency-readings';
import type { Token } from './text';

/** The days counted plus the doubles said among them, else null. */
export function doublesAmongDays(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  const fits = (r: Rate): boolean => r.perWeek < EVERY_DAY && Number.isInteger(r.perWeek);
  // a count of sessions pointed back at as days ("on one of those days") is days too
  const days = rates.find((r) => r.countsDays && fits(r)) ?? rates.find((r) => fits(r) && daysPointedAt(tokens, r.end));
  if (!days) return null;
  // "3 days": a count of days, which days not said ("mon to sat, and on saturday both" is the schedule's)
  const counted = readNumber(tokens, days.start) !== null;
  for (let i = days.end; i < tokens.length; i++) {
    // "3 days but i stay for both the gi and the nogi class each time": every day a double
    // ("3 nights + both sat classes" doubles the day it names, for the schedule to read)
    if (tokens[i]?.text === 'both' && bothClasses(tokens, i))
      return counted && !namesADay(tokens, i) ? days.perWeek * 2 : null;
    const doubles = doublesAt(tokens, i);
    if (doubles !== null) return doubles > 0 && doubles <= days.perWeek ? days.perWeek + doubles : null;
  }
  return null;
}

const namesADay = (tokens: readonly Token[], i: number): boolean =>
  tokens.slice(i + 1, i + 1 + BOTH_REACH).some((_, k) => dayAt(tokens, i + 1 + k) !== undefined);
const BOTH_REACH = 6;

/** How many days are doubled at `i` ("2 doubles", "double on 2 of them", "on one of those days i double"), else null. */
function doublesAt(tokens: readonly Token[], i: number): number | null {
  const word = (k: number): string => tokens[k]?.text ?? '';
  // "on one of those days i double up": the days pointed at, then the double
  const pointed = word(i) === 'on' ? readNumber(tokens, i + 1) : null;
  const after = pointed ? pointedEnd(tokens, pointed.end) : 0;
  if (pointed && after) {
    const verb = word(after) === 'i' ? after + 1 : after;
    return DOUBLES.has(word(verb)) ? pointed.value : null;
  }
  // "2 doubles (in there)", "2 double days", "2 of them are doubles"
  const count = readNumber(tokens, i);
  if (count && !count.isTimes) {
    let k = count.end;
    if (word(k) === 'of' && POINTED.has(word(k + 1))) k += 2;
    if (word(k) === 'are') k += 1;
    if (DOUBLES.has(word(k)) && (word(k) !== 'double' || word(k + 1) === 'days')) return count.value;
    return null;
  }
  // "i double on 2 of them", "double up on two", "doubles on 2 days", "doubling on one of them"
  if (!DOUBLES.has(word(i))) return null;
  let k = i + 1;
  if (word(k) === 'up') k += 1;
  if (word(k) !== 'on') return null;
  const on = readNumber(tokens, k + 1);
  const next = on ? word(on.end) : '';
  return on && !on.isTimes && (next === '' || next === 'of' || next === 'days' || next === 'day') ? on.value : null;
}

/** The end of "of those days", "of them" at `k`, or 0. */
function pointedEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== 'of' || !POINTED.has(tokens[k + 1]?.text ?? '')) return 0;
  return tokens[k + 2]?.text === 'days' ? k + 3 : k + 2;
}

/** Later on, a count is pointed back at ("one of those days") beside a double. */
const daysPointedAt = (tokens: readonly Token[], from: number): boolean =>
  tokens.some(
    (_, i) =>
      i >= from &&
      pointedEnd(tokens, i) > 0 &&
      tokens.slice(Math.max(0, i - DOUBLE_REACH), i + DOUBLE_REACH).some((t) => DOUBLES.has(t.text)),
  );
const DOUBLE_REACH = 5;

const DOUBLES: ReadonlySet<string> = new Set(['double', 'doubles', 'doubling']);
const POINTED: ReadonlySet<string> = new Set(['them', 'those', 'these']);
