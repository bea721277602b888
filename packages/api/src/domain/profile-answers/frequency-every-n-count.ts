// training_frequency: a count said after the period it falls in, "every two weeks i do 6 sessions",
// "cada dos semanas hago 6 entrenos", "a cada duas semanas faço 6 treinos": the count is per that period
// (6 a fortnight is 3 a week), not one session every two weeks beside a count of its own.

import type { Rate } from './frequency-readings';
import type { Token } from './text';
import { EVERY } from './frequency-words';

/** The rates, with an every-N period followed closely by a count with no period of its own joined into one. */
export function countedPerEveryN(tokens: readonly Token[], rates: readonly Rate[]): Rate[] {
  const joined: Rate[] = [];
  for (let i = 0; i < rates.length; i++) {
    const [period, count] = [rates[i] as Rate, rates[i + 1]];
    if (count && isEveryN(tokens, period) && countsAfter(tokens, period, count)) {
      joined.push({ ...count, start: period.start, perWeek: count.perWeek * period.perWeek, period: period.period });
      i++;
    } else joined.push(period);
  }
  return joined;
}

/** "every 2 weeks", "cada dos semanas": an every-N reading, one session per its period. */
const isEveryN = (tokens: readonly Token[], rate: Rate): boolean =>
  EVERY.has(tokens[rate.start]?.text ?? '') && rate.period === rate.perWeek && rate.perWeek < 1;

/** A count with no period of its own, a few words on in the same clause ("i do 6", "hago 6 entrenos"). */
const countsAfter = (tokens: readonly Token[], period: Rate, count: Rate): boolean =>
  count.period === null &&
  !count.countsDays &&
  count.start - period.end <= REACH &&
  tokens[count.start]?.clause === tokens[period.start]?.clause;
const REACH = 3;
