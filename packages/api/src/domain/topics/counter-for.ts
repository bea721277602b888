// A technique named as the user's counter for something ("triangle counter for the stack") is not
// defended: the defending word there names what the technique is for.
import { type Unit, isTopic, rawOf as wordOf } from './match';
import type { Token } from './tokenize';

/** "kneebar counter for when people leg drag me": the technique before is the user's counter. */
export const isACounterFor = (units: readonly Unit[], tokens: readonly Token[], i: number): boolean => {
  const u = units[i];
  return (
    isCalledACounter(units, tokens, i) ||
    (u?.kind === 'defending' &&
      COUNTERS.has(tokens[u.start]?.raw ?? '') &&
      isTopic(units[i - 1]) &&
      (COUNTERED.has(tokens[u.end - 1]?.raw ?? '') || COUNTERED.has(wordOf(units[i + 1]) ?? '')))
  );
};

/** "toe hold from top half guard … I heard it's a classic counter": what the technique is, no defence of it. */
function isCalledACounter(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i];
  if (u?.kind !== 'defending' || !COUNTERS.has(tokens[u.start]?.raw ?? '') || u.end - u.start !== 1) return false;
  let j = i - 1;
  while (DESCRIBING.has(wordOf(units[j]) ?? '')) j--;
  return ['a', 'the'].includes(wordOf(units[j]) ?? '') && CALLING.has(wordOf(units[j - 1]) ?? '');
}
const DESCRIBING: ReadonlySet<string> = new Set([
  'classic',
  'good',
  'great',
  'common',
  'basic',
  'solid',
  'nice',
  'real',
]);
const CALLING: ReadonlySet<string> = new Set(['its', 'is', 'was', 'thats', 'as']);
const COUNTERS: ReadonlySet<string> = new Set(['counter', 'counters']);
const COUNTERED: ReadonlySet<string> = new Set(['for', 'to', 'against']);
