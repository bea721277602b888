// training_frequency: a range of sessions, then sessions added to it: "between 2 and 4 in the week
// depending on shifts, plus open mat sunday always" → 4, "3-4 classes + OM sunday" → 4.5. The range
// counts its middle; the part added counts its own.

import type { Rate } from './frequency-readings';
import type { Token } from './text';
import { valueOf } from './schedule-part-value';
import { readNumber } from './numbers';
import { rangeHighEnd } from './frequency-ranges';

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

/** "2-4", "2 to 4", "between 2 and 4", "3 or 4": a count in the rate that opens a range, as the rate reader reads one. */
const isRange = (tokens: readonly Token[], rate: Rate): boolean => {
  for (let k = rate.start; k < rate.end; k++) {
    const low = readNumber(tokens, k);
    if (low && rangeHighEnd(tokens, k, low.end, low.value)) return true;
  }
  return false;
};
const PLUS: ReadonlySet<string> = new Set(['plus', '+']);
const PART_ENDS: ReadonlySet<string> = new Set([',', '.', ';', '!', 'plus', '+', 'but']);
const HEDGES: ReadonlySet<string> = new Set(['maybe', 'sometimes', 'occasionally', 'if']);
