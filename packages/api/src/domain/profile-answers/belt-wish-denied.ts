// belt_level: a belt put back as a question and wished away. "cinturón negro? ya quisiera, soy
// blanco", "faixa preta? quem me dera, sou branca", "black belt? I wish, white": the belt echoed is
// only wished for; the belt said after is the user's.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** A belt whose clause ends in "?" and is answered by a wish ("ya quisiera", "i wish", "quem me dera"). */
export function wishedAway(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const clause = tokens[mention.start]?.clause;
  let k = mention.end;
  while (tokens[k] && tokens[k]!.clause === clause && tokens[k]!.kind !== 'symbol') k++;
  if (tokens[k]?.text !== '?') return false;
  while (tokens[k]?.kind === 'symbol') k++;
  const words = tokens.slice(k, k + 4).map((t) => t.text);
  return WISHES.some((wish) => wish.every((w, j) => words[j] === w));
}
const WISHES: readonly (readonly string[])[] = [
  ['ya', 'quisiera'],
  ['quisiera'],
  ['ojala'],
  ['ya', 'me', 'gustaria'],
  ['quem', 'me', 'dera'],
  ['oxala'],
  ['bem', 'que', 'eu', 'queria'],
  ['i', 'wish'],
  ['wish'],
  ['if', 'only'],
  ['dream', 'on'],
  ['yeah', 'right'],
  ['haha', 'i', 'wish'],
  ['lol', 'i', 'wish'],
];
