// training_frequency: "some weeks 4, some weeks 2, averages out around 3" → 3, "about 3 on average",
// "em média 2", "en promedio 3": a count said to be the average already sums up the counts it
// averages, so it wins over adding them up as parts.

import type { Rate } from './frequency-readings';
import type { Token } from './text';

/** The rate said to be the average ("averages out around 3", "3 on average"), or null. */
export function averagedRate(tokens: readonly Token[], rates: readonly Rate[]): Rate | null {
  return rates.find((r) => averageBefore(tokens, r) || averageAfter(tokens, r)) ?? null;
}

/** "averages out around 3", "on average 2.5", "média de 3": the average word, then only filler. */
function averageBefore(tokens: readonly Token[], rate: Rate): boolean {
  const clause = tokens[rate.start]?.clause;
  for (let k = rate.start - 1; k >= rate.start - MAX_FILLER - 1 && tokens[k]?.clause === clause; k--) {
    const text = tokens[k]?.text ?? '';
    if (AVERAGE.has(text)) return true;
    if (!FILLER.has(text)) return false;
  }
  return false;
}

/** "3 on average", "2.5 avg", "3 en promedio": the average word right after the rate. */
function averageAfter(tokens: readonly Token[], rate: Rate): boolean {
  const at = AVERAGE_LEADS.has(tokens[rate.end]?.text ?? '') ? rate.end + 1 : rate.end;
  return tokens[at]?.clause === tokens[rate.end - 1]?.clause && AVERAGE.has(tokens[at]?.text ?? '');
}

const MAX_FILLER = 4;
const AVERAGE: ReadonlySet<string> = new Set([
  'average',
  'averages',
  'averaged',
  'averaging',
  'avg',
  'media',
  'promedio',
]);
// "on average", "em média", "en promedio", "de media"
const AVERAGE_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'an', 'em', 'en', 'de', 'a', 'the']);
// "averages out at around 3", "average is about 3", "on average maybe 2.5"
const FILLER: ReadonlySet<string> = new Set([
  'out',
  'at',
  'to',
  'around',
  'about',
  'roughly',
  'approximately',
  'approx',
  'like',
  'maybe',
  'prob',
  'probably',
  'is',
  's',
  'it',
  'of',
  'de',
  '~',
  'my',
  'weekly',
]);

/**
 * "não sei dizer, tem semana que nenhuma, tem semana que 4", "some weeks none, some weeks 3": weeks that
 * swing down to none have no count the user keeps to, unless one is given as usual or the average.
 */
export function swingsFromNone(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => NONE.has(t.text) && someWeeksBefore(tokens, k));
}
function someWeeksBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= k - SOME_WEEKS_REACH && tokens[j]?.clause === tokens[k]?.clause; j--)
    if (WEEKS.has(tokens[j]?.text ?? '') && SOME.has(tokens[j - 1]?.text ?? '')) return true;
  return false;
}
const SOME_WEEKS_REACH = 3;
const NONE: ReadonlySet<string> = new Set([
  'none',
  'zero',
  '0',
  'nothing',
  'nenhuma',
  'nenhum',
  'nada',
  'ninguna',
  'ninguno',
]);
const WEEKS: ReadonlySet<string> = new Set(['week', 'weeks', 'semana', 'semanas']);
// "tem semana que" (there are weeks when), "algunas semanas"
const SOME: ReadonlySet<string> = new Set(['some', 'other', 'tem', 'umas', 'algumas', 'algunas', 'hay']);
