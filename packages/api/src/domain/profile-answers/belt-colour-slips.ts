// belt_level: a colour spelt by ear or cut short right beside the word for a belt: "bloo belt",
// "faixa azu", "cinta blanka", "belt wyte". Beside "belt" a word can hardly be anything but its
// colour, so a slip may be further off than BELT_FUZZY allows a word alone: two edits, or one in a
// word of three letters. Everyday words one slip from a colour (BELT_FUZZY's) stay what they are.

import { editDistance, type Mention } from './lexicon';
import { BELT_FUZZY, BELT_NOUNS, type BeltSignal } from './belt-words';
import type { Token } from './text';
import { BELT_LEVELS, type BeltLevel } from './types';

const isColour = (signal: BeltSignal): signal is BeltLevel => (BELT_LEVELS as readonly string[]).includes(signal);
/** The colour names BELT_FUZZY reads, and the Portuguese ones only a slip beside "belt" reads. */
const NAMES: readonly (readonly [name: string, belt: BeltLevel])[] = [
  ...BELT_FUZZY.targets.flatMap(([name, signal]) => (isColour(signal) ? [[name, signal] as const] : [])),
  ['branco', 'white'],
  ['roxo', 'purple'],
  ['preto', 'black'],
];
const MIN_LENGTH = 3;
const SHORT = 3;
// everyday words two slips from a colour that stand beside "belt": "what belt", "with belt", "blew"
const NOT_SLIPS: ReadonlySet<string> = new Set([
  ...BELT_FUZZY.notTypos,
  ...['what', 'whats', 'with', 'wide', 'wise', 'wine', 'wire', 'wipe', 'wife', 'whit'],
  ...['blew', 'blow', 'blog', 'bled', 'brew', 'brow', 'purse', 'pretty', 'press', 'prata', 'nova', 'nueva'],
]);

/** Colour mentions read from slips beside a belt word, at tokens `taken` does not already cover. */
export function colourSlips(tokens: readonly Token[], taken: (i: number) => boolean): Mention<BeltLevel>[] {
  const found: Mention<BeltLevel>[] = [];
  tokens.forEach((t, i) => {
    const besideBelt = BELT_NOUNS.has(tokens[i - 1]?.text ?? '') || BELT_NOUNS.has(tokens[i + 1]?.text ?? '');
    if (t.kind !== 'word' || t.text.length < MIN_LENGTH || !besideBelt || taken(i) || NOT_SLIPS.has(t.text)) return;
    // the nearest name wins: "blanka" is one slip from "blanca", two from "black"
    const near = NAMES.filter(([name]) => name[0] === t.text[0]).map(
      ([name, b]) => [editDistance(name, t.text), b] as const,
    );
    const least = Math.min(...near.map(([d]) => d));
    const edits = t.text.length <= SHORT ? 1 : 2;
    const belts = new Set(near.filter(([d]) => d === least && d <= edits).map(([, b]) => b));
    const [belt] = belts;
    if (belts.size === 1 && belt) found.push({ value: belt, start: i, end: i + 1 });
  });
  return found;
}
