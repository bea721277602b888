// training_frequency: the two sessions of a double told after it ("a double on saturday (class then
// open mat)", "saturdays i do a double, comp class and then open mat right after") say what the
// double is; they are not more sessions.

import type { Part } from './schedule-parts';
import type { PartValue } from './schedule-part-value';

/** For each part, whether it only tells the sessions of a double on one day said right before it. */
export function tellsTheDouble(split: readonly Part[], values: readonly (PartValue | null)[]): boolean[] {
  const told = split.map(() => false);
  split.forEach((_, k) => {
    const double = values[k];
    // ("a double on saturday", "twice on saturday": two sessions on one day)
    if (!double || double.on.size !== 1 || double.sessions !== 2) return;
    // the run of bare sessions after it, one of them led by "then" or said to come "after"
    let end = k + 1;
    while (end < split.length && end - k <= MAX_TOLD && bareSession(values[end])) end++;
    const run = split.slice(k + 1, end);
    if (run.some((p) => p.joiner === 'then' || p.tokens.some((t) => t.text === 'after')))
      for (let j = k + 1; j < end; j++) told[j] = true;
  });
  return told;
}
const MAX_TOLD = 2;

/** A part with no days that is one session at most (or nothing counted): "comp class", "open mat right after". */
export const bareSession = (value: PartValue | null | undefined): boolean =>
  value === null ||
  (value !== undefined && value.days.size === 0 && value.on.size === 0 && value.sessions <= 1 && !value.perDay);
