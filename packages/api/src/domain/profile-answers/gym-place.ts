// training_frequency: "gym" as where a BJJ session is trained, not as another activity: "one drilling
// session with a friend at the gym", "an open mat in the gym on sundays", "2 nogi classes at the gym".
// Only after a place word ("at the gym") and a BJJ session named before it in the same part; "the gym
// twice", "sessions at the gym" and "the gym for weights" stay another activity.

import type { Token } from './text';

/** The "gym" at `i` is the place of a BJJ session the part names before it. */
export function gymAsPlace(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== 'gym') return false;
  const lead = placeWordBefore(tokens, i);
  if (!AT.has(tokens[lead]?.text ?? '')) return false;
  return tokens.slice(0, lead).some((t) => BJJ_SESSIONS.has(t.text));
}

/** Where the place word before "gym" is, past an article and a name of up to two words ("at the early bird gym"). */
function placeWordBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  const inName = (t: Token | undefined): boolean => t?.kind === 'word' && !ARTICLES.has(t.text) && !AT.has(t.text);
  for (let words = 0; words < NAME_WORDS && inName(tokens[k]); words++) k--;
  return ARTICLES.has(tokens[k]?.text ?? '') ? k - 1 : k;
}
const NAME_WORDS = 2;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'this', 'that', 'his', 'her', 'their']);
const AT: ReadonlySet<string> = new Set(['at', 'in', '@']);
// what only BJJ is trained as: generic "sessions" or "training" at a gym may be weights
const BJJ_SESSIONS: ReadonlySet<string> = new Set([
  ...['gi', 'nogi', 'bjj', 'jiu', 'jitsu', 'jiujitsu', 'grappling'],
  ...['drilling', 'drill', 'drills', 'sparring', 'rolling', 'roll', 'rolls', 'mat', 'mats'],
  ...['private', 'privates', 'comp', 'fundamentals', 'fundies', 'class', 'classes', 'lesson', 'lessons'],
]);
