// training_frequency: a range of counts, read as its middle: "2-3x", "once or twice", "3 to 4", and
// one said with "and" after "between": "between four and five", "entre 3 e 4", "zwischen drei und
// vier", "tussen 3 en 4", "3 ile 4 arası". Its two counts are the ends of one range, never two parts
// that add up ("3 gi and 2 nogi"). Weeks that alternate between two counts ("alternating 2 and 4 a
// week", "alternate weeks of 3 and 5") average out just as a range's ends do.

import { readNumber, type NumberRead } from './numbers';
import type { Token } from './text';

/** "or" of each tongue too: "uno o dos", "uma ou duas". */
const RANGE_SEPARATORS: ReadonlySet<string> = new Set(['-', 'to', 'or', '/', '~', 'o', 'ou']);
/** "between", "entre" (es, pt, fr), "zwischen", "tussen", "tra"/"fra", "między", "antara" before the low end. */
const BETWEEN: ReadonlySet<string> = new Set([
  ...['between', 'betwen', 'btwn', 'inbetween'],
  ...['entre', 'zwischen', 'tussen', 'tra', 'fra', 'miedzy', 'antara'],
]);
/** Turkish says "between" after the high end: "3 ile 4 arası". */
const BETWEEN_AFTER: ReadonlySet<string> = new Set(['arasi', 'arasinda']);
/** The "and" of each tongue: "y", "e", "et", "und", "en", Polish "a" and "i", "dan", Turkish "ile". */
const AND: ReadonlySet<string> = new Set(['and', 'n', '&', 'y', 'e', 'et', 'und', 'en', 'a', 'i', 'dan', 'ile']);
/** The widest range still read as one count: "between 2 and 9" is no habit of its own. */
const MAX_SPREAD = 7;

/**
 * The high end of a range whose low end, `low`, was read right before token `at`; null when what
 * follows is no range ("3 and 4" alone are two parts, added up elsewhere).
 */
export function rangeHighEnd(tokens: readonly Token[], start: number, at: number, low: number): NumberRead | null {
  const joiner = tokens[at]?.text ?? '';
  if (!RANGE_SEPARATORS.has(joiner) && !AND.has(joiner)) return null;
  const high = readNumber(tokens, at + 1);
  // "alternating 4 and 2": counts that take turns average out, in either order
  const turns = takesTurns(tokens, start);
  if (!high || !(high.value > low || (turns && high.value < low)) || Math.abs(high.value - low) > MAX_SPREAD)
    return null;
  if (RANGE_SEPARATORS.has(joiner) || BETWEEN.has(tokens[start - 1]?.text ?? '') || turns) return high;
  return BETWEEN_AFTER.has(tokens[high.end]?.text ?? '') ? { ...high, end: high.end + 1 } : null;
}

/** "alternating 2 and 4", "alternate between 4 and 2", "alternating weeks of 3 and 5": turns named before the low end. */
function takesTurns(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (start - k <= MAX_TURN_WORDS && TURN_WORDS.has(tokens[k]?.text ?? '')) k--;
  return ALTERNATING.has(tokens[k]?.text ?? '');
}
const ALTERNATING: ReadonlySet<string> = new Set(['alternate', 'alternates', 'alternating', 'alternated']);
const TURN_WORDS: ReadonlySet<string> = new Set(['between', 'weeks', 'of', 'with']);
const MAX_TURN_WORDS = 3;
