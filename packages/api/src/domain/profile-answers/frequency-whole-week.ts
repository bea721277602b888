// training_frequency: the whole week less the days excepted: "All week apart from Mondays and Fridays"
// → 5, "all days except friday" → 6, "toda la semana menos los lunes" → 6. A whole week said alone is
// no rate ("all week", "drilled guard all week"), so it is read only right before the days it leaves
// out; "every day except sunday" is a rate of its own (frequency-except-days.ts).

import { compileLexicon, matchPhraseAt, type PhraseTable } from './lexicon';
import type { Token } from './text';
import type { WeekdayRun } from './weekdays';
import { EXCEPT } from './weekday-words';
import { WORLD_SKIP_FILLERS } from './world-words';

/** Read by spelling.ts too, so "whole" is no slip of "while". */
export const WHOLE_WEEK: PhraseTable<true> = [
  ['all week', true],
  ['all week long', true],
  ['all the week', true],
  ['whole|entire|full week', true],
  ['all days', true],
  ['all the days', true],
  ['all 7|seven days', true],
];
// Spanish and Portuguese: "toda la semana", "la semana entera", "a semana toda", "toda a semana"; matched
// as typed, so no slip is read as them ("entre semana" is not "entera")
const WHOLE_WEEK_IBERIAN: PhraseTable<true> = [
  ['toda la|a semana', true],
  ['la|a semana entera|completa|toda|inteira', true],
  ['semana entera|completa|toda|inteira', true],
];
const wholeWeek = compileLexicon([...WHOLE_WEEK, ...WHOLE_WEEK_IBERIAN]);

/** The start of a whole week said right before the days it excepts ("all week apart from…"), else null. */
export function wholeWeekBefore(tokens: readonly Token[], run: WeekdayRun): number | null {
  let except = run.start - 1;
  // "apart from mondays", "except for the weekend", "menos los lunes"
  while (except > run.start - 1 - MAX_FILLERS && FILLERS.has(tokens[except]?.text ?? '')) except -= 1;
  const word = tokens[except]?.text ?? '';
  if (!EXCEPT.has(word)) return null;
  // "all week but mondays" leaves mondays out; "drilled all week but friday i rolled 3x" goes on
  if (word === 'but' && tokens[run.end] !== undefined && tokens[run.end]?.kind !== 'symbol') return null;
  for (let start = except - 1; start >= Math.max(0, except - MAX_PHRASE); start -= 1)
    if (matchPhraseAt(wholeWeek, tokens, start)?.end === except) return start;
  return null;
}
const MAX_FILLERS = 2;
const MAX_PHRASE = 5;
const FILLERS: ReadonlySet<string> = new Set([
  ...['from', 'for', 'on', 'the'],
  ...['los', 'las', 'el', 'la', 'os', 'as', 'o', 'a', 'de'],
  ...WORLD_SKIP_FILLERS,
]);
