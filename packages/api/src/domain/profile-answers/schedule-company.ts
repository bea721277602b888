// training_frequency: the people a timetable's part is trained with. "mon wed fri noon class with the
// other old farts, and open mat saturday": "other" there names company, not "every other week" or
// "the other days", so it leaves the timetable a plain sum.

import type { Token } from './text';

/** "other" at `i` names the people trained with: "with the other old farts", "with all the other dads". */
export function inCompany(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== 'other') return false;
  let k = i - 1;
  while (GROUP_LEADS.has(tokens[k]?.text ?? '') && i - k <= 2) k--;
  return WITH.has(tokens[k]?.text ?? '');
}

const GROUP_LEADS: ReadonlySet<string> = new Set(['the', 'all', 'my', 'our', 'a', 'few', 'some']);
const WITH: ReadonlySet<string> = new Set(['with', 'alongside', 'among', 'beside']);
