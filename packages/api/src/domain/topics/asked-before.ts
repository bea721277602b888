// Names whose intent comes from earlier in the message: "the escapes" of the pins told before, and
// follow-ups like "what about side control" to the question before them.
import { isPosition } from '../../data/canonical-topics';
import { type TopicUnit, type Unit, endsSentence, isTopic, rawOf as wordOf } from './match';
import type { Token } from './tokenize';
import { isOwnGuard } from './users-place';
import { pins } from './unit-words';

/**
 * "i land in side control, then they go knee on belly … takedown defense or the escapes?": escapes
 * named as a kind, with nothing after them, are those of the pins the message told of.
 */
export function pinsTheEscapesMean(units: readonly Unit[], tokens: readonly Token[], i: number): number[] {
  const u = units[i];
  if (u?.kind !== 'defending' || u.end - u.start !== 1 || wordOf(units[i - 1]) !== 'the') return [];
  if (!ESCAPE_NOUNS.has(tokens[u.start]?.raw ?? '')) return [];
  for (let j = i + 1; j < units.length && !endsSentence(units[j]); j++) if (isTopic(units[j])) return [];
  return units.flatMap((v, j) =>
    j < i && isTopic(v) && v.topics.every((t) => pins.has(t)) && !isOwnGuard(units, j) ? [j] : [],
  );
}
const ESCAPE_NOUNS: ReadonlySet<string> = new Set(['escapes', 'escape', 'escaping']);

/** "… also what about side control", "same for the kimura": a name asked as a follow-up to the question before it. */
export function followUps(units: readonly Unit[]): number[] {
  const word = (k: number): string => wordOf(units[k]) ?? '';
  return units.flatMap((u, i) => {
    if (!isTopic(u)) return [];
    const at = word(i - 1) === 'the' ? i - 2 : i - 1;
    const about = word(at) === 'about' && FOLLOW_UP_ASKS.has(word(at - 1));
    const same = (word(at) === 'for' || word(at) === 'with') && (word(at - 1) === 'same' || word(at - 2) === 'same');
    // "what about mount, whats the best sub from there" asks something else of it
    const endsThere = units.slice(i + 1).every((v, k) => v.kind === 'break' || FOLLOW_UP_TAILS.has(word(i + 1 + k)));
    return (about || same) && endsThere ? [i] : [];
  });
}
const FOLLOW_UP_ASKS: ReadonlySet<string> = new Set(['what', 'how', 'whats', 'hbu', 'wbu']);
const FOLLOW_UP_TAILS: ReadonlySet<string> = new Set(['too', 'then', 'tho', 'though', 'pls', 'please', 'lol']);

/** The closest name before `i` is of the same kind (position or technique) and was asked defended. */
export function asksSameAsBefore(units: readonly Unit[], i: number, defended: ReadonlySet<number>): boolean {
  const kindOf = (u: TopicUnit): boolean => isPosition(u.topics[0] ?? '');
  const target = units[i] as TopicUnit;
  for (let k = i - 1; k >= 0; k--) {
    const u = units[k];
    if (isTopic(u)) return defended.has(k) && kindOf(u) === kindOf(target);
  }
  return false;
}
