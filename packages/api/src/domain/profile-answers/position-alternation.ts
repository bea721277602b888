// main_position: the two sides said in turn, each opened by the same word for "sometimes": "raz góra
// raz dół", "czasem na górze, czasem na dole", "mal oben, mal unten", "a veces arriba a veces abajo",
// "가끔 탑 가끔 가드", "sometimes top sometimes bottom". Taking turns is both sides alike, however the
// answer stresses it ("zawsze raz góra raz dół", "mostly it's sometimes top sometimes bottom").

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The mentions with each side said in such turns read as both sides, "balanced". */
export function inTurns<V>(
  tokens: readonly Token[],
  mentions: readonly Mention<V | 'balanced'>[],
): Mention<V | 'balanced'>[] {
  const turns = new Set<number>();
  mentions.forEach((first, i) => {
    const second = mentions[i + 1];
    const opener = openerBefore(tokens, first.start, mentions[i - 1]?.end ?? 0);
    if (!second || opener < 0 || !isSide(first.value) || !isSide(second.value) || first.value === second.value) return;
    const again = openerBefore(tokens, second.start, first.end);
    if (again >= 0 && tokens[again]?.text === tokens[opener]?.text && again - first.end <= TURN_GAP) {
      turns.add(i);
      turns.add(i + 1);
    }
  });
  return mentions.map((m, i) => (turns.has(i) ? { ...m, value: 'balanced' } : m));
}

const isSide = (value: unknown): boolean => value === 'guard' || value === 'top';

/** Where the word opening a turn stands, a few words at most before `start` and not before `from`; -1 if none. */
function openerBefore(tokens: readonly Token[], start: number, from: number): number {
  for (let k = start - 1; k >= Math.max(from, start - 1 - OPENER_REACH); k--)
    if (OPENERS.has(tokens[k]?.text ?? '')) return k;
  return -1;
}
// "raz jestem na górze": a verb or two between the opener and the side
const OPENER_REACH = 2;
// "raz góra, raz dół": a comma between the turns
const TURN_GAP = 1;
// Polish, German, Spanish and Portuguese ("a veces", "às vezes"), Korean, English
const OPENERS: ReadonlySet<string> = new Set([
  'raz',
  'czasem',
  'czasami',
  'mal',
  'veces',
  'vezes',
  '가끔',
  '때로는',
  'sometimes',
]);
