// training_frequency: "every day except sun, double on wed" → 7. A whole week is a part of the
// timetable only when days are taken out of it; alone ("every day. literally every day, 7 days") it is
// the rate reading's, and someone else's ("the academia has classes every day except sunday") is none.

import type { Token } from './text';
import type { Part } from './schedule-parts';
import { othersClauses } from './others';
import { dayAt, wholeWeekAt } from './schedule-days';

/** Part `k` names the whole week but no later part takes days out of it, or it is about someone else. */
export function wholeWeekUntold(tokens: readonly Token[], split: readonly Part[], k: number): boolean {
  const part = split[k];
  if (!part?.tokens.some((_, i) => wholeWeekAt(part.tokens, i))) return false;
  // "one class every day mon to fri": days named with it say which days
  if (part.tokens.some((_, i) => dayAt(part.tokens, i))) return false;
  if (!split.slice(k + 1).some((p) => p.sign < 0)) return true;
  const others = othersClauses(tokens);
  return part.tokens.some((t) => others.has(tokens.indexOf(t)));
}
