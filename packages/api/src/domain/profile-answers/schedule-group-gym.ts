// training_frequency: "women's gym twice, mixed gym twice", "ladies gym on tuesdays": a gym named for
// who trains in it is a class of the user's BJJ timetable, not the weights gym of another activity.

import type { Token } from './text';

/** The "gym" at `i` named for a group that trains there: "women's gym", "mixed gym", "kids gym". */
export function gymForAGroup(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== 'gym') return false;
  // "women's" is read "women", "s"
  const lead = tokens[i - 1]?.text === 's' ? i - 2 : i - 1;
  return GROUPS.has(tokens[lead]?.text ?? '');
}
const GROUPS: ReadonlySet<string> = new Set([
  ...['women', 'womens', 'woman', 'ladies', 'ladys', 'girls', 'female', 'females'],
  ...['men', 'mens', 'mixed', 'coed', 'adult', 'adults', 'kids', 'teens', 'masters'],
]);
