// belt_level: a belt said as one left behind, "finally off white", "out of white belt", "beyond blue":
// the user is past it, as "no longer white" says. Not a distance still to go: "a stripe off blue", "two
// months off purple", "way off black" are short of it (belt-short-of.ts reads a counted distance).

import type { Token } from './text';

/** The belt named at `start` is one the user has left behind, by the words right before it. */
export function leftBehind(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start - 1]?.text ?? '';
  const lead = word === 'of' && tokens[start - 2]?.text === 'out' ? start - 2 : LEAVING.has(word) ? start - 1 : -1;
  if (lead < 0) return false;
  const before = tokens[lead - 1];
  return before?.kind !== 'number' && !SHORT_OF.has(before?.text ?? '');
}
const LEAVING: ReadonlySet<string> = new Set(['off', 'beyond']);
// what says how far off the belt still is
const SHORT_OF: ReadonlySet<string> = new Set([
  ...['stripe', 'stripes', 'step', 'steps', 'promotion', 'promotions', 'grade', 'grades', 'degree', 'degrees'],
  ...['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'while'],
  ...['way', 'far', 'long', 'bit', 'little', 'ways', 'miles', 'still', 'not'],
]);
