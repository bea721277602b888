// training_frequency: the days left over once some are ruled out: "Not on Fridays or weekends, all the
// other days" → 4, "no weekends, no mondays, the rest of the week" → 4, "los demás días". The days
// skipped or denied are read by weekdays.ts; with none ruled out, "the other days" count nothing ("tue
// and thu, the other days I lift" → 2). "I only skip sundays" says the same of the rest → 6. "i skip
// fridays, rest of the weekdays im there" leaves the other weekdays → 4.

import { compileLexicon, findMentions, type PhraseTable } from './lexicon';
import { skippedDays } from './weekdays';
import type { Token } from './text';

type Rest = 'week' | 'weekdays';
const REST_OF_WEEK: PhraseTable<Rest> = [
  ['all the other days|nights', 'week'],
  ['all other days|nights', 'week'],
  ['the other days', 'week'],
  ['the|all the rest of the week|days', 'week'],
  ['rest of the week|days', 'week'],
  ['all|the remaining days', 'week'],
  ['all the other weekdays|weeknights', 'weekdays'],
  ['the other weekdays|weeknights', 'weekdays'],
  ['the|all the rest of the weekdays|weeknights', 'weekdays'],
  ['rest of the weekdays|weeknights', 'weekdays'],
  // after the days ruled out, "every other" is all the others: "i dont go mondays or fridays, every other weekday tho"
  ['every other weekday|weeknight', 'weekdays'],
  // Spanish and Portuguese: "los demás días", "el resto de la semana", "os outros dias", "o resto da semana"
  ['los|todos demas|otros dias', 'week'],
  ['todos los demas|otros dias', 'week'],
  ['el resto de la semana', 'week'],
  ['os|todos outros|demais dias', 'week'],
  ['todos os outros|demais dias', 'week'],
  ['o resto da semana', 'week'],
];
const restLexicon = compileLexicon(REST_OF_WEEK);

/** Days a week left once the days ruled out before it are taken away, when the answer trains the rest; else null. */
export function restOfWeek(tokens: readonly Token[]): number | null {
  const rest = findMentions(restLexicon, tokens)[0];
  const skipped = skippedDays(tokens);
  // "i only skip sundays", "just miss fridays": the days skipped are the only ones not trained
  const onlySkips = [...skipped.tokens].some((k) => ONLY.has(tokens[k - 1]?.text ?? ''));
  if (!rest && !onlySkips) return null;
  const before = onlySkips || [...skipped.tokens].some((k) => k < (rest?.start ?? 0));
  const pool = rest?.value === 'weekdays' ? WEEKDAYS : WEEK;
  const out = [...skipped.days].filter((d) => d < pool).length;
  return before && out > 0 && out < pool ? pool - out : null;
}
const WEEK = 7;
const WEEKDAYS = 5;
const ONLY: ReadonlySet<string> = new Set(['only', 'just']);
