// training_frequency: a day two parts of a timetable name holds two classes when the parts name
// different ones, "the morning class on tue and thu and the evening one on tue and thu" → 4, "mon to
// fri for the 7am class and tue/thu also evening" → 7, "gi mon wed fri, nogi mon wed" → 5; or when
// the later part says it adds ("mon-fri, also tue and thu"). Days only said again ("tue and thu, gi on
// tuesday") are counted once.

import type { Token } from './text';
import { TIMES_OF_DAY } from './schedule-words';

/** The classes a part names by kind, time of day or clock ("gi", "evening", "7am"), as one spelling each. */
export function classNames(tokens: readonly Token[]): ReadonlySet<string> {
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    // "7am" is a clock below; "am" after a day is the morning
    const halfOfDay = CLOCK_ENDS.has(t.text) && tokens[i - 1]?.kind === 'number';
    const time = halfOfDay ? null : (SAME_TIME.get(t.text) ?? (TIMES_OF_DAY.has(t.text) ? t.text : null));
    const clock =
      t.kind === 'number' && CLOCK_ENDS.has(tokens[i + 1]?.text ?? '') ? `${t.text}${tokens[i + 1]?.text}` : null;
    const name = time ?? clock ?? (CLASS_KINDS.has(t.text) ? t.text : null);
    if (name) names.add(name);
  });
  return names;
}

/** A day's sessions once a part names it: one more when the part adds a class, else the most said. */
export function sessionsOnDay(
  had: { readonly sessions: number; readonly names: ReadonlySet<string> } | undefined,
  part: { readonly share: number; readonly names: ReadonlySet<string>; readonly adds: boolean },
): number {
  if (!had) return part.share;
  const other = part.names.size > 0 && had.names.size > 0 && ![...part.names].some((name) => had.names.has(name));
  return other || part.adds ? had.sessions + part.share : Math.max(had.sessions, part.share);
}

// "mornings", "nights", "lunchtime": one class each; night and evening classes are the same one
const SAME_TIME: ReadonlyMap<string, string> = new Map([
  ['mornings', 'morning'],
  ['afternoons', 'afternoon'],
  ['arvo', 'afternoon'],
  ['arvos', 'afternoon'],
  ['evenings', 'evening'],
  ['night', 'evening'],
  ['nights', 'evening'],
  ['lunchtime', 'lunch'],
  ['noon', 'lunch'],
  // "de manhã", "por la noche", "à tarde"
  ['manha', 'morning'],
  ['manana', 'morning'],
  ['noite', 'evening'],
  ['noche', 'evening'],
  ['tarde', 'afternoon'],
  ['mediodia', 'lunch'],
  // "mon am, mon pm": a half of the day said alone
  ['am', 'morning'],
  ['pm', 'evening'],
]);
const CLOCK_ENDS: ReadonlySet<string> = new Set(['am', 'pm']);
// kinds that tell one class from another on the same day (not "class", "bjj" or "training")
const CLASS_KINDS: ReadonlySet<string> = new Set([
  ...['gi', 'nogi', 'comp', 'competition', 'fundamentals', 'fundies', 'basics', 'advanced', 'beginners'],
  ...['beginner', 'intermediate', 'masters', 'wrestling', 'sparring', 'drilling', 'early', 'late'],
]);
