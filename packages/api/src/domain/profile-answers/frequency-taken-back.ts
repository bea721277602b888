// training_frequency: a rate said, then said again only to be denied: "every day! ok not every day,
// like 5", "5 a week. well not 5, more like 4", "todo dia… não todo dia, umas 4 vezes". The denial
// takes the first saying back too, so the answer is what follows it; so does a correction said
// with a count ("3 classes. well 2 classes and a 1 hour open mat").

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
  return correctedAfter(tokens, rates[0]?.end ?? Infinity);
}

/**
 * "3 classes. well 2 classes and a 1 hour open mat": a sentence opening on a word of correcting and a
 * count, after a rate said, says it again rightly; the tokens from the count on, else null.
 */
function correctedAfter(tokens: readonly Token[], afterRate: number): readonly Token[] | null {
  for (let k = Math.max(1, afterRate); k < tokens.length - 1; k++)
    if (
      CORRECTING.has(tokens[k]?.text ?? '') &&
      SENTENCE_ENDS.has(tokens[k - 1]?.text ?? '') &&
      tokens[k + 1]?.kind === 'number'
    ) {
      const rest = tokens.slice(k + 1);
      return findRates(rest).length > 0 ? rest : null;
    }
  return null;
}
const CORRECTING: ReadonlySet<string> = new Set(['well', 'actually', 'sorry', 'correction', 'nah']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '...', '…', ';']);
