// training_frequency: weeks of two kinds that alternate, each with its own count: "2 on day shift
// weeks, 4 on nights", "one week i do 3, next week 5", "weeks im on nights i get 2 in, weeks on days i
// get 4", "2 one week and 4 the next", "every other week 3, otherwise 1". Those counts are not parts to
// add up but the weeks the habit swings between: its average.

import { readNumber } from './numbers';
import { STRENGTH, type Rate } from './frequency-readings';
import type { Token } from './text';

/** The mean of two or more counts each said of a kind of week or shift, or null. */
export function alternatingWeeks(tokens: readonly Token[], all: readonly Rate[]): number | null {
  // "…, and im on days for the foreseeable": one kind of week is now, and the reading of now decides
  if (all.length < 2 || tokens.some((t) => SAYS_NOW.has(t.text))) return null;
  const rates = all.filter((rate, k) => !namesWeekOf(tokens, rate, all[k + 1]));
  if (rates.length < 2) return null;
  const counts = rates.map((rate, k) => {
    // "2 one week", "3 every other week": the count is said per the kind of week its own period names
    if (ownKindOfWeek(tokens, rate)) return rate.perWeek / (rate.period ?? 1);
    const clause = tokens[rate.start]?.clause;
    // the count's own stretch: its clause, between the counts either side of it
    const [from, to] = [rates[k - 1]?.end ?? 0, rates[k + 1]?.start ?? tokens.length];
    // …and the word right after it, though it turns the clause: "1 otherwise"
    const inStretch = (i: number): boolean => tokens[i]?.clause === clause || i === rate.end;
    for (let i = from; i < to; i++)
      if (inStretch(i) && (i < rate.start || i >= rate.end) && kindOfWeekAt(tokens, i)) return rate.perWeek;
    return null;
  });
  if (counts.some((c) => c === null)) return null;
  return (counts as number[]).reduce((sum, c) => sum + c, 0) / counts.length;
}

/**
 * "every other week 3", "every other week i do 4": a period naming a kind of week, right before a bare
 * count (or its subject and verb then the count), is that count's week.
 */
function namesWeekOf(tokens: readonly Token[], rate: Rate, next: Rate | undefined): boolean {
  if (!next || next.strength !== STRENGTH.bare || next.start < rate.end) return false;
  // "2 one week 4 the next": a count of its own kind of week names no week of the count after it
  if (ownKindOfWeek(tokens, rate)) return false;
  if (tokens[next.start]?.clause !== tokens[rate.start]?.clause) return false;
  if (next.start - rate.end > SUBJECT_AND_VERB) return false;
  // "every other week i do 4", not "2 one week and 4 the next"
  if (next.start > rate.end && !SUBJECTS.has(tokens[rate.end]?.text ?? '')) return false;
  for (let i = rate.end; i < next.start; i++) if (tokens[i]?.kind !== 'word') return false;
  for (let i = rate.start; i < rate.end; i++) if (kindOfWeekAt(tokens, i)) return true;
  return false;
}

// "i do", "i get in", "we usually do": the words a count may wait for after its kind of week
const SUBJECT_AND_VERB = 3;
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'im']);

/** "2 one week", "3 every other week": a count whose own period is one kind of week, not "a week". */
function ownKindOfWeek(tokens: readonly Token[], rate: Rate): boolean {
  if (rate.strength === STRENGTH.bare || readNumber(tokens, rate.start) === null) return false;
  for (let i = rate.start + 1; i < rate.end; i++) if (kindOfWeekAt(tokens, i)) return true;
  return false;
}

/** "day shift weeks", "weeks im on nights", "next week", "on nights": a kind of week named at `i`. */
function kindOfWeekAt(tokens: readonly Token[], i: number): boolean {
  const [word, before] = [tokens[i]?.text ?? '', tokens[i - 1]?.text ?? ''];
  if (word === 'on' && SHIFTS.has(tokens[i + 1]?.text ?? '')) return true;
  if (SHIFT_WORDS.has(word) && SHIFT_KINDS.has(before)) return true;
  if (WEEK.has(word)) return WEEK_KINDS.has(before);
  // "4 the next", "1 the other", "otherwise 1": the week left unsaid after one named before
  if (word === 'otherwise') return true;
  // "half the month 2, other half 4": halves of the month or the time swing the same way
  if (word === 'half') return HALF_OF.has(before) || HALVED.has(tokens[i + 2]?.text ?? '');
  if (ELLIPTIC_NEXT.has(word) && before === 'the') return nothingNamedAfter(tokens, i);
  // "weeks" not counted ("2 weeks", "a few weeks") nor a stretch of time ("the last weeks")
  return WEEKS.has(word) && !NOT_KINDS.has(before) && readNumber(tokens, i - 1) === null;
}

/** "the next" ends its clause, or goes on to "week" or "one": not "the next month", "the other 2 days". */
function nothingNamedAfter(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1];
  return !after || after.clause !== tokens[i]?.clause || after.kind === 'symbol' || UNSAID_WEEK.has(after.text);
}
const HALF_OF: ReadonlySet<string> = new Set(['other', 'first', 'second', 'one']);
const HALVED: ReadonlySet<string> = new Set(['month', 'time', 'year']);
const ELLIPTIC_NEXT: ReadonlySet<string> = new Set(['next', 'other', 'following']);
// "one week its 3 the next its 5": the count of the week left unsaid follows it
const UNSAID_WEEK: ReadonlySet<string> = new Set(['week', 'one', 'its', 'it', 'is']);

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
