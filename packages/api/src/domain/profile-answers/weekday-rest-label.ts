// A day named as the user's rest day inside a run of days: "every day except sundays and my rest day
// wednesday", "all week but fridays and my day off, tuesday". The label is part of the run, so the
// day it names is left out with the others (a label with no day after it is no part of any run).

import { compileLexicon, matchPhraseAt, type PhraseTable } from './lexicon';
import type { Token } from './text';

const REST_LABELS: PhraseTable<true> = [
  ['my|the|a rest|off day|days', true],
  ['rest|off day|days', true],
  ['my|the|a day|days off', true],
  ['day|days off', true],
];
const restLabels = compileLexicon(REST_LABELS);

/** Where a rest-day label at `k` ends, when a day comes after it (past a comma), else `k`. */
export function restLabelEnd(tokens: readonly Token[], k: number, isDay: (i: number) => boolean): number {
  const end = matchPhraseAt(restLabels, tokens, k)?.end ?? k;
  if (end === k) return k;
  const day = tokens[end]?.text === ',' || tokens[end]?.text === ':' ? end + 1 : end;
  return isDay(day) ? day : k;
}
