// training_frequency: a range of sessions, then sessions added to it: "between 2 and 4 in the week
// depending on shifts, plus open mat sunday always" → 4, "3-4 classes + OM sunday" → 4.5. The range
// counts its middle; the part added counts its own.

import type { Rate } from './frequency-readings';
import type { Token } from './text';
import { valueOf } from './schedule-part-value';

/** The first rate kept, a range, plus the sessions of a part added after it with "plus"/"+"; else null. */
export function rangePlusPart(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  const rate = rates[0];
  if (!rate || !isRange(tokens, rate)) return null;
  const plus = tokens.findIndex((t, i) => i >= rate.end && PLUS.has(t.text));
  // (a day named in the part added is a rate of its own: "+ OM sunday")
  if (plus < 0 || rates.some((r) => r !== rate && r.start < plus)) return null;
  let end = plus + 1;
  while (end < tokens.length && !PART_ENDS.has(tokens[end]?.text ?? '')) end++;
  const part = tokens.slice(plus + 1, end);
  if (part.some((t) => HEDGES.has(t.text))) return null;
  const value = valueOf(part);
  const added = value ? value.sessions || value.days.size : 0;
  return added > 0 ? rate.perWeek + added : null;
}

/** "2-4", "2 to 4", "between 2 and 4", "3 or 4": two numbers in the rate with a mark of range between. */
const isRange = (tokens: readonly Token[], rate: Rate): boolean =>
  tokens[rate.start - 1]?.text === 'between' ||
  tokens
    .slice(rate.start, rate.end)
    .some((t, k, span) => RANGE_MARKS.has(t.text) && span[k - 1]?.kind === 'number' && span[k + 1]?.kind === 'number');
const RANGE_MARKS: ReadonlySet<string> = new Set(['-', 'to', 'or', 'and']);
const PLUS: ReadonlySet<string> = new Set(['plus', '+']);
const PART_ENDS: ReadonlySet<string> = new Set([',', '.', ';', '!', 'plus', '+', 'but']);
const HEDGES: ReadonlySet<string> = new Set(['maybe', 'sometimes', 'occasionally', 'if']);
