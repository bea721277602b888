// A technique named as the user's counter for something ("triangle counter for the stack") is not
// defended: the defending word there names what the technique is for.
import { type Unit, isTopic, rawOf as wordOf } from './match';
import type { Token } from './tokenize';

/** "kneebar counter for when people leg drag me": the technique before is the user's counter. */
export const isACounterFor = (units: readonly Unit[], tokens: readonly Token[], i: number): boolean => {
  const u = units[i];
  return (
    u?.kind === 'defending' &&
    COUNTERS.has(tokens[u.start]?.raw ?? '') &&
    isTopic(units[i - 1]) &&
    (COUNTERED.has(tokens[u.end - 1]?.raw ?? '') || COUNTERED.has(wordOf(units[i + 1]) ?? ''))
  );
};
const COUNTERS: ReadonlySet<string> = new Set(['counter', 'counters']);
const COUNTERED: ReadonlySet<string> = new Set(['for', 'to', 'against']);
