// training_frequency: the days left over once some are ruled out: "Not on Fridays or weekends, all the
// other days" → 4, "no weekends, no mondays, the rest of the week" → 4, "los demás días". The days
// skipped or denied are read by weekdays.ts; with none ruled out, "the other days" count nothing ("tue
// and thu, the other days I lift" → 2). "I only skip sundays" says the same of the rest → 6.

import { compileLexicon, findMentions, type PhraseTable } from './lexicon';
import { skippedDays } from './weekdays';
import type { Token } from './text';

const REST_OF_WEEK: PhraseTable<true> = [
  ['all the other days|nights', true],
  ['all other days|nights', true],
  ['the other days', true],
  ['the|all the rest of the week|days', true],
  ['rest of the week|days', true],
  ['all|the remaining days', true],
  // Spanish and Portuguese: "los demás días", "el resto de la semana", "os outros dias", "o resto da semana"
  ['los|todos demas|otros dias', true],
  ['todos los demas|otros dias', true],
  ['el resto de la semana', true],
  ['os|todos outros|demais dias', true],
  ['todos os outros|demais dias', true],
  ['o resto da semana', true],
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
  return before && skipped.days.size > 0 && skipped.days.size < WEEK ? WEEK - skipped.days.size : null;
}
const WEEK = 7;
const ONLY: ReadonlySet<string> = new Set(['only', 'just']);
