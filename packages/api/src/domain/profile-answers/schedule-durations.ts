// training_frequency: how long a session lasts ("a 1 hour open mat", "two 90 min classes") describes
// it, after the article or count of the sessions; the number counts no sessions. ("6 days, 2 hour
// sessions" tells the length of the sessions already counted.)

import { readNumber } from './numbers';
import type { Token } from './text';

/** The tokens without each length of a session said after its article or count ("a 1 hour …"). */
export function withoutDurations(tokens: readonly Token[]): readonly Token[] {
  const drop = new Set<number>();
  tokens.forEach((t, i) => {
    const counted = ARTICLES.has(tokens[i - 1]?.text ?? '') || readNumber(tokens, i - 1)?.end === i;
    if (t.kind === 'number' && counted && DURATION_UNITS.has(tokens[i + 1]?.text ?? '')) drop.add(i).add(i + 1);
  });
  return drop.size ? tokens.filter((_, i) => !drop.has(i)) : tokens;
}
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'one']);
const DURATION_UNITS: ReadonlySet<string> = new Set([
  ...['hour', 'hours', 'hr', 'hrs', 'h', 'min', 'mins', 'minute', 'minutes'],
]);
