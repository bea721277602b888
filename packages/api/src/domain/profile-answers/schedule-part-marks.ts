// Marks of a timetable part that its value reading and the timetable sum look for: days pointed back
// at ("those days"), back-to-back sessions, days never missed, several counts in one part, a "to" that
// goes somewhere, sessions counted per day.

import { readNumber } from './numbers';
import type { Token } from './text';
import { SESSION_KINDS } from './session-kind-words';
import { NOT_SKIPPING, SKIPPING } from './weekday-words';
import { isFourDigitClock, type Part } from './schedule-parts';

/** "both days", "those days", "the same days": the days another part named. */
export const refersToNamedDays = (tokens: readonly Token[]): boolean =>
  tokens.some((t, i) => NAMED_DAYS_LEADS.has(t.text) && ['days', 'nights', 'dias'].includes(tokens[i + 1]?.text ?? ''));
const NAMED_DAYS_LEADS: ReadonlySet<string> = new Set([
  'both',
  'ambos',
  'those',
  'these',
  'same',
  // Portuguese "nesses dias", "ambos os dias" ; Spanish "esos dias", "los mismos dias"
  'nesses',
  'esses',
  'mesmos',
  'esos',
  'estos',
  'mismos',
]);

/** "i never miss saturday open mat", "don't skip fridays": a day always trained. */
export const neverMisses = (tokens: readonly Token[], i: number): boolean =>
  NOT_SKIPPING.has(tokens[i]?.text ?? '') && SKIPPING.has(tokens[i + 1]?.text ?? '');

/** "3 gi 1 nogi and an open mat": a part of several counts is no one part; the rate reading adds them. */
export const holdsSeveralCounts = (part: Part): boolean =>
  part.tokens.filter((_, i) => {
    const number = readNumber(part.tokens, i);
    return number !== null && !number.isTimes && SESSION_KINDS.has(part.tokens[number.end]?.text ?? '');
  }).length >= 2;

/** Where the clock at `k` ("6am", "noon") ends. */
export const clockEnd = (tokens: readonly Token[], k: number): number =>
  tokens[k]?.text === 'noon' || isFourDigitClock(tokens, k) ? k + 1 : k + 2;

/** A "to" or "-" inside "back to back", "back-to-back": one after another, no range nor hedge. */
export const inBackToBack = (tokens: readonly Token[], i: number): boolean =>
  [1, 2, 3].some((d) => tokens[i - d]?.text === 'back' && backToBackEnd(tokens, i - d) > i);

/** Where "back to back" ("back-to-back") said at `k` ends, else `k`. */
export function backToBackEnd(tokens: readonly Token[], k: number): number {
  const words = tokens.slice(k, k + 5).map((t) => t.text);
  if (words[0] !== 'back') return k;
  if (words[1] === 'to' && words[2] === 'back') return k + 3;
  return words[1] === '-' && words[2] === 'to' && words[3] === '-' && words[4] === 'back' ? k + 5 : k;
}

/** "i go to the comp class on sat": a "to" with no count beside it goes somewhere, it is no range ("2 to 3"). */
export const goesTo = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'to' && !readNumber(tokens, i - 1) && !readNumber(tokens, i + 1) && tokens[i - 1]?.text !== 'up';

/** "2 a day on mon and wed": a count of sessions each day, said right after it. */
export const perDayAfter = (tokens: readonly Token[], k: number): boolean =>
  PER.has(tokens[k]?.text ?? '') && DAY.has(tokens[k + 1]?.text ?? '');
const PER: ReadonlySet<string> = new Set(['a', 'per', 'each', '/']);
const DAY: ReadonlySet<string> = new Set(['day', 'night']);

export const perDayPeriod = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, i) =>
      t.text === 'daily' ||
      ((t.text === 'day' || t.text === 'night') && ['a', 'per', 'each', '/'].includes(tokens[i - 1]?.text ?? '')),
  );
