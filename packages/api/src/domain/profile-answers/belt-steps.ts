// A belt told by its place beside another: "one belt below black", "two belts up from white".

import { readNumber } from './numbers';
import type { Token } from './text';

/**
 * How many belts from the colour at `at` the answer means: "one belt below black" -1, "two above
 * white" +2, "two belts up from white" +2, "the one before brown" -1; 0 when it names the colour itself.
 */
export function stepsFrom(tokens: readonly Token[], at: number): number {
  const [word, before] = [tokens[at - 1]?.text ?? '', tokens[at - 2]?.text ?? ''];
  // "up from", "higher than": the direction told in two words
  const twoWords = TWO_WORD_DIRECTION.get(`${before} ${word}`);
  const direction = twoWords ?? STEP_DIRECTION.get(word);
  if (!direction) return 0;
  let k = at - (twoWords ? 3 : 2);
  // "the belt right after white"
  if (STEP_FILLERS.has(tokens[k]?.text ?? '')) k -= 1;
  const noun = STEP_NOUNS.has(tokens[k]?.text ?? '');
  if (noun) k -= 1;
  const count = readNumber(tokens, k);
  if (count && count.end === k + 1 && !count.isTimes && count.value >= 1 && count.value <= MAX_STEPS)
    return direction * count.value;
  // "the belt below black"; not "blue after white", which says when
  return noun ? direction : 0;
}
const STEP_DIRECTION: ReadonlyMap<string, number> = new Map([
  ['below', -1],
  ['under', -1],
  ['before', -1],
  ['above', 1],
  ['after', 1],
]);
const TWO_WORD_DIRECTION: ReadonlyMap<string, number> = new Map([
  ['up from', 1],
  ['down from', -1],
  ['higher than', 1],
  ['lower than', -1],
  ['above from', 1],
  ['below from', -1],
  // "uma faixa abaixo da preta", "un cinturón debajo del negro", "dos grados antes del marrón"
  ...['abaixo da|do|de', 'debajo del|de', 'antes da|do|del|de', 'por debajo', 'bajo el'].flatMap(ways(-1)),
  ...['acima da|do|de', 'arriba del|de', 'encima del|de', 'depois da|do|de', 'despues del|de'].flatMap(ways(1)),
]);
/** "abaixo da|do" → ["abaixo da", n], ["abaixo do", n]. */
function ways(direction: number) {
  return (phrase: string): [string, number][] => {
    const [word = '', tails = ''] = phrase.split(' ');
    return tails.split('|').map((tail) => [`${word} ${tail}`, direction]);
  };
}
// white to black is four steps
const MAX_STEPS = 4;
const STEP_FILLERS: ReadonlySet<string> = new Set(['right', 'just', 'directly']);
const STEP_NOUNS: ReadonlySet<string> = new Set([
  ...['belt', 'belts', 'step', 'steps', 'level', 'levels', 'rank'],
  // Portuguese and Spanish: "uma faixa abaixo", "un cinturón debajo", "una cinta antes"
  ...['faixa', 'faixas', 'cinturon', 'cinturones', 'cinta', 'cintas', 'nivel', 'niveles', 'nivel'],
]);
