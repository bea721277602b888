// training_frequency: a clause that opens on "now" states the habit now, however far its count is
// from the word: "3x a week as a white belt, now I'm purple and go 5x", "during the academy I did 5 a
// week, now on patrol it's like 2". "now and then" is only sometimes.

import type { Rate } from './frequency-readings';
import type { Token } from './text';
import { NOW_OTHER_TONGUES } from './now-and-past-words';

/** The rate's clause opens on a word for now, after an earlier clause that holds a rate of its own. */
export function inClauseOpeningOnNow(tokens: readonly Token[], rates: readonly Rate[], rate: Rate): boolean {
  const clause = tokens[rate.start]?.clause;
  let k = tokens.findIndex((t) => t.clause === clause && t.kind !== 'symbol');
  while (OPENERS.has(tokens[k]?.text ?? '')) k++;
  const word = tokens[k]?.text ?? '';
  const opensOnNow =
    (NOW.has(word) && tokens[k + 1]?.text !== 'and') || (word === 'these' && tokens[k + 1]?.text === 'days');
  return opensOnNow && k < rate.start && rates.some((r) => (tokens[r.start]?.clause ?? 0) < (clause ?? 0));
}
const OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'then', 'yeah', 'ok', 'well']);
const NOW: ReadonlySet<string> = new Set(['now', 'nowadays', 'currently', 'lately', ...NOW_OTHER_TONGUES]);
