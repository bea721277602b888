// "how do i stop guys taking my back after a failed leg entry": an attempt that failed is where the
// scramble began, not what is asked, when something else is asked ("triangle off a failed omoplata"
// chains the two: both asked).
import { type Unit, isTopic, rawOf as wordOf } from './match';

/** The units named as where a scramble began after a failed attempt, to be read as no topic. */
export function failedAttemptUnits(units: readonly Unit[]): Set<number> {
  const failed = units.flatMap((u, i) => (isTopic(u) && beganFrom(units, i) ? [i] : []));
  const otherAsked = units.some((u, i) => isTopic(u) && !failed.includes(i));
  return otherAsked ? new Set(failed) : new Set();
}

const beganFrom = (units: readonly Unit[], i: number): boolean =>
  FAILED.has(wordOf(units[i - 1]) ?? '') &&
  ARTICLES.has(wordOf(units[i - 2]) ?? '') &&
  AFTER.has(wordOf(units[i - 3]) ?? '');
const FAILED: ReadonlySet<string> = new Set(['failed', 'botched', 'blown', 'busted']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'my', 'the']);
const AFTER: ReadonlySet<string> = new Set(['after', 'from']);
