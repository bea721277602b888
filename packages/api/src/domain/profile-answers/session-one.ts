// training_frequency: "one" standing for a class on the days named after it, not a count: "the evening
// one on monday wednesday", "the 6pm one tue/thu", "that gi one on fridays". The days count its sessions;
// "the nogi one" with no days, "an evening one" and "one early class" still count one.

import type { Token } from './text';
import { dayAt } from './schedule-days';
import { SESSION_KINDS } from './session-kind-words';
import { PART_DESCRIPTORS, TIMES_OF_DAY } from './schedule-words';

/** Whether the "one" at `i` names a class pointed at ("the evening one on monday"), which counts nothing. */
export function pointsAtAClass(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== 'one') return false;
  let day = i + 1;
  while (day - i <= MAX_DAY_LEADS && DAY_LEADS.has(tokens[day]?.text ?? '')) day++;
  if (!dayAt(tokens, day)) return false;
  // "the 7am one", "the 6:30 pm one": a clock is the class's name
  let k = i - 1;
  while (i - k <= MAX_NAME_WORDS && namesAClass(tokens, k)) k--;
  return k < i - 1 && POINTING.has(tokens[k]?.text ?? '');
}

const namesAClass = (tokens: readonly Token[], k: number): boolean => {
  const word = tokens[k]?.text ?? '';
  return (
    SESSION_KINDS.has(word) ||
    TIMES_OF_DAY.has(word) ||
    PART_DESCRIPTORS.has(word) ||
    CLOCK_PARTS.has(word) ||
    tokens[k]?.kind === 'number'
  );
};
const MAX_NAME_WORDS = 4;
const DAY_LEADS: ReadonlySet<string> = new Set(['on', 'every', 'each', 'the', 'at', 'is']);
const MAX_DAY_LEADS = 2;
const CLOCK_PARTS: ReadonlySet<string> = new Set(['am', 'pm', ':', 'oclock']);
const POINTING: ReadonlySet<string> = new Set(['the', 'that', 'this', 'those']);
