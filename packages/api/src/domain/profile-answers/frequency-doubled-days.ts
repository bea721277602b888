// training_frequency: "doubles 3 days a week", "i do doubles 3 days a week": two sessions on each of
// the days counted.

import type { Rate } from './frequency-readings';
import type { Token } from './text';
import { PER_DAY_WORDS } from './schedule-words';

/** Sessions a week of a count of days led by a per-day word ("doubles"), else null. */
export function doubledDays(tokens: readonly Token[], days: Rate): number | null {
  let k = days.start - 1;
  if (SESSIONS.has(tokens[k]?.text ?? '')) k--;
  const perDay = PER_DAY_WORDS.get(tokens[k]?.text ?? '') ?? 1;
  return perDay > 1 ? perDay * days.perWeek : null;
}
// "double sessions 3 days a week"
const SESSIONS: ReadonlySet<string> = new Set(['sessions', 'session', 'classes', 'days']);
