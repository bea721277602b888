// training_frequency: training on the off days of a work rota: "12 hour shifts, 4 on 3 off. I train
// once on each off day" → 3, "2 on 2 off, twice on every day off" → 7. The rota's counts are days at
// work and off, not sessions; what is trained on each off day, over the days off a week, is.

import { readNumber } from './numbers';
import type { Token } from './text';

/** Sessions a week trained on a rota's off days, or null when no rota or no training on them is told. */
export function offDaysOfRota(tokens: readonly Token[]): number | null {
  const rota = rotaAt(tokens);
  if (!rota) return null;
  const off = tokens.findIndex((t, k) => k >= rota.end && saysOffDay(tokens, k));
  if (off < 0) return null;
  const clause = tokens[off]?.clause;
  const inClause = tokens.map((t, k) => k).filter((k) => k >= rota.end && tokens[k]?.clause === clause);
  // "once on each off day": a count per day; "on my off days": one a day
  const counts = inClause.flatMap((k) => {
    const n = readNumber(tokens, k);
    return n && (n.isTimes || TIMES.has(tokens[n.end]?.text ?? '')) ? [n.value] : [];
  });
  const each = inClause.some((k) => EACH.has(tokens[k]?.text ?? ''));
  if (counts.length > 1 || (counts.length === 1 && !each)) return null;
  const perDay = counts[0] ?? 1;
  return (perDay * rota.off * DAYS_A_WEEK) / (rota.on + rota.off);
}

/** "4 on 3 off", "4 days on, 3 days off", "4 on / 3 off". */
function rotaAt(tokens: readonly Token[]): { on: number; off: number; end: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const on = readNumber(tokens, i);
    if (!on || on.isTimes) continue;
    let k = skip(tokens, on.end);
    if (tokens[k]?.text !== 'on') continue;
    k = skip(tokens, k + 1);
    const off = readNumber(tokens, k);
    if (!off || off.isTimes) continue;
    k = skip(tokens, off.end);
    if (tokens[k]?.text !== 'off') continue;
    if (on.value + off.value > 0 && on.value + off.value <= MAX_CYCLE)
      return { on: on.value, off: off.value, end: k + 1 };
  }
  return null;
}
const skip = (tokens: readonly Token[], k: number): number => {
  let j = k;
  while (FILLERS.has(tokens[j]?.text ?? '')) j++;
  return j;
};

/** "off day", "off days", "day off", "days off". */
const saysOffDay = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k]?.text === 'off' && DAY.has(tokens[k + 1]?.text ?? '')) ||
  (DAY.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'off');

const DAYS_A_WEEK = 7;
const MAX_CYCLE = 14;
const FILLERS: ReadonlySet<string> = new Set(['days', 'day', ',', '/', '-']);
const DAY: ReadonlySet<string> = new Set(['day', 'days']);
const EACH: ReadonlySet<string> = new Set(['each', 'every', 'per', 'a']);
const TIMES: ReadonlySet<string> = new Set(['times', 'x', 'classes', 'class', 'sessions', 'session']);
