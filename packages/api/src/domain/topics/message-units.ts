// A message's tokens and units, shared by the topic reader (reading.ts) and the word readers
// (word-uses.ts), which read the same message one after the other.
import { type Unit, toUnits } from './match';
import { withEverydaySenses } from './sense';
import { type Token, splitWords, toToken } from './tokenize';
import { correctTypo } from './typos';
import { ungluedWords } from './glued-words';

/** A message as the extractor reads it: its tokens, and the units over them with everyday senses set apart. */
// One message is read several times (its topics, then each family word or named technique it may
// rule out): the last one's units are kept. Callers only read them.
let last: { query: string; read: { tokens: readonly Token[]; units: readonly Unit[] } } | null = null;
export function unitsOf(query: string): { tokens: readonly Token[]; units: readonly Unit[] } {
  if (last?.query !== query) {
    const tokens = splitWords(query)
      .flatMap(ungluedWords)
      .map((w) => toToken(w, correctTypo));
    last = { query, read: { tokens, units: withEverydaySenses(toUnits(tokens), tokens) } };
  }
  return last.read;
}
