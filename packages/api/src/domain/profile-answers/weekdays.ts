// Days named instead of counted: "Mon, Wed and Fri" → 3, "mon-fri" → 5, "weekends only" → 2.

import { restLabelEnd } from './weekday-rest-label';
import { isPortugueseOnThe } from './portuguese-on-the';
import type { Token } from './text';
import { dayAt, daysFrom, hyphenList } from './schedule-days';
import {
  AVOIDING,
  DAY_SUFFIXES,
  DENYING_DAYS,
  DROPPING,
  EXCEPT,
  KEPT_AWAY,
  NOT_SKIPPING,
  SKIPPING,
  WEEKDAY_JOINERS,
  WEEKDAY_RANGE,
  WEEKDAYS,
} from './weekday-words';
import { A_IS_AND, TO_IS_AND, WORLD_SKIP_FILLERS } from './world-words';
import { daysDeniedBefore } from './weekdays-denied';

export interface WeekdayRun {
  readonly start: number;
  readonly end: number;
  /** The distinct days named in the run (0 = Monday…), so days skipped elsewhere can be taken out. */
  readonly days: ReadonlySet<number>;
}

/** "Mon, Wed and Fri" → 3; "mon-fri" → 5; "weekends only" → 2. */
export function weekdayRuns(tokens: readonly Token[], skip: (i: number) => boolean): WeekdayRun[] {
  const runs: WeekdayRun[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    // short names in a run count too: "lun mar jue", "seg, qua e sex"
    if (skip(i) || !dayAt(tokens, i)) continue;
    const days = new Set<number>();
    const isDay = (d: number): boolean => Boolean(dayAt(tokens, d));
    let end = i;
    let previousDay: number | null = null;
    let pendingRange = false;
    for (let k = i; k < tokens.length && !skip(k); k += 1) {
      const text = tokens[k]?.text ?? '';
      const named = dayAt(tokens, k);
      if (named) {
        const [firstDay] = named;
        // "sun thru thurs": a range that starts late in the week runs on over its end
        if (pendingRange && previousDay !== null && firstDay !== undefined && firstDay !== previousDay) {
          for (const d of daysFrom(previousDay, firstDay)) days.add(d);
        }
        for (const d of named) days.add(d);
        previousDay = named[named.length - 1] ?? null;
        pendingRange = false;
        end = k + 1;
      } else if (DAY_SUFFIXES.has(text) && previousDay !== null) {
        pendingRange = false;
      } else if (EXCEPT.has(tokens[i - 1]?.text ?? '') && restLabelEnd(tokens, k, isDay) > k) {
        // "every day except sundays and my rest day wednesday": the label leads to the day it names
        k = restLabelEnd(tokens, k, isDay) - 1;
      } else if (WEEKDAY_JOINERS.has(text)) {
        // "getsuyoubi to mokuyoubi": after a Japanese day, "to" is "and"; "pondělí a středa" (Czech)
        // ("m-w-f" lists three days)
        pendingRange ||=
          WEEKDAY_RANGE.has(text) && !andAfterDay(text, tokens[k - 1]?.text ?? '') && !hyphenList(tokens, k);
      } else break;
    }
    runs.push({ start: i, end, days });
    i = end - 1;
  }
  return runs;
}

const andAfterDay = (joiner: string, day: string): boolean =>
  (joiner === 'to' && TO_IS_AND.has(day)) || (joiner === 'a' && A_IS_AND.has(day));

export interface SkippedDays {
  /** The skip word and the days after it, so no reading counts them as days trained. */
  readonly tokens: ReadonlySet<number>;
  /** The days skipped (0 = Monday…). */
  readonly days: ReadonlySet<number>;
}

/**
 * "i skip mondays", "mon to fri but i skip wednesdays", "never on weekends", "dropped fridays", "stay away from
 * weekends": days named right after a skip, a denial or an avoidance are days not trained; "i never miss saturday
 * open mat" skips nothing.
 */
export function skippedDays(tokens: readonly Token[]): SkippedDays {
  const at = new Set<number>();
  const days = new Set<number>();
  tokens.forEach((t, i) => {
    const avoids = AVOIDING.has(t.text) || (KEPT_AWAY.has(t.text) && AWAY_FROM.has(tokens[i + 1]?.text ?? ''));
    const skips = SKIPPING.has(t.text) || DENYING_DAYS.has(t.text) || DROPPING.has(t.text) || avoids;
    if (!skips || NOT_SKIPPING.has(tokens[i - 1]?.text ?? '') || isPortugueseOnThe(tokens, i)) return;
    let k = i + 1;
    while (SKIP_FILLERS.has(tokens[k]?.text ?? '')) k += 1;
    const start = k;
    for (; k < tokens.length; k += 1) {
      const named = WEEKDAYS.get(tokens[k]?.text ?? '');
      if (named) named.forEach((d) => days.add(d));
      else if (!(SKIP_JOINERS.has(tokens[k]?.text ?? '') && WEEKDAYS.has(tokens[k + 1]?.text ?? ''))) break;
    }
    if (k === start) return;
    // "skip the monday class", "dodge the sunday one": the session named goes with its day
    if (SKIPPED_SESSIONS.has(tokens[k]?.text ?? '')) k += 1;
    for (let j = i; j < k; j += 1) at.add(j);
  });
  const denied = daysDeniedBefore(tokens);
  denied.at.forEach((j) => at.add(j));
  denied.days.forEach((d) => days.add(d));
  return { tokens: at, days };
}
// "skip the monday class", "miss all fridays", "stopped going on fridays"
// "never go mondays", "never train on fridays"
const SKIP_FILLERS: ReadonlySet<string> = new Set([
  'the',
  'on',
  'my',
  'all',
  'going',
  'training',
  'from',
  'of',
  'go',
  'train',
  // "evito o treino de sexta", "me salto las clases del viernes"
  ...['o', 'os', 'as', 'el', 'la', 'los', 'las', 'de', 'da', 'do', 'del', 'treino', 'treinos', 'clase', 'clases'],
  ...['aula', 'aulas'],
  ...WORLD_SKIP_FILLERS,
]);
const SKIPPED_SESSIONS: ReadonlySet<string> = new Set(['class', 'classes', 'session', 'sessions', 'one', 'ones']);
// "away from weekends", "clear of mondays"
const AWAY_FROM: ReadonlySet<string> = new Set(['from', 'of']);
// "skip mondays and fridays": a comma would reach into the days trained ("skip mon, train tue to fri")
const SKIP_JOINERS: ReadonlySet<string> = new Set(['and', '&', '/', 'or', '+']);
