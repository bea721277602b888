import { TOPIC_FAMILIES, type TopicFamily } from '../data/topic-families';
import { splitWords, toToken } from './topics/tokenize';
import { compilePhrases, hasPhrase } from './word-phrases';

/**
 * The family of techniques a query names when it names no single topic ("best gi chokes",
 * "escapes for white belts"): the first family whose word or phrase appears, or null.
 */
export function familyOf(query: string): TopicFamily | null {
  const stems = splitWords(query)
    .filter((w) => !FALSE_FRIENDS.has(w))
    .map((w) => toToken(w).stem);
  return FAMILY_PHRASES.find((f) => hasPhrase(stems, f.phrases))?.family ?? null;
}

/** Words whose stem is a family's but not its sense: "tape" folds to "tap". */
const FALSE_FRIENDS: ReadonlySet<string> = new Set(['tape', 'tapes', 'taped', 'taping']);

const FAMILY_PHRASES = TOPIC_FAMILIES.map((family) => ({ family, phrases: compilePhrases(family.stems) }));
