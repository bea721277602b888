// training_frequency: a habit that changes with the seasons, a count for each: "in winter 4 times,
// in summer I go surf so now (july) only 1" → 1, "winter 5x, summer 2x, it's summer now" → 2. The
// season said to be now is the habit now; with none said, the choice is left to the other readings.

import type { Rate } from './frequency-readings';
import type { Token } from './text';

/** The count of the season said to be now, when every count is told by its season; else null. */
export function seasonNow(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  if (rates.length < 2) return null;
  // "in winter 4, in summer 1" names each season before its count; "4 in winter, 1 in summer" after
  const first = rates[0]?.start ?? 0;
  const before = tokens.slice(0, first).some((t) => SEASONS.has(t.text));
  const byOrder = rates.map((rate, k) =>
    before
      ? lastSeason(tokens, rates[k - 1]?.end ?? 0, rate.start)
      : firstSeason(tokens, rate.end, rates[k + 1]?.start ?? tokens.length),
  );
  // "twice a week in summer, right now in winter it's like 4": the order changes from one count to
  // the next, so each count takes the one season of its own clause
  const seasons = told(byOrder) ? byOrder : rates.map((rate) => clauseSeason(tokens, rate));
  if (!told(seasons)) return null;
  // "it's summer now", "now in winter": the season named beside the word for now
  const named = tokens.findIndex((t, i) => SEASONS.has(t.text) && nearNow(tokens, i));
  const byName = seasons.findIndex((s) => tokens[s]?.text === tokens[named]?.text);
  if (named >= 0) return byName >= 0 ? (rates[byName]?.perWeek ?? null) : null;
  // "in summer I go surf so now only 1": the word for now inside one season's stretch
  const starts = rates.map((rate, k) => Math.min(rate.start, seasons[k] ?? rate.start));
  const nowIn = starts.flatMap((from, k) => {
    const to = starts[k + 1] ?? tokens.length;
    return tokens.slice(from, to).some((t, i) => isNow(tokens, from + i)) ? [k] : [];
  });
  return nowIn.length === 1 ? (rates[nowIn[0] ?? 0]?.perWeek ?? null) : null;
}

/** Every count has a season, and no two the same one. */
const told = (seasons: readonly number[]): boolean =>
  seasons.every((s) => s >= 0) && new Set(seasons).size === seasons.length;

/** The season of the rate's clause, when the clause names just one. */
function clauseSeason(tokens: readonly Token[], rate: Rate): number {
  const clause = tokens[rate.start]?.clause;
  const named = tokens.flatMap((t, i) => (t.clause === clause && SEASONS.has(t.text) ? [i] : []));
  return named.length === 1 ? (named[0] ?? -1) : -1;
}

const lastSeason = (tokens: readonly Token[], from: number, to: number): number =>
  tokens.findLastIndex((t, i) => i >= from && i < to && SEASONS.has(t.text));
const firstSeason = (tokens: readonly Token[], from: number, to: number): number =>
  tokens.findIndex((t, i) => i >= from && i < to && SEASONS.has(t.text));

// "now it's winter", "summer now"; not across clauses: "2 in the summer but now it's winter"
const NOW_REACH = 3;
function nearNow(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - NOW_REACH); k <= i + NOW_REACH; k++)
    if (isNow(tokens, k) && tokens[k]?.clause === tokens[i]?.clause) return true;
  return false;
}

/** A word for now: not "by now" (a time reached) nor "now and then" (only sometimes). */
const isNow = (tokens: readonly Token[], i: number): boolean =>
  (NOW.has(tokens[i]?.text ?? '') && tokens[i - 1]?.text !== 'by' && tokens[i + 1]?.text !== 'and') ||
  nowPhrase(tokens, i);

/** "these days", "at the moment", "at present": read at their last word. */
const nowPhrase = (tokens: readonly Token[], i: number): boolean =>
  NOW_PHRASES.some((words) => words.every((w, k) => tokens[i - words.length + 1 + k]?.text === w));
const NOW_PHRASES: readonly (readonly string[])[] = [
  ['these', 'days'],
  ['at', 'the', 'moment'],
  ['at', 'present'],
];

const SEASONS: ReadonlySet<string> = new Set([
  ...['winter', 'summer', 'spring', 'autumn', 'winters', 'summers', 'wintertime', 'summertime'],
  // Spanish and Portuguese: "en invierno", "no verão"
  ...['invierno', 'verano', 'inverno', 'verao'],
]);
const NOW: ReadonlySet<string> = new Set(['now', 'currently', 'atm', 'rn', 'nowadays', 'ahora', 'agora']);
