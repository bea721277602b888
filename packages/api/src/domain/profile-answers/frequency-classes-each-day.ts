// training_frequency: a count of days, then the classes done on each of them: "I get 2 days off
// midweek and on both of them I do the noon class and the evening class" → 4, "3 days a week, on each
// of those I do the morning and the evening class" → 6. The classes named (by time of day, clock or
// kind, as schedule-same-day.ts tells them apart) are each day's sessions, over the days counted.

import { findRates } from './frequency-readings';
import { classNames } from './schedule-same-day';
import type { Token } from './text';

/** Days × classes named after "both"/"each", when the days are the one count said; else null. */
export function classesOnEachDay(tokens: readonly Token[]): number | null {
  const all = findRates(tokens);
  const days = all[0];
  if (!days?.countsDays || days.perWeek > DAYS_A_WEEK) return null;
  const each = tokens.findIndex((t, k) => k >= days.end && pointsBack(tokens, k));
  // "each day" is read as a rate of its own: here it only points back to the days counted
  if (each < 0 || all.some((r) => r !== days && r.start !== each)) return null;
  // the classes of the sentence the cue opens
  let end = each + 1;
  while (end < tokens.length && !SENTENCE_ENDS.has(tokens[end]?.text ?? '')) end++;
  const names = classNames(tokens.slice(each + 1, end));
  return names.size >= 2 ? days.perWeek * names.size : null;
}

/** "on both", "both of them", "each day", "each of those": the days counted; not "both the lunch and…". */
const pointsBack = (tokens: readonly Token[], k: number): boolean =>
  EACH.has(tokens[k]?.text ?? '') && (tokens[k - 1]?.text === 'on' || OF_DAYS.has(tokens[k + 1]?.text ?? ''));

const DAYS_A_WEEK = 7;
const EACH: ReadonlySet<string> = new Set(['both', 'each']);
const OF_DAYS: ReadonlySet<string> = new Set(['of', 'day', 'days', 'one', 'ones', 'them', 'those', 'these']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';', 'but', 'except']);
