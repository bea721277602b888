// Phrase lists matched on word stems, as the topic extractor folds words (topics/tokenize.ts): for
// the small vocabularies that read a whole message (general asks, constraints, families).
import { splitWords, toToken } from './topics/tokenize';

export type StemPhrases = readonly (readonly string[])[];

export const stemsOf = (text: string): string[] => splitWords(text).map((w) => toToken(w).stem);

export const compilePhrases = (phrases: readonly string[]): StemPhrases => phrases.map(stemsOf);

/** Whether any phrase occurs in the stems, as whole words in order. */
export function hasPhrase(stems: readonly string[], phrases: StemPhrases): boolean {
  return phrases.some((p) => stems.some((_, i) => p.every((s, k) => stems[i + k] === s)));
}
