import { splitWords, toToken } from './topics/tokenize';

// Whole-word phrase matching over stems, the way the topic extractor folds words: "sprawling"
// matches "sprawl", "50/50" reads as "50 50", and "truck" never matches "trucker".

/** A text's word stems, slashes dropped. */
export const stemsOf = (text: string): string[] =>
  splitWords(text)
    .filter((w) => w !== '/')
    .map((w) => toToken(w).stem);

/** True when the phrase's stems appear in a row at `at`. */
export const phraseAt = (stems: readonly string[], at: number, phrase: readonly string[]): boolean =>
  phrase.length > 0 && phrase.every((s, i) => stems[at + i] === s);

/** Each phrase as stems, compiled once. */
export const compilePhrases = (phrases: readonly string[]): string[][] => phrases.map(stemsOf);

/** True when any of the compiled phrases appears in the stems. */
export const hasAnyPhrase = (stems: readonly string[], phrases: readonly (readonly string[])[]): boolean =>
  phrases.some((p) => stems.some((_, i) => phraseAt(stems, i, p)));
