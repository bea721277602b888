// training_frequency: a timetable part that repeats the parts before it on other days: "one early and
// one late class on monday, same again on thursday" is monday's two again on thursday, "lo mismo el
// jueves", "o mesmo na quinta".

import type { Token } from './text';
import { dayAt } from './schedule-days';

/** The days a part says the timetable before it repeats on ("same again on thursday"), else null. */
export function repeatedOn(part: readonly Token[]): ReadonlySet<number> | null {
  if (!part.some((t) => REPEATING.has(t.text))) return null;
  const days = new Set<number>();
  for (let i = 0; i < part.length; i++) {
    const day = dayAt(part, i);
    if (day) for (const d of day) days.add(d);
    else if (!REPEATING.has(part[i]?.text ?? '') && !FILLERS.has(part[i]?.text ?? '')) return null;
  }
  return days.size > 0 ? days : null;
}

const REPEATING: ReadonlySet<string> = new Set([
  ...['same', 'again', 'ditto', 'likewise', 'repeat', 'repeated'],
  ...['mismo', 'misma', 'mesmo', 'mesma', 'igual'],
]);
const FILLERS: ReadonlySet<string> = new Set([
  ...['the', 'thing', 'on', 'for', 'and', 'deal', 'story', 'routine', 'with', 'then', 'every', 'each'],
  ...['lo', 'el', 'los', 'o', 'a', 'na', 'no', 'nas', 'nos', 'coisa', 'cosa', 'de', 'e', 'y'],
]);
