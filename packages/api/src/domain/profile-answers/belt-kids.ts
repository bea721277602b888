// belt_level: the kids' ranks are no adult belt. Kids go grey, yellow, orange, green, each also with a
// white or black bar ("grey-white", "grey/black", "yellow and black"), so a white or black joined to
// one of those colours is a kids' belt: "wear a grey-black belt in the kids program". And a first
// colour belt in a clause about kids is their first colour (grey), not blue: "got my first colour
// belt in the kids program", "first colour belt as a kid was grey" ("kids belts are done, got my
// first adult colour belt" says the adult one, in a clause of its own).

import type { Mention } from './lexicon';
import type { Token } from './text';

/** Whether `mention` names a kids' rank, not an adult one. */
export function kidsRank<V>(tokens: readonly Token[], mention: Mention<V>): boolean {
  return barOfKidsColour(tokens, mention) || firstColourOfKids(tokens, mention);
}

/** "grey-black", "grey/white", "yellow and black", "grey white": white or black as a kids' colour's bar. */
function barOfKidsColour<V>(tokens: readonly Token[], mention: Mention<V>): boolean {
  if (!BARS.has(tokens[mention.start]?.text ?? '')) return false;
  const before = tokens[mention.start - 1]?.text ?? '';
  return KIDS_COLOURS.has(before) || (JOINERS.has(before) && KIDS_COLOURS.has(tokens[mention.start - 2]?.text ?? ''));
}
const BARS: ReadonlySet<string> = new Set(['white', 'black', 'branca', 'preta', 'blanco', 'negro']);
const JOINERS: ReadonlySet<string> = new Set(['-', '/', '&', 'and', 'n', 'e', 'y']);
const KIDS_COLOURS: ReadonlySet<string> = new Set([
  ...['grey', 'gray', 'yellow', 'orange', 'green'],
  // Portuguese and Spanish: "cinza", "amarela", "laranja", "verde"; "gris", "amarillo", "naranja"
  ...['cinza', 'amarela', 'laranja', 'verde', 'gris', 'amarillo', 'amarilla', 'naranja'],
]);

/** "my first colour belt … kids program": a first colour said in a clause about kids or their colours. */
function firstColourOfKids<V>(tokens: readonly Token[], mention: Mention<V>): boolean {
  const said = tokens.slice(mention.start, mention.end).map((t) => t.text);
  if (!said.some((w) => FIRST.has(w)) || said.some((w) => ADULT.has(w))) return false;
  const clause = tokens[mention.start]?.clause;
  return tokens.some((t) => t.clause === clause && (KIDS.has(t.text) || KIDS_COLOURS.has(t.text)));
}
const FIRST: ReadonlySet<string> = new Set(['first', '1st', 'primeira', 'primer']);
const ADULT: ReadonlySet<string> = new Set(['adult', 'adults', 'grown', 'grownup']);
const KIDS: ReadonlySet<string> = new Set([
  ...['kid', 'kids', 'kiddie', 'junior', 'juniors', 'youth', 'child', 'children', 'childrens', 'teen', 'teens'],
  ...['infantil', 'crianca', 'criancas', 'nino', 'ninos'],
]);
