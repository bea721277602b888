// training_frequency: a count, then how many of it are not the user's own BJJ training: "4 sessions a
// week but 2 of them r just strength n conditioning" → 2, "3 but one of those is me coaching the kids" → 2.

import type { Rate } from './frequency-readings';
import { readNumber } from './numbers';
import { TEACHING } from './frequency-words';
import type { Token } from './text';

/** The one rate kept, less the share of it it says is coaching or conditioning; else null. */
export function lessShareNotTrained(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  const rate = rates[0];
  if (!rate) return null;
  for (let k = rate.end; k < tokens.length - 3; k++) {
    if (tokens[k]?.text !== 'but') continue;
    // (the share may read as a count of its own: no other count before it)
    if (rates.some((r) => r !== rate && r.start < k)) return null;
    const share = readNumber(tokens, k + 1);
    if (!share || tokens[share.end]?.text !== 'of' || !THOSE.has(tokens[share.end + 1]?.text ?? '')) continue;
    const said = tokens.slice(share.end + 2, share.end + 2 + REACH).map((t) => t.text);
    if (said.some((w) => NOT_OWN_TRAINING.has(w)) && share.value < rate.perWeek) return rate.perWeek - share.value;
  }
  return null;
}
const THOSE: ReadonlySet<string> = new Set(['them', 'those', 'these']);
// "is me coaching the kids", "r just strength n conditioning"
const REACH = 4;
// coaching, as frequency-words.ts says it, helping with a class, or conditioning
const NOT_OWN_TRAINING: ReadonlySet<string> = new Set([
  ...TEACHING,
  'helping',
  ...['strength', 'conditioning', 'lifting', 'weights', 'cardio', 'yoga', 'mobility', 'running'],
]);
