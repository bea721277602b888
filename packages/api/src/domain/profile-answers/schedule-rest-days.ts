// training_frequency: "every day except sundays and my rest day wednesday" → 5. A part that rests on
// the days it names ("sunday off", "rest day wednesday") takes those days out of the week, as "except"
// does; it adds no sessions.

import type { Token } from './text';
import type { PartValue } from './schedule-part-value';
import { restsAt } from './rest-said';
import { RESTING } from './schedule-words';
import { dayAt, daysTo } from './schedule-days';
import { countedPart } from './schedule-part-counted';

/** The days a part rests on, as a value that takes them out; null when it names no days or rests on none. */
export function restDays(tokens: readonly Token[]): PartValue | null {
  if (!tokens.some((_, i) => restsAt(tokens, i, RESTING)) && !saidNo(tokens)) return null;
  return daysNamed(tokens);
}

/** The days a part names, as a value that takes them out ("minus thursday (kids soccer practice)"); null with none. */
export function daysNamed(tokens: readonly Token[]): PartValue | null {
  const days = new Set<number>();
  tokens.forEach((_, i) => {
    const day = dayAt(tokens, i);
    if (day) for (const d of daysTo(tokens, i, day)) days.add(d);
  });
  return days.size === 0 ? null : countedPart({ days, onlyDays: true });
}

/** "mon yes, tue no, …": a day answered "no" as the week is gone through. */
export const saidNo = (tokens: readonly Token[]): boolean =>
  tokens.length >= 2 &&
  NO.has(tokens.at(-1)?.text ?? '') &&
  tokens.slice(0, -1).every((_, i) => dayAt(tokens, i) !== undefined);
const NO: ReadonlySet<string> = new Set(['no', 'nope', 'nah', 'off']);

/** A part's sessions once the days taken out are gone from those it trains on each day ("twice a day … except weekends"). */
export function sessionsLeft(value: PartValue, taken: ReadonlySet<number>): number {
  if (!value.perDay || value.on.size === 0) return value.sessions;
  const left = [...value.on].filter((d) => !taken.has(d)).length;
  return (value.sessions * left) / value.on.size;
}
