// main_position: the share of rolls each side is given, "70% guard 30% top", "3 out of 4 rolls i pull",
// "half my rolls i pull, the other half i wrestle and stay on top". A side under half is what the user
// plays less; two halves are both sides alike. A share may follow the side ("pull guard maybe 1 in 10
// rolls"), and "the rest" is what the shares said leave over ("…, the rest I'm passing" → 90).

import { readNumber } from './numbers';
import type { Mention } from './lexicon';
import type { Token } from './text';

/** Each mention's share of rolls (a percentage), or null when none is given it. */
export function sharesOf<V>(tokens: readonly Token[], mentions: readonly Mention<V>[]): (number | null)[] {
  const shares: (number | null)[] = [];
  mentions.forEach((mention, i) => {
    const previous = mentions[i - 1];
    const share = shareOf(tokens, mention.start, mention.end, previous?.end ?? 0);
    // "the other half i wrestle and stay on top", "i pull" + "half guard", "on my back playing dlr": a
    // side said again right after, a word or two on, or after "and", keeps its share
    const again =
      previous !== undefined &&
      previous.value === mention.value &&
      tokens[previous.start]?.clause === tokens[mention.start]?.clause &&
      (mention.start - previous.end <= AGAIN_GAP ||
        tokens.slice(previous.end, mention.start).some((t) => AND.has(t.text)));
    const next = mentions[i + 1];
    // "i pull guard": the same side said twice is still one side in its clause
    const alone = !mentions.some(
      (m) => m.value !== mention.value && tokens[m.start]?.clause === tokens[mention.start]?.clause,
    );
    const following = share ?? (alone ? shareAfter(tokens, mention.end, next?.start ?? tokens.length) : null);
    shares.push(following ?? (again ? (shares[i - 1] ?? null) : null));
  });
  return leftOver(shares);
}

/** Words between a side and the same side said again that keep its share. */
const AGAIN_GAP = 2;

/** "the rest" (read as REST) is 100 less the shares stated; with none stated it stays below half. */
function leftOver(shares: readonly (number | null)[]): (number | null)[] {
  const stated = shares.filter((s): s is number => s !== null && s !== REST);
  if (stated.length === 0) return shares.map((s) => (s === REST ? 0 : s));
  const rest = Math.max(0, 100 - stated.reduce((sum, s) => sum + s, 0));
  return shares.map((s) => (s === REST ? rest : s));
}
/** Marks "the rest" until the shares stated are known. */
const REST = -1;

/**
 * "pull guard maybe 1 in 10 rolls", "guard 2 out of 10 rounds": a share said right after the side,
 * when it is the only side in its clause (in "guard 70% top 30%" the share before "top" is top's).
 */
function shareAfter(tokens: readonly Token[], end: number, nextStart: number): number | null {
  let clause = tokens[end - 1]?.clause;
  for (let k = end; k < Math.min(nextStart, end + SHARE_REACH) && tokens[k]?.clause === clause; k++) {
    if (tokens[k]?.text === 'and') return null;
    // "top game: 70%": a colon gives the side its share
    if (tokens[k]?.text === ':') clause = tokens[k + 1]?.clause;
    const percent = tokens[k]?.text === '%' ? tokens[k - 1] : undefined;
    if (percent?.kind === 'number') return percent.value;
    const ratio = ratioEndingAt(tokens, k);
    if (ratio !== null) return ratio;
    if (isHalf(tokens, k) && !GUARD.has(tokens[k + 1]?.text ?? '')) return HALF;
  }
  return null;
}
const AND: ReadonlySet<string> = new Set(['and', 'e', 'y', '&']);

/**
 * "70% guard 30% top", "80% of my rounds playing guard, the rest on top": the share of rolls a side
 * is given, when a percentage comes before it in its clause; "the rest" is what is left over.
 */
function shareOf(tokens: readonly Token[], start: number, end: number, after: number): number | null {
  // "top the rest": the rest said after it
  if (tokens[end]?.text === 'the' && tokens[end + 1]?.text === 'rest') return REST;
  const clause = tokens[start]?.clause;
  // the look-back stops at the side named before it, or an "and": "guard 80% and top the rest"
  for (let k = start - 1; k >= Math.max(0, start - SHARE_REACH, after) && tokens[k]?.clause === clause; k--) {
    if (tokens[k]?.text === 'and') break;
    if (tokens[k]?.text === 'rest' && tokens[k - 1]?.text === 'the') return REST;
    const percent = tokens[k]?.text === '%' ? tokens[k - 1] : undefined;
    if (percent?.kind === 'number') return percent.value;
    const ratio = ratioEndingAt(tokens, k);
    if (ratio !== null) return ratio;
    if (isHalf(tokens, k)) return HALF;
  }
  return null;
}
const SHARE_REACH = 6;
const HALF = 50;

/**
 * "half my rolls", "half the time", "the other half", "metade das vezes", "la otra mitad": half of the
 * rolls (not "half guard", nor "half" alone, which names it).
 */
const isHalf = (tokens: readonly Token[], k: number): boolean =>
  HALF_WORDS.has(tokens[k]?.text ?? '') &&
  (OTHER.has(tokens[k - 1]?.text ?? '') || HALF_OF.has(tokens[k + 1]?.text ?? '') || halvesPaired(tokens));
/** "half my rolls on top, half on bottom": a bare "half" is a share when another half is said beside it. */
const halvesPaired = (tokens: readonly Token[]): boolean =>
  tokens.filter((t, k) => HALF_WORDS.has(t.text) && !GUARD.has(tokens[k + 1]?.text ?? '')).length >= 2;
const GUARD: ReadonlySet<string> = new Set(['guard', 'guarda', 'guardia']);
const HALF_WORDS: ReadonlySet<string> = new Set(['half', 'metade', 'mitad']);
const OTHER: ReadonlySet<string> = new Set(['other', 'outra', 'otra']);
const HALF_OF: ReadonlySet<string> = new Set(['my', 'the', 'of', 'das', 'dos', 'do', 'da', 'de', 'del']);

/** "1 round in 5", "three out of four rolls", "2 in every 10": a count of rolls out of a whole, as a percentage. */
function ratioEndingAt(tokens: readonly Token[], k: number): number | null {
  const whole = readNumber(tokens, k);
  if (!whole || whole.isTimes || whole.end !== k + 1 || !(whole.value > 0)) return null;
  let j = k - 1;
  if (tokens[j]?.text === 'every') j--;
  if (!OUT_OF.has(tokens[j]?.text ?? '')) return null;
  j -= tokens[j]?.text === 'of' && tokens[j - 1]?.text === 'out' ? 2 : 1;
  if (ROLL_WORDS.has(tokens[j]?.text ?? '')) j--;
  const part = readNumber(tokens, j);
  return part && part.end === j + 1 && part.value <= whole.value ? (part.value / whole.value) * 100 : null;
}
const OUT_OF: ReadonlySet<string> = new Set(['in', 'of']);
const ROLL_WORDS: ReadonlySet<string> = new Set([
  'round',
  'rounds',
  'roll',
  'rolls',
  'time',
  'times',
  'match',
  'matches',
]);
