// "how do i stop guys taking my back after a failed leg entry": an attempt that failed is where the
// scramble began, not what is asked, when something else is asked ("triangle off a failed omoplata"
// chains the two: both asked).
import { type Unit, rawOf as wordOf } from './match';
import { pickedBesideOthers } from './unit-words';

/** The units named as where a scramble began after a failed attempt, to be read as no topic. */
export const failedAttemptUnits = (units: readonly Unit[]): Set<number> =>
  pickedBesideOthers(units, (_, i) => beganFrom(units, i));

const beganFrom = (units: readonly Unit[], i: number): boolean =>
  FAILED.has(wordOf(units[i - 1]) ?? '') &&
  ARTICLES.has(wordOf(units[i - 2]) ?? '') &&
  AFTER.has(wordOf(units[i - 3]) ?? '');
const FAILED: ReadonlySet<string> = new Set(['failed', 'botched', 'blown', 'busted']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'my', 'the']);
const AFTER: ReadonlySet<string> = new Set(['after', 'from']);
