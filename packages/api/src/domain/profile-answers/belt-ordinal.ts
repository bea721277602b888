// belt_level: a belt told by its place in the order: "on my second belt now", "2nd belt, four stripes",
// "minha segunda faixa", "mi tercer cinturón", "saya di sabuk kedua". The first belt is white, the
// second blue, and on to black. Each is read as a mention of that colour, so the context around it
// (hoped for, someone else's, another art's) is weighed as for a colour said.

import type { Mention } from './lexicon';
import type { Token } from './text';
import { BELT_LEVELS, type BeltLevel } from './types';

/** The belts the answer names by their order, as mentions of their colour over the ordinal and the noun. */
export function ordinalBelts(tokens: readonly Token[]): Mention<BeltLevel>[] {
  const found: Mention<BeltLevel>[] = [];
  tokens.forEach((token, k) => {
    // "my second belt promotion", "first belt test": a promotion counted, not the belt
    // "first belt after white": counted from another belt (belt-steps.ts reads it)
    const follows = tokens[k + 1]?.text ?? '';
    if (!BELT_NOUNS.has(token.text) || COUNTED_EVENTS.has(follows) || COUNTED_FROM.has(follows)) return;
    // "second belt", "2nd belt": the ordinal before the noun
    const before = ordinalEndingAt(tokens, k - 1);
    const belt = before ? BELT_LEVELS[before.place - 1] : undefined;
    if (before && belt) found.push({ value: belt, start: before.start, end: k + 1 });
    // "sabuk kedua": the ordinal after it
    const after = ORDINALS_AFTER.get(tokens[k + 1]?.text ?? '');
    const next = after ? BELT_LEVELS[after - 1] : undefined;
    if (next) found.push({ value: next, start: k, end: k + 2 });
  });
  return found;
}

/** The ordinal word (or "2nd") ending at `k`, with where it starts. */
function ordinalEndingAt(tokens: readonly Token[], k: number): { place: number; start: number } | null {
  const word = tokens[k];
  const place = ORDINALS.get(word?.text ?? '');
  if (place) return { place, start: k };
  // "2nd", "3rd": a number with its suffix written on
  const number = tokens[k - 1];
  if (!word || !SUFFIXES.has(word.text) || word.spaceBefore || number?.kind !== 'number') return null;
  const value = number.value;
  return Number.isInteger(value) && value >= 1 && value <= BELT_LEVELS.length ? { place: value, start: k - 1 } : null;
}

const COUNTED_EVENTS: ReadonlySet<string> = new Set([
  ...['promotion', 'promotions', 'test', 'tests', 'testing', 'exam', 'grading', 'ceremony'],
]);
const COUNTED_FROM: ReadonlySet<string> = new Set([
  ...['after', 'before', 'above', 'below', 'past', 'beyond', 'over', 'under', 'up', 'down', 'from'],
  ...['depois', 'despues', 'antes', 'acima', 'abaixo', 'arriba', 'debajo', 'apres', 'nach'],
]);
const SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
const BELT_NOUNS: ReadonlySet<string> = new Set([
  ...['belt', 'faixa', 'cinturon', 'cinta', 'cinto', 'ceinture', 'gurt', 'gurtel', 'cintura', 'sabuk'],
]);
const ordinals = (words: string, place: number): [string, number][] => words.split('|').map((w) => [w, place]);
// English, Portuguese, Spanish, French, Italian and German, before the noun
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...ordinals('first|primeira|primeiro|primer|primero|primera|premiere|premier|prima|primo|erste|ersten|erster', 1),
  ...ordinals('second|segunda|segundo|deuxieme|seconde|seconda|secondo|zweite|zweiten|zweiter', 2),
  ...ordinals('third|terceira|terceiro|tercer|tercero|tercera|troisieme|terza|terzo|dritte|dritten|dritter', 3),
  ...ordinals('fourth|quarta|quarto|cuarto|cuarta|quatrieme|vierte|vierten|vierter', 4),
  ...ordinals('fifth|quinta|quinto|cinquieme|funfte|funften|funfter', 5),
]);
// Malay and Indonesian, after the noun: "sabuk kedua"
const ORDINALS_AFTER: ReadonlyMap<string, number> = new Map([
  ...ordinals('pertama', 1),
  ...ordinals('kedua', 2),
  ...ordinals('ketiga', 3),
  ...ordinals('keempat', 4),
  ...ordinals('kelima', 5),
]);
