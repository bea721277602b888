// training_frequency: a count said to be more on top of one before it: "In the gym its 2 days, but at
// home I drill with my brother 1 more day" → 3, "3x a week, and 1 extra session on the weekend" → 4,
// "2 classes, plus one more open mat" → 3. Not a count only wished for ("want 1 more day").

import type { Token } from './text';
import { OTHER_ARTS } from './others';
import { OTHER_ACTIVITIES, OTHER_SPORTS } from './sport-words';
import { NOT_TRAINING } from './frequency-also-days';
import type { Rate } from './frequency-readings';

/** Whether `b`, followed by "more"/"extra", is told as sessions added to `a`. */
export function addedMore(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  if (!MORE.has(tokens[b.end]?.text ?? '')) return false;
  const between = tokens.slice(a.end, b.start).map((t) => t.text);
  return (
    between.length <= MAX_BETWEEN &&
    !between.some(
      (w) =>
        WISHED.has(w) || OTHER_ACTIVITIES.has(w) || OTHER_SPORTS.has(w) || OTHER_ARTS.has(w) || NOT_TRAINING.has(w),
    )
  );
}

// "but at home I drill with my brother on mats"
const MAX_BETWEEN = 12;
const MORE: ReadonlySet<string> = new Set(['more', 'extra', 'additional']);
const WISHED: ReadonlySet<string> = new Set([
  ...['want', 'wanna', 'wish', 'hope', 'hoping', 'would', 'id', 'could', 'should', 'need', 'needs'],
  ...['try', 'trying', 'plan', 'planning', 'maybe', 'if', 'someday', 'eventually', 'goal'],
]);
