// training_frequency: a count trained at each of several places: "2 classes at each of my 2 gyms" → 4,
// "3 sessions at both of my gyms" → 6, "once at each of my three clubs" → 3. The count said is each
// place's, so it is counted over the places (read apart, "2 … 2 gyms" would be one count of 2).

import { findRates } from './frequency-readings';
import { readNumber } from './numbers';
import type { Token } from './text';

/** The count times the places it is trained at each of; null when no "at each of N places" follows it. */
export function sessionsAtEachPlace(tokens: readonly Token[]): number | null {
  const rates = findRates(tokens);
  const rate = rates[0];
  if (!rate || rate.countsDays) return null;
  for (let k = rate.end; k <= rate.end + MAX_GAP && k < tokens.length; k++) {
    if (!AT.has(tokens[k]?.text ?? '')) continue;
    const places = placesAfter(tokens, k + 1);
    // the places' own count is the only other number said
    if (places !== null && rates.every((r) => r === rate || r.start > k)) return rate.perWeek * places;
  }
  return null;
}

/** "each of my 2 gyms" → 2, "both gyms" → 2, "each of the three academies" → 3; else null. */
function placesAfter(tokens: readonly Token[], i: number): number | null {
  const word = tokens[i]?.text ?? '';
  if (!EACH.has(word)) return null;
  let j = i + 1;
  if (tokens[j]?.text === 'of') j++;
  if (OWNERS.has(tokens[j]?.text ?? '')) j++;
  const count = readNumber(tokens, j);
  const places = count ? count.value : word === 'both' ? 2 : null;
  if (count) j = count.end;
  return places !== null && places >= 2 && PLACES.has(tokens[j]?.text ?? '') ? places : null;
}

/** Words between the count and "at": "2 classes a week at each …". */
const MAX_GAP = 3;
const AT: ReadonlySet<string> = new Set(['at', 'in', 'across']);
const EACH: ReadonlySet<string> = new Set(['each', 'both']);
const OWNERS: ReadonlySet<string> = new Set(['my', 'the', 'our', 'these', 'those']);
const PLACES: ReadonlySet<string> = new Set([
  ...['gyms', 'gym', 'academies', 'academy', 'clubs', 'club', 'schools', 'places', 'locations', 'dojos'],
  ...['affiliates', 'spots', 'branches'],
]);
