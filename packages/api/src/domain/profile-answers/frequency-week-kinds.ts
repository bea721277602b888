// training_frequency: weeks of two kinds that alternate, each with its own count: "2 on day shift
// weeks, 4 on nights", "one week i do 3, next week 5", "weeks im on nights i get 2 in, weeks on days i
// get 4". Those counts are not parts to add up but the weeks the habit swings between: its average.

import { readNumber } from './numbers';
import type { Rate } from './frequency-readings';
import type { Token } from './text';

/** The mean of two or more counts each said of a kind of week or shift, or null. */
export function alternatingWeeks(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  // "…, and im on days for the foreseeable": one kind of week is now, and the reading of now decides
  if (rates.length < 2 || tokens.some((t) => SAYS_NOW.has(t.text))) return null;
  const cued = rates.every((rate, k) => {
    const clause = tokens[rate.start]?.clause;
    // the count's own stretch: its clause, between the counts either side of it
    const [from, to] = [rates[k - 1]?.end ?? 0, rates[k + 1]?.start ?? tokens.length];
    for (let i = from; i < to; i++)
      if (tokens[i]?.clause === clause && (i < rate.start || i >= rate.end) && kindOfWeekAt(tokens, i)) return true;
    return false;
  });
  return cued ? rates.reduce((sum, r) => sum + r.perWeek, 0) / rates.length : null;
}

/** "day shift weeks", "weeks im on nights", "next week", "on nights": a kind of week named at `i`. */
function kindOfWeekAt(tokens: readonly Token[], i: number): boolean {
  const [word, before] = [tokens[i]?.text ?? '', tokens[i - 1]?.text ?? ''];
  if (word === 'on' && SHIFTS.has(tokens[i + 1]?.text ?? '')) return true;
  if (SHIFT_WORDS.has(word) && SHIFT_KINDS.has(before)) return true;
  if (WEEK.has(word)) return WEEK_KINDS.has(before);
  // "weeks" not counted ("2 weeks", "a few weeks") nor a stretch of time ("the last weeks")
  return WEEKS.has(word) && !NOT_KINDS.has(before) && readNumber(tokens, i - 1) === null;
}

// "on nights", "on days", "on earlies"
const SHIFTS: ReadonlySet<string> = new Set(['nights', 'days', 'earlies', 'lates', 'call']);
const SHIFT_WORDS: ReadonlySet<string> = new Set(['shift', 'shifts', 'rotation', 'roster']);
const SHIFT_KINDS: ReadonlySet<string> = new Set(['day', 'night', 'early', 'late', 'morning', 'evening']);
const WEEK: ReadonlySet<string> = new Set(['week', 'semana']);
const WEEKS: ReadonlySet<string> = new Set(['weeks', 'semanas']);
// "one week … next week", "on a good week", "uma semana … na outra"
const WEEK_KINDS: ReadonlySet<string> = new Set([
  ...['one', 'next', 'other', 'following', 'alternate', 'alternating', 'off', 'on', 'busy', 'light', 'heavy'],
  ...['quiet', 'good', 'bad', 'shift', 'work', 'day', 'night', 'custody'],
  ...['uma', 'una', 'outra', 'otra', 'proxima', 'siguiente'],
]);
const NOT_KINDS: ReadonlySet<string> = new Set([
  ...['few', 'couple', 'several', 'many', 'every', 'each', 'per', 'a', 'last', 'past', 'recent', 'these', 'those'],
  ...['of', 'for', 'in', 'ultimas', 'ultimos', 'algunas', 'poucas'],
]);
// words that say which kind of week it is at present
const SAYS_NOW: ReadonlySet<string> = new Set([
  'foreseeable',
  'currently',
  'now',
  'moment',
  'atm',
  'lately',
  'agora',
  'ahora',
]);
