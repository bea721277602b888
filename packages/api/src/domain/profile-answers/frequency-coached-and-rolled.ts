// training_frequency: coaching a class and rolling after it is training on that class's days: "coach
// mon wed fri and roll after every class" → 3, "i help coach fundamentals mon/wed and roll after, plus
// saturday OM" → 3. Coaching alone ("i coach the kids class tue thu") stays no training of one's own.

import type { Token } from './text';
import { TEACHING } from './frequency-words';

/** The tokens less the coaching words of a clause that goes on to roll after, else the tokens as they are. */
export function coachingRolledIn(tokens: readonly Token[]): readonly Token[] {
  const dropped = new Set<number>();
  tokens.forEach((t, i) => {
    if (!TEACHING.has(t.text) || !rollsAfter(tokens, i)) return;
    dropped.add(i);
    if (HELPING.has(tokens[i - 1]?.text ?? '')) dropped.add(i - 1);
  });
  return dropped.size === 0 ? tokens : tokens.filter((_, i) => !dropped.has(i));
}

/** "… and roll after", "… roll every round with them", "… roll in both", "i roll in the class i coach": in the coaching's sentence. */
function rollsAfter(tokens: readonly Token[], at: number): boolean {
  // "roll in" is in the class coached only when it points at it ("in both", "in it") or comes before it
  const rolls = (k: number, before: boolean): boolean => {
    const [next, after] = [tokens[k + 1]?.text ?? '', tokens[k + 2]?.text ?? ''];
    const inIt = next === 'in' && (before || IN_IT.has(after));
    return (
      ROLLING.has(tokens[k]?.text ?? '') &&
      (ROLLED_IN.has(next) || inIt) &&
      !HOLDS_BACK.has(tokens[k - 1]?.text ?? '') &&
      !HOLDS_BACK.has(tokens[k - 2]?.text ?? '')
    );
  };
  for (let k = at + 1; k < tokens.length && k <= at + REACH; k++) {
    if (SENTENCE_ENDS.has(tokens[k]?.text ?? '')) break;
    if (rolls(k, false)) return true;
  }
  // "i roll in the teens class i coach": the rolling told before the class coached
  for (let k = at - 1; k >= 0 && k >= at - REACH; k--) {
    if (SENTENCE_ENDS.has(tokens[k]?.text ?? '')) break;
    if (rolls(k, true)) return true;
  }
  return false;
}
const REACH = 10;
const HELPING: ReadonlySet<string> = new Set(['help', 'helps', 'helping']);
const ROLLING: ReadonlySet<string> = new Set(['roll', 'rolls', 'rolling', 'train', 'spar', 'drill']);
// rolling after the class, or in it with the students
const ROLLED_IN: ReadonlySet<string> = new Set(['after', 'afterwards', 'afterward', 'too', 'with', 'w', 'every', 'at']);
const IN_IT: ReadonlySet<string> = new Set(['both', 'it', 'them', 'all', 'each', 'every']);
// "i dont roll with them", "only roll in one": rolling denied or limited keeps the coaching apart
const HOLDS_BACK: ReadonlySet<string> = new Set(['dont', "don't", 'never', 'only', 'not', 'rarely', 'cant', "can't"]);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';', 'but']);
