// training_frequency: "then sat open mat if nobody has a birthday party", "sunday if no one needs me
// at home": a part kept unless someone gets in the way is trained as usual, not a hedge like "maybe"
// or "if i can" that unsettles the timetable. ("if nothing comes up" is read as a denial elsewhere.)

import type { Token } from './text';

/** The "if" at `i` goes on to a hindrance denied: "if nobody…", "if no one…". */
export const barringHindrance = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'if' && NO_HINDRANCE.has(tokens[i + 1]?.text ?? '');

const NO_HINDRANCE: ReadonlySet<string> = new Set(['nobody', 'noone', 'no']);
