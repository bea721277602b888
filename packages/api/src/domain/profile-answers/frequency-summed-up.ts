// training_frequency: a total the user sums up with at the end of a timetable ("gi mon wed, nogi tue,
// open mat saturday maybe, so 4ish", "mon, wed, maybe fri — 2 or 3 then") is the answer, however
// the parts before it read.

import { findRates, STRENGTH } from './frequency-readings';
import { dayAt } from './schedule-days';
import { ADDS_UP } from './frequency-words';
import type { Token } from './text';

/** The one count of the last clause when it sums up ("so N", "N then", "N total"), else null. */
export function summedUpAtEnd(tokens: readonly Token[]): number | null {
  // "2 nogi + 1 comp class + OM = 4": a sum written out ends on its total
  const equals = tokens.findLastIndex((t) => t.text === '=');
  if (equals > 0) return oneCount(tokens.slice(equals + 1));
  const last = tokens.at(-1)?.clause;
  const start = tokens.findIndex((t) => t.clause === last);
  if (start <= 0) return null;
  const clause = tokens.slice(start);
  const words = clause.filter((t) => t.kind === 'word').map((t) => t.text);
  const opensWithSo = words[0] === 'so' || (words[0] === 'and' && words[1] === 'so');
  const closesAsTotal = TOTAL_AFTER.has(words.at(-1) ?? '');
  if (!opensWithSo && !closesAsTotal) return null;
  // "…, so 3 gi classes plus saturday": the clause adds days or sessions, it sums nothing up
  if (clause.some((t, i) => dayAt(clause, i) || ADDS_UP.has(t.text))) return null;
  return oneCount(clause);
}

/** The one count a stretch says: a count, not days named by a word ("so the other weekdays"). */
function oneCount(stretch: readonly Token[]): number | null {
  const rates = findRates(stretch);
  const rate = rates.length === 1 ? rates[0] : undefined;
  return rate && rate.strength !== STRENGTH.weekdays && !rate.countsDays ? rate.perWeek : null;
}
const TOTAL_AFTER: ReadonlySet<string> = new Set(['then', 'total', 'altogether', 'overall']);
