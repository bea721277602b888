// training_frequency: a past count the user still keeps, with more added now: "I used to go 3 times but
// now i also do the friday morning class" → 4, "went twice a week, now I also do 2 nogi classes" → 4.
// "now … also" says the old count goes on; without "also" ("used to go 3, now 4") the new one replaces it.

import type { Token } from './text';
import { alsoOnDays } from './frequency-also-days';
import { STRENGTH, type Rate } from './frequency-readings';

/** The past count and the one said to be added to it now, summed; null when none is. */
export function addedToPast(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  const last = rates.length - 1;
  const [a, b] = [rates[last - 1], rates[last]];
  if (!a || !b || a.strength !== STRENGTH.stated) return null;
  const between = tokens.slice(a.end, b.start).map((t) => t.text);
  const now = between.findIndex((w) => NOW.has(w));
  if (now < 0 || !between.slice(now + 1).some((w) => ALSO.has(w))) return null;
  const before = tokens.slice(0, a.start).map((t) => t.text);
  const past = before.some((w, k) => PAST.has(w) && (w !== 'used' || before[k + 1] === 'to'));
  if (!past || !(alsoOnDays(tokens, a, b) || b.strength === STRENGTH.stated)) return null;
  return a.perWeek + b.perWeek;
}

const NOW: ReadonlySet<string> = new Set(['now', 'nowadays', 'currently', 'lately']);
const ALSO: ReadonlySet<string> = new Set(['also', 'additionally']);
const PAST: ReadonlySet<string> = new Set(['used', 'previously', 'originally', 'was', 'went']);
