// The kinds of session a timetable part names ("gi", "comp team", "fundamentals") and whether a count
// names a session after it ("3 gi classes", "two nogi", "1 nogi on the weekend").

import type { Token } from './text';
import { dayAt } from './schedule-days';
import { SESSION_KINDS } from './session-kind-words';
import { SCHEDULE_SESSIONS, TIMES_OF_DAY } from './schedule-words';
import { gearAfter } from './frequency-kind-after';

/** Days, times of day and filler, but no kind of session: "sunday mornings", "usually tue and thu". */
export const namesOnlyDays = (tokens: readonly Token[]): boolean =>
  tokens.every(
    (t, i) =>
      (!SESSION_KINDS.has(t.text) && !SCHEDULE_SESSIONS.has(t.text) && !KINDS.has(t.text)) ||
      peopleOfWhen(tokens, i) ||
      TIMES_OF_DAY.has(t.text) ||
      GENERIC_SESSIONS.has(t.text),
  );
export const GENERIC_SESSIONS: ReadonlySet<string> = new Set(['class', 'classes', 'session', 'sessions', 'training']);

export const KINDS: ReadonlySet<string> = new Set([
  'gi',
  'nogi',
  'comp',
  'regular',
  'kids',
  'adult',
  'adults',
  'group',
  'beginner',
  'beginners',
  'advanced',
  'intermediate',
  'fundamentals',
  'fundies',
  'basics',
  'levels',
  'competition',
  'sparring',
  'rolling',
  'drilling',
  'drill',
  'morning',
  'evening',
  'lunch',
  'lunchtime',
  'noon',
  // "one early and one late class on monday"
  'early',
  'late',
  // "2 de kimono, 1 sem kimono": with or without the gi
  'kimono',
  'quimono',
]);

/** A kind of class at `i`, not the people of a clause of when ("before the kids wake up"). */
export const kindAt = (tokens: readonly Token[], i: number): boolean =>
  KINDS.has(tokens[i]?.text ?? '') && !peopleOfWhen(tokens, i);
const peopleOfWhen = (tokens: readonly Token[], i: number): boolean => {
  const before = OWNERS.has(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  return PEOPLE_KINDS.has(tokens[i]?.text ?? '') && WHEN_CLAUSE.has(tokens[before]?.text ?? '');
};
const PEOPLE_KINDS: ReadonlySet<string> = new Set(['kids', 'adults']);
const OWNERS: ReadonlySet<string> = new Set(['the', 'my', 'our']);
const WHEN_CLAUSE: ReadonlySet<string> = new Set(['before', 'after', 'when', 'once', 'while', 'till', 'until']);

/**
 * A session named after a count: "3 gi classes", "a saturday class", or a kind alone ending the part
 * ("two nogi") or before when it falls ("1 nogi on the weekend", "2 gi in the evening").
 */
export function nextIsSession(tokens: readonly Token[], at: number): boolean {
  // "three of the noon classes", "two of the night ones": that many of a class
  const of = tokens[at]?.text === 'of' && OF_WHICH.has(tokens[at + 1]?.text ?? '');
  const i = of ? at + 2 : at;
  let kinds = 0;
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    if (SCHEDULE_SESSIONS.has(tokens[k]?.text ?? '') || (of && kinds > 0 && tokens[k]?.text === 'ones')) return true;
    // "2 de kimono", "1 sem kimono": with or without the gi, as "2 gi", "1 nogi"
    if (gearAfter(tokens, k)) [kinds, k] = [kinds + 2, k + 1];
    // "1 all levels", "1 comp team": a class named in two words
    else if (KINDS.has(tokens[k]?.text ?? '') || pairedKind(tokens, k)) kinds++;
    else if (kinds > 0 && WHEN_LEADS.has(tokens[k]?.text ?? '')) return timeAfter(tokens, k + 1);
    // "3 club sessions", "2 gym classes": where, said before the sessions
    else if (WHERE_BEFORE.has(tokens[k]?.text ?? '') && SCHEDULE_SESSIONS.has(tokens[k + 1]?.text ?? '')) continue;
    else if (!dayAt(tokens, k)) return false;
  }
  return kinds > 0 && i + kinds >= tokens.length;
}
const WHERE_BEFORE: ReadonlySet<string> = new Set(['club', 'gym', 'uni', 'academy', 'school', 'dojo', 'home']);
const WHEN_LEADS: ReadonlySet<string> = new Set(['on', 'at', 'in', 'during', 'over', 'every', 'each']);
const OF_WHICH: ReadonlySet<string> = new Set(['the', 'my', 'those', 'our']);
/** "all" of "all levels", "team" of "comp team": a word that names a class only beside its pair. */
const pairedKind = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k]?.text === 'all' && tokens[k + 1]?.text === 'levels') ||
  (tokens[k]?.text === 'team' && COMP.has(tokens[k - 1]?.text ?? ''));
const COMP: ReadonlySet<string> = new Set(['comp', 'competition', 'fight']);
/** A day or time of day at `k`, past "the": "(on) the weekend", "(in) the evening", "(every) saturday". */
const timeAfter = (tokens: readonly Token[], k: number): boolean => {
  const at = tokens[k]?.text === 'the' ? k + 1 : k;
  const word = tokens[at]?.text ?? '';
  return dayAt(tokens, at) !== undefined || TIMES_OF_DAY.has(word) || word.startsWith('weekend');
};
