// "everyone keeps sending me darce videos but my arms are too short for it. so not the darce": a
// technique told in an earlier sentence, then ruled out, was told to say why it is out.
import { isTopic, nameStemsOf, rawOf, sentencesOf, type Unit } from './match';
import type { Token } from './tokenize';

const REQUESTING: ReadonlySet<string> = new Set([
  ...['how', 'what', 'which', 'pls', 'plz', 'please', 'show', 'need', 'want', 'wanna', 'any', 'tips'],
  ...['help', 'can', 'could', 'should', 'teach', 'send', 'give', 'recommend', 'looking', 'learn'],
]);
// a fragment ("armbar from guard. no armbars from mount though") asks; a sentence that tells has words
const TOLD_WORDS = 5;
// the clause before "but" is told in fewer ("i play spider a lot but …"; "armbar from guard but no …" asks)
const TOLD_BEFORE_BUT = 3;

/**
 * Units named as a ruled-out one is, in earlier sentences that tell rather than ask. Not a defence
 * ("he heel hooks me every roll. i'm not trying to learn heel hooks yet") nor what only a defence of
 * was ruled out ("i'm the one doing the triangle!! stop sending triangle escapes").
 */
export function toldBeforeRuledOut(
  units: readonly Unit[],
  tokens: readonly Token[],
  ruledOut: ReadonlySet<number>,
  intentsOnly: ReadonlySet<number>,
  defended: ReadonlySet<number>,
): Set<number> {
  const out = new Set<number>();
  const sentences = sentencesOf(units);
  for (const j of ruledOut) {
    const outUnit = units[j];
    if (!isTopic(outUnit) || intentsOnly.has(j) || defended.has(j)) continue;
    const name = nameStemsOf(tokens, outUnit);
    /** Adds the units named as the ruled-out one in units [start, end) when that stretch tells rather than asks. */
    const addTold = (start: number, end: number, toldWords: number): void => {
      const stretch = units.slice(start, end);
      const tells =
        stretch.filter((u) => u.kind === 'word').length >= toldWords &&
        !stretch.some((u) => REQUESTING.has(rawOf(u) ?? ''));
      if (tells)
        stretch.forEach((u, k) => {
          const i = start + k;
          if (isTopic(u) && !ruledOut.has(i) && !defended.has(i) && nameStemsOf(tokens, u) === name) out.add(i);
        });
    };
    const own = sentences.findIndex(([start, end]) => j >= start && j < end);
    const ownStart = sentences[own]?.[0] ?? 0;
    // "i know i'm always in half guard but i dont want half guard stuff today": told in the clause before "but"
    const but = units.slice(ownStart, j).findLastIndex((u) => rawOf(u) === 'but');
    if (but > 0) addTold(ownStart, ownStart + but, TOLD_BEFORE_BUT);
    // each earlier sentence that does not end on a question
    for (const [start, end] of sentences.slice(0, Math.max(own, 0)))
      if (rawOf(units[end - 1]) !== '?') addTold(start, end - 1, TOLD_WORDS);
  }
  return out;
}
