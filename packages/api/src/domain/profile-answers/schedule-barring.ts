// training_frequency: "then sat open mat if nobody has a birthday party", "sunday if no one needs me
// at home", "… if i can get out of the office on time": a part kept unless someone or work gets in the
// way is trained as usual, not a hedge like "maybe" or "if i can" that unsettles the timetable. ("if
// nothing comes up" is read as a denial elsewhere.)

import type { Token } from './text';

/**
 * The "if" at `i` goes on to a hindrance denied ("if nobody…", "if no one…") or to the job that may
 * get in the way ("if i can get out of the office on time", "if work allows").
 */
export const barringHindrance = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'if' &&
  (NO_HINDRANCE.has(tokens[i + 1]?.text ?? '') || tokens.slice(i + 1, i + 1 + JOB_REACH).some((t) => JOB.has(t.text)));

// "if i can get out of the office"
const JOB_REACH = 7;
const JOB: ReadonlySet<string> = new Set(['work', 'office', 'job', 'shift', 'boss', 'meetings']);

const NO_HINDRANCE: ReadonlySet<string> = new Set(['nobody', 'noone', 'no']);
