// Step 1b of topic extraction: words typed together around "from" ("guilotine fromclosed guard",
// "trianglefromguard") split back where each side is a word of a name, so the name and its place
// are read as if the spaces were there.
import { PHRASES } from './phrase-index';

const GLUE = 'from';
/** The words of topic names, four letters or more: what a glued side must be to be split off. */
const nameWords: ReadonlySet<string> = new Set(
  [...PHRASES.values()]
    .flat()
    .filter((p) => p.meaning.kind === 'topic')
    .flatMap((p) => p.written)
    .filter((w) => w.length >= 4),
);
const isSide = (w: string): boolean => w === '' || nameWords.has(w);

/** The word, or its parts when it is names glued to "from": "fromclosed" → from, closed. */
export function ungluedWords(word: string): readonly string[] {
  const at = word.indexOf(GLUE);
  if (at < 0 || word === GLUE || nameWords.has(word)) return [word];
  const before = word.slice(0, at);
  const after = word.slice(at + GLUE.length);
  if (!isSide(before) || !isSide(after)) return [word];
  return [before, GLUE, after].filter((w) => w !== '');
}
