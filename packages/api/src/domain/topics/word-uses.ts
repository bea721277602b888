// How a message uses given words (a family's, a named technique's): asked, or ruled out.
import { excludedUnits } from './exclusion';
import { type Unit } from './match';
import { type Token } from './tokenize';
import { unitsOf } from './message-units';

/** The units that are one of `words` outside any topic name (`kinds`: which units count as words). */
const wordUnitOf =
  (tokens: readonly Token[], words: ReadonlySet<string>, kinds: ReadonlySet<Unit['kind']>) =>
  (u: Unit | undefined): boolean =>
    u !== undefined && kinds.has(u.kind) && words.has(tokens[u.start]?.stem ?? '');
// a family word may be an intent word too ("escapes for white belts")
const WORD_KINDS: ReadonlySet<Unit['kind']> = new Set(['word', 'defending', 'receiving']);
// "not 50/50": a name that looks like a topic but is none is a word too
const NAME_WORD_KINDS: ReadonlySet<Unit['kind']> = new Set([...WORD_KINDS, 'none']);

/**
 * How the message uses words such as a family's ("choke"): `asked`, `ruledOut` when every use is
 * ruled out ("anything but chokes"), or `none` when each is part of another name or an everyday
 * phrase ("rash guard", "security guard").
 */
export function readWords(query: string, words: ReadonlySet<string>): 'asked' | 'ruledOut' | 'none' {
  const { tokens, units } = unitsOf(query);
  const isWord = wordUnitOf(tokens, words, WORD_KINDS);
  const targets = units.flatMap((u, i) => (isWord(u) ? [i] : []));
  if (!targets.length) return 'none';
  const { excluded } = excludedUnits(units, tokens, isWord);
  return targets.every((i) => excluded.has(i)) ? 'ruledOut' : 'asked';
}

/**
 * Whether any use of these words is ruled out: a named technique ruled out once stays out ("without
 * any body lock pls, ive drilled body lock for a year").
 */
export function anyRuledOut(query: string, words: ReadonlySet<string>): boolean {
  const { tokens, units } = unitsOf(query);
  return excludedUnits(units, tokens, wordUnitOf(tokens, words, NAME_WORD_KINDS)).excluded.size > 0;
}
