// Timetable parts that tell again of days with more sessions on them: "everyday except sunday, and
// tue thu i do 2" is two on tuesday and thursday, "sat i do 2" two on saturday, and "tuesday i take
// both classes back to back, thursdays too" the same double on thursday.

import { readNumber } from './numbers';
import type { Token } from './text';
import { dayAt, daysTo, isDayRange } from './schedule-days';
import { SCHEDULE_SESSIONS } from './schedule-words';
import { valueOf, type PartValue } from './schedule-part-value';
import type { Part } from './schedule-parts';
import { countedPart } from './schedule-part-counted';

/** The days a part opens with ("tue thu", "on sat", "mon-wed") and where they end. */
function leadingDays(tokens: readonly Token[]): { days: Set<number>; end: number } {
  const days = new Set<number>();
  let i = tokens[0]?.text === 'on' ? 1 : 0;
  for (; i < tokens.length; i++) {
    const day = dayAt(tokens, i);
    if (day) for (const d of daysTo(tokens, i, day)) days.add(d);
    else if (!(DAY_JOINERS.has(tokens[i]?.text ?? '') || isDayRange(tokens, i))) break;
  }
  return { days, end: i };
}
const DAY_JOINERS: ReadonlySet<string> = new Set(['and', '&', ',', '/', '+']);

const perDayOn = (days: ReadonlySet<number>, each: number): PartValue =>
  countedPart({ on: days, sessions: each * days.size, perDay: true, onlyDays: true });

/**
 * "sat i do 2", "tue thu i do 2 classes": a count ending a part after its days, that many on each;
 * of several days only when a part before named them ("tue thu i do 2" alone may be two in all).
 */
export function countAfterDays(split: readonly Part[], k: number): PartValue | null {
  const tokens = split[k]?.tokens ?? [];
  const { days, end } = leadingDays(tokens);
  if (days.size === 0) return null;
  let i = SUBJECTS.has(tokens[end]?.text ?? '') ? end + 1 : end;
  if (!DOING.has(tokens[i]?.text ?? '')) return null;
  const number = readNumber(tokens, i + 1);
  if (!number || number.value < 2 || number.value > MAX_PER_DAY) return null;
  i = number.end;
  while (SCHEDULE_SESSIONS.has(tokens[i]?.text ?? '')) i++;
  if (i < tokens.length) return null;
  const before = split.slice(0, k).filter((p) => p.sign > 0);
  const named = new Set(before.flatMap((p) => daysOf(valueOf(p.tokens))));
  return days.size === 1 || [...days].every((d) => named.has(d)) ? perDayOn(days, number.value) : null;
}
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we']);
const DOING: ReadonlySet<string> = new Set(['do', 'take', 'get', 'hit', 'train', 'make']);
const MAX_PER_DAY = 3;
const daysOf = (value: PartValue | null): number[] => (value ? [...value.days, ...value.on] : []);

/** "…, thursdays too": days with nothing but "too" after a part that doubles its days take the same double. */
export function sameDoubleToo(part: Part | undefined, before: PartValue | null | undefined): PartValue | null {
  if (!part || part.joiner !== ',' || !before?.perDay || before.on.size === 0) return null;
  const each = before.sessions / before.on.size;
  const { days, end } = leadingDays(part.tokens);
  const rest = part.tokens.slice(end).map((t) => t.text);
  if (each < 2 || days.size === 0 || !TOO.has(rest.join(' '))) return null;
  return perDayOn(days, each);
}
const TOO: ReadonlySet<string> = new Set(['too', 'also', 'as well', 'aswell']);
