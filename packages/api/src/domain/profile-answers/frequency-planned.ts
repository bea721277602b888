// training_frequency: a rate set for a time still ahead is a plan, not the habit now: "starting 4x a week
// next month", "going 3 times a week from next term", "4 a week as of next monday". Not a rate that lasts
// until then ("twice a week till next month"), nor one in another clause ("3x a week, next month 4").

import type { Token } from './text';

/** The rate ending at `end` is followed in its clause by a time to come: "next month", "from next week". */
export function plannedLater(tokens: readonly Token[], end: number): boolean {
  const clause = tokens[end - 1]?.clause;
  let k = end;
  while (k - end < LEAD_REACH && tokens[k]?.clause === clause && LEADS.has(tokens[k]?.text ?? '')) k++;
  return (
    tokens[k]?.clause === clause &&
    NEXT.has(tokens[k]?.text ?? '') &&
    tokens[k + 1]?.clause === clause &&
    PERIODS.has(tokens[k + 1]?.text ?? '')
  );
}

const LEAD_REACH = 3;
// "from next month", "starting next week", "as of next term"; "a week" is still the rate's own
const LEADS: ReadonlySet<string> = new Set([
  ...['from', 'starting', 'beginning', 'as', 'of', 'again', 'probably', 'prob', 'hopefully', 'maybe'],
]);
const NEXT: ReadonlySet<string> = new Set(['next', 'nxt']);
const PERIODS: ReadonlySet<string> = new Set([
  ...['week', 'wk', 'month', 'year', 'term', 'semester', 'season', 'block', 'cycle', 'quarter', 'spring'],
  ...['summer', 'autumn', 'fall', 'winter', 'monday', 'mon', 'tuesday', 'wednesday', 'thursday', 'friday'],
  ...['saturday', 'sunday', 'weekend', 'time', 'camp'],
]);
