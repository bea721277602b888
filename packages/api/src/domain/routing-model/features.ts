// What the routing model sees of a message: its words and word pairs, alone and joined to the
// pending profile question (the same "3 rounds" is a log while nothing is pending and still a log,
// not an answer, while "how often do you train?" is), digits, length, and whether the profile parser
// read an answer from it (so the model overrules a parsed answer only on strong evidence).
import { parsePendingAnswer, type ProfileField } from '../profile-answers';

const WORD = /[\p{L}\p{N}]+|\?/gu;

/** Lower case, apostrophes dropped ("didn't" → "didnt"), a "?" kept as a word of its own. */
export function routingWords(text: string): string[] {
  return text.toLowerCase().replace(/['’]/g, '').match(WORD) ?? [];
}

export interface RoutedMessage {
  readonly text: string;
  readonly pending: ProfileField | null;
  /** The parser read a value for the pending question from the text. */
  readonly answered: boolean;
}

export function routedMessage(text: string, pending: ProfileField | null): RoutedMessage {
  return { text, pending, answered: pending !== null && parsePendingAnswer(pending, text) !== null };
}

/** The message's features as names; each appears once. */
export function routingFeatures({ text, pending, answered }: RoutedMessage): string[] {
  const words = routingWords(text);
  const field = pending ?? 'none';
  const features = new Set<string>([`pending:${field}`, `${field}|length:${Math.min(8, words.length)}`]);
  const both = (feature: string): void => {
    features.add(feature);
    features.add(`${field}|${feature}`);
  };
  words.forEach((word, i) => {
    both(`w:${word}`);
    if (i > 0) both(`b:${words[i - 1]} ${word}`);
  });
  if (words[0] !== undefined) features.add(`first:${words[0]}`);
  if (/\d/.test(text)) both('digit');
  if (answered) features.add(`${field}|answered`);
  return [...features];
}
