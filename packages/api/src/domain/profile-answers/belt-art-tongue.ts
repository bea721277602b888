// belt_level: a belt told in the words of the Japanese arts that grade by "obi" and "dan": "Shodan in
// judo, brah. Kuro obi from high school days", "nidan, kuro obi since my teens". Judo, karate and
// aikido give an obi and a dan; BJJ ranks in Portuguese ("faixa", "grau"), so a belt in Japanese words,
// or a black belt beside a dan grade, in an answer naming such an art or a dan and never BJJ, is that
// art's, however far from the art's name it stands. An answer all in Japanese ("kuro obi desu") names
// no other art, and stays BJJ's; so does a dan beside grappling talk with no other art named.

import { readNumber } from './numbers';
import { JAPANESE } from './japanese-words';
import type { Mention } from './lexicon';
import type { Art, BeltSignal } from './belt-words';
import type { Token } from './text';

/** The colour at `mention` is another art's, told in that art's own words. */
export function toldInArtsTongue(
  tokens: readonly Token[],
  arts: readonly Mention<Art>[],
  mention: Mention<BeltSignal>,
): boolean {
  if (arts.some((a) => a.value === 'bjj')) return false;
  const dan = tokens.some((_, k) => isDan(tokens, k));
  const other = arts.some((a) => a.value === 'other');
  if (!dan && !other) return false;
  const japanese = tokens.slice(mention.start, mention.end).every((t) => JAPANESE_COLOUR_WORDS.has(t.text));
  // "black belt 1 dan … we trained on wrestling mats": some BJJ gyms grade black by dan too, so a dan
  // beside grappling talk, with no other art named, is the BJJ black belt's
  const grappling = !other && tokens.some((t) => GRAPPLING_WORDS.has(t.text));
  return japanese || (dan && mention.value === 'black' && !grappling);
}
const GRAPPLING_WORDS: ReadonlySet<string> = new Set([
  ...['wrestling', 'grappling', 'roll', 'rolls', 'rolling', 'rolled', 'mat', 'mats', 'nogi', 'submission'],
  ...['submissions', 'guard', 'sweep', 'sweeps', 'tapped', 'armbar', 'choke', 'chokes'],
]);

/** "shodan", "nidan", "2nd dan", "first dan": a dan grade, which BJJ does not give. */
function isDan(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  if (DAN_GRADES.has(word)) return true;
  if (word !== 'dan' || k === 0) return false;
  // "2nd dan", "first dan": a count or an ordinal right before
  const before = tokens[k - 1]?.text ?? '';
  return ORDINALS.has(before) || readNumber(tokens, k - 1)?.end === k;
}
const DAN_GRADES: ReadonlySet<string> = new Set(['shodan', 'nidan', 'sandan', 'yondan', 'godan', 'rokudan']);
const ORDINALS: ReadonlySet<string> = new Set([
  ...['first', 'second', 'third', 'fourth', 'fifth', '1st', '2nd', '3rd', '4th', '5th'],
  ...['st', 'nd', 'rd', 'th'],
]);
const JAPANESE_COLOUR_WORDS: ReadonlySet<string> = new Set(
  (JAPANESE.colours ?? []).flatMap(([phrase]) => phrase.split(/[\s|]+/)),
);
