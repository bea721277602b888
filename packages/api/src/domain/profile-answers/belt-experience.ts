// Time on the mats a belt answer states ("been training 8 months"), told apart from rates, ages
// and times still to come.

import { readNumber } from './numbers';
import type { Token } from './text';
import { WORLD_DURATIONS } from './world-words';
import { inAnotherArt } from './belt-other-art-time';
import { timeWaitedOrTold } from './belt-waited-time';

export const YEARS_PER_UNIT: ReadonlyMap<string, number> = new Map([
  // "drei Jahre", "8 mois", "san nen"; hours and ages are no time on the mats
  ...[...WORLD_DURATIONS].filter(([, years]) => years > 0),
  ['year', 1],
  ['years', 1],
  ['yr', 1],
  ['yrs', 1],
  ['y', 1],
  ['month', 1 / 12],
  ['months', 1 / 12],
  ['mo', 1 / 12],
  ['mos', 1 / 12],
  ['mths', 1 / 12],
  ['week', 1 / 52],
  ['weeks', 1 / 52],
  ['wk', 1 / 52],
  ['wks', 1 / 52],
  ['day', 1 / 365],
  ['days', 1 / 365],
  // Portuguese and Spanish: "dois anos de branca", "tres meses", "dos años" (read "anos")
  ['ano', 1],
  ['anos', 1],
  ['mes', 1 / 12],
  ['meses', 1 / 12],
  ['semana', 1 / 52],
  ['semanas', 1 / 52],
  // A count of classes is always early days.
  ['classes', 0.01],
  ['class', 0.01],
  ['lessons', 0.01],
  ['sessions', 0.01],
]);
// "3 times a week", "twice a day": a rate, not time on the mats.
const NOT_EXPERIENCE_BEFORE = new Set([
  'a',
  'per',
  'every',
  'each',
  'x',
  'times',
  'time',
  '/',
  'once',
  'twice',
  'thrice',
  'days',
  'sessions',
  'classes',
]);
const RATE_AFTER = new Set(['a', 'an', 'per', 'each', 'every', '/']);
// "a year" is time on the mats only after words like these ("for a year", "about a year").
const ARTICLE_DURATION_LEADS = new Set([
  'for',
  'about',
  'around',
  'almost',
  'nearly',
  'over',
  'under',
  'than',
  'been',
  'only',
  'just',
  'like',
  'roughly',
  'past',
  'last',
  '~',
]);

const AGE_LEADS: ReadonlySet<string> = new Set(['tenho', 'tengo', 'tem', 'tiene', 'aged', 'age']);

/** Each time on the mats the text states, in years, where it is said: "been training about 8 months", "rolling for 4 years". */
export function timesOnTheMats(tokens: readonly Token[]): { readonly years: number; readonly at: number }[] {
  const readings: { years: number; at: number }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const number = readNumber(tokens, i, { article: true });
    if (!number) continue;
    let j = number.end;
    while (['+', 'ish', 'or', 'so', 'plus'].includes(tokens[j]?.text ?? '')) j += 1;
    const perUnit = YEARS_PER_UNIT.get(tokens[j]?.text ?? '');
    if (perUnit === undefined) continue;
    const before = tokens[i - 1];
    if (NOT_EXPERIENCE_BEFORE.has(before?.text ?? '')) continue;
    const isArticle = tokens[i]?.kind === 'word' && (tokens[i]?.text === 'a' || tokens[i]?.text === 'an');
    if (isArticle && before && before.clause === tokens[i]?.clause && !ARTICLE_DURATION_LEADS.has(before.text))
      continue;
    // an age, not time training: "30 years old", "tenho 30 anos", "tengo 30 años"
    if (tokens[j + 1]?.text === 'old' || AGE_LEADS.has(before?.text ?? '')) continue;
    // "black one day lol": "one day" is someday unless a duration word leads it ("for one day")
    if (tokens[i]?.text === 'one' && tokens[j]?.text === 'day' && !ARTICLE_DURATION_LEADS.has(before?.text ?? ''))
      continue;
    if (RATE_AFTER.has(tokens[j + 1]?.text ?? '')) continue; // "3 days a week"
    // "ask me again in 3 years": a time still to come, not time on the mats ("in 3 years of training" is)
    if (before?.text === 'in' && tokens[j + 1]?.text !== 'of') continue;
    // "10 years karate", "judo for about ten years": time in another art
    if (inAnotherArt(tokens, i, j + 1)) continue;
    // "ive been hearing that for a year": time told or waited, not trained
    if (timeWaitedOrTold(tokens, i)) continue;
    readings.push({ years: number.value * perUnit, at: i });
    i = j;
  }
  return readings;
}
