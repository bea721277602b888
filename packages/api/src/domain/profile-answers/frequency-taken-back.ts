// training_frequency: a rate said, then said again only to be denied: "every day! ok not every day,
// like 5", "5 a week. well not 5, more like 4", "todo dia… não todo dia, umas 4 vezes". The denial
// takes the first saying back too, so the answer is what follows it.

import { negatedSpans } from './context';
import { findRates } from './frequency-readings';
import type { Token } from './text';

/** The tokens after the last rate denied as it repeats one said before, when they state a rate; else null. */
export function afterTakenBack(tokens: readonly Token[]): readonly Token[] | null {
  const rates = findRates(tokens);
  const negated = negatedSpans(tokens, rates);
  for (let j = rates.length - 1; j > 0; j--) {
    const denied = rates[j];
    if (!denied || !negated.has(j)) continue;
    const saidBefore = rates.slice(0, j).some((r, i) => !negated.has(i) && r.perWeek === denied.perWeek);
    if (!saidBefore) continue;
    const rest = tokens.slice(denied.end);
    return findRates(rest).length > 0 ? rest : null;
  }
  return null;
}
