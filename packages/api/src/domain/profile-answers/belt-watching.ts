// belt_level: "I just started watching", "comecei a assistir", "empece a ver": a start at watching the
// sport is no start at training it, and says nothing of a belt.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** A "started" or "just started" said of watching: the word after it (past "to", "a") is a spectator's. */
export function startedWatching(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const k = TO.has(tokens[mention.end]?.text ?? '') ? mention.end + 1 : mention.end;
  return WATCHING.has(tokens[k]?.text ?? '');
}
const TO: ReadonlySet<string> = new Set(['to', 'a']);
const WATCHING: ReadonlySet<string> = new Set([
  ...['watching', 'watch', 'spectating', 'following'],
  ...['assistir', 'assistindo', 'ver', 'viendo', 'mirar', 'mirando'],
]);
