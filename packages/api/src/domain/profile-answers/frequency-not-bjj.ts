// training_frequency: counts of something other than training BJJ, which the rate reading drops:
// classes the user coaches ("I coach the kids class 2x and train in the adult class 3x" → 3) and a
// count said afterwards to be another activity ("in the gym 5 times a week but that's weights").

import type { Token } from './text';
import { OTHER_ARTS } from './others';
import { TEACHING } from './frequency-words';
import { OTHER_ACTIVITIES, OTHER_SPORTS } from './sport-words';

/** "I coach", "also teach", "help coach": the verb, not the person ("my coach", "coach says"). */
export const teachesAt = (tokens: readonly Token[], i: number): boolean =>
  TEACHING.has(tokens[i]?.text ?? '') && TEACHER_LEADS.has(tokens[i - 1]?.text ?? '');
const TEACHER_LEADS: ReadonlySet<string> = new Set(['i', 'm', 'also', 'and', 'to', 'help', 'then', '&', '+']);

/** The nearest verb before the count, in its clause, is coaching: "I coach the kids class 2x". */
export function coachedCount(tokens: readonly Token[], start: number): boolean {
  const clause = tokens[start]?.clause;
  for (let k = start - 1; k >= Math.max(0, start - VERB_REACH) && tokens[k]?.clause === clause; k--) {
    if (tokens[k]?.kind === 'number' || TRAINING_VERBS.has(tokens[k]?.text ?? '')) return false;
    if (teachesAt(tokens, k)) return true;
  }
  return false;
}
const VERB_REACH = 8;
const TRAINING_VERBS: ReadonlySet<string> = new Set([
  'train',
  'training',
  'roll',
  'rolling',
  'go',
  'attend',
  'take',
  'do',
  'hit',
  'drill',
  'spar',
]);

/** "5 times a week but that's weights", "3x, it's all lifting": the count named as another activity after it. */
export function namedElseAfter(tokens: readonly Token[], end: number): boolean {
  const clause = tokens[end - 1]?.clause ?? 0;
  for (let k = end; k < end + THAT_REACH && (tokens[k]?.clause ?? Infinity) <= clause + 1; k++) {
    if (!THAT.has(tokens[k]?.text ?? '')) continue;
    let j = k + 1;
    while (COPULA_FILLERS.has(tokens[j]?.text ?? '')) j++;
    const word = tokens[j]?.text ?? '';
    if (word !== 'gym' && (OTHER_ACTIVITIES.has(word) || OTHER_SPORTS.has(word) || OTHER_ARTS.has(word))) return true;
  }
  return false;
}
const THAT_REACH = 4;
const THAT: ReadonlySet<string> = new Set(['that', 'thats', 'those', 'it', 'its']);
const COPULA_FILLERS: ReadonlySet<string> = new Set(['s', 'is', 'are', 'was', 'just', 'all', 'mostly', 'only', 'for']);
