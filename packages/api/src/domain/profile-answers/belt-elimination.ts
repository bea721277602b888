// belt_level: a belt told by ruling others out. "not brown, not black, the one in the middle", "ni
// azul ni marron, la del medio": two belts denied, two apart, and the one between them named as the
// answer; "purple still not", "roxa ainda não", "morado todavía no": a belt denied after it is said,
// so one not reached yet.

import type { Mention } from './lexicon';
import type { Token } from './text';
import { BELT_LEVELS, type BeltLevel } from './types';
import { leftBehind } from './belt-left-behind';

/**
 * The belt pointed at once every colour said is denied and the reply points at the middle ("in the
 * middle", "in between", "no meio", "en medio", "del medio"): the one between two denied belts two
 * apart ("not blue, not brown, the one in between"), else the middle of the five ("not brown, not
 * black, the one in the middle") when that one is not denied.
 */
export function middleByElimination(
  tokens: readonly Token[],
  colours: readonly Mention<BeltLevel>[],
  denied: (m: Mention<BeltLevel>) => boolean,
): BeltLevel | null {
  if (colours.length < 2 || !colours.every(denied) || !pointsAtMiddle(tokens)) return null;
  const ranks = [...new Set(colours.map((m) => BELT_LEVELS.indexOf(m.value)))].sort((a, b) => a - b);
  if (ranks.length !== 2) return null;
  if (ranks[1]! - ranks[0]! === 2) return BELT_LEVELS[ranks[0]! + 1] ?? null;
  const middle = (BELT_LEVELS.length - 1) / 2;
  return ranks.includes(middle) ? null : (BELT_LEVELS[middle] ?? null);
}
const pointsAtMiddle = (tokens: readonly Token[]): boolean =>
  tokens.some((t, k) => {
    const next = tokens[k + 1]?.text ?? '';
    return (
      (t.text === 'in' && (next === 'between' || (next === 'the' && tokens[k + 2]?.text === 'middle'))) ||
      t.text === 'inbetween' ||
      (MIDDLE_LEADS.has(t.text) && MIDDLE.has(next))
    );
  });
const MIDDLE_LEADS: ReadonlySet<string> = new Set(['no', 'en', 'del', 'do', 'de']);
const MIDDLE: ReadonlySet<string> = new Set(['meio', 'medio']);

/**
 * A belt denied in words around it that the shared negation does not read: "purple still not", "blue
 * not yet", "roxa ainda nao", "morado todavia no" (`yet`: one not reached), "white no more" (`over`),
 * "ni azul ni marron", "nem branca nem roxa" (`neither`, the pair said).
 */
export function deniedAround(tokens: readonly Token[], mention: Mention<unknown>): 'yet' | 'over' | 'neither' | null {
  let k = mention.end;
  if (BELT_NOUNS.has(tokens[k]?.text ?? '')) k++;
  const [a, b] = [tokens[k]?.text ?? '', tokens[k + 1]?.text ?? ''];
  const ends = (j: number): boolean => tokens[j] === undefined || tokens[j]!.kind === 'symbol';
  if (((STILL.has(a) && NOT.has(b)) || (NOT.has(a) && YET.has(b))) && ends(k + 2)) return 'yet';
  if (((a === 'no' && (b === 'more' || b === 'longer')) || a === 'anymore') && ends(a === 'anymore' ? k + 1 : k + 2))
    return 'over';
  if (leftBehind(tokens, mention.start)) return 'over';
  let j = mention.start - 1;
  if (BELT_NOUNS.has(tokens[j]?.text ?? '')) j--;
  if (DETERMINERS.has(tokens[j]?.text ?? '')) j--;
  // paired only: Swahili "mimi ni white belt" says "I am"
  // "nowhere near purple", "far from a brown belt", "longe da roxa", "lejos del marrón": not reached yet
  if (FAR_FROM.has(`${tokens[j - 1]?.text ?? ''} ${tokens[j]?.text ?? ''}`)) return 'yet';
  const paired = tokens.filter((t) => NEITHER.has(t.text)).length >= 2;
  return paired && NEITHER.has(tokens[j]?.text ?? '') ? 'neither' : null;
}
const STILL: ReadonlySet<string> = new Set(['still', 'ainda', 'todavia', 'aun']);
const NOT: ReadonlySet<string> = new Set(['not', 'nao', 'no']);
const YET: ReadonlySet<string> = new Set(['yet', 'ainda', 'todavia', 'aun']);
const FAR_FROM: ReadonlySet<string> = new Set([
  ...['nowhere near', 'nowhere close', 'far from', 'miles from'],
  ...['longe da', 'longe de', 'longe do', 'lejos de', 'lejos del'],
]);
const NEITHER: ReadonlySet<string> = new Set(['ni', 'nem', 'neither', 'nor']);
const BELT_NOUNS: ReadonlySet<string> = new Set(['belt', 'faixa', 'cinturon', 'cinto', 'cinta']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'la', 'el', 'o']);
