// Phrase lists matched on word stems, as the topic extractor folds words (topics/tokenize.ts): for
// the small vocabularies that read a whole message (general asks, constraints, families).
import { splitWords, toToken } from './topics/tokenize';

/** Phrases as stem sequences, indexed by their first stem (a message is scanned once, not once per phrase). */
export type StemPhrases = ReadonlyMap<string, readonly (readonly string[])[]>;

let lastText = '';
let lastStems: readonly string[] = [];

/** The stems of a text; the last one is remembered, since one message is read by several vocabularies. */
export function stemsOf(text: string): readonly string[] {
  if (text !== lastText) {
    lastStems = splitWords(text).map((w) => toToken(w).stem);
    lastText = text;
  }
  return lastStems;
}

export function compilePhrases(phrases: readonly string[]): StemPhrases {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const stems = splitWords(phrase).map((w) => toToken(w).stem);
    const list = index.get(stems[0] ?? '') ?? [];
    list.push(stems);
    index.set(stems[0] ?? '', list);
  }
  return index;
}

/** Whether any phrase occurs in the stems, as whole words in order (and, when given, not right after one of `unless`). */
export function hasPhrase(stems: readonly string[], phrases: StemPhrases, unless?: ReadonlySet<string>): boolean {
  return stems.some(
    (stem, i) =>
      !unless?.has(stems[i - 1] ?? '') &&
      phrases.get(stem)?.some((p) => p.every((s, k) => stems[i + k] === s)) === true,
  );
}
