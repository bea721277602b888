// Topic extraction: free text → canonical topic ids (CONTRACT "Canonical topics").
//
// Three steps, all over tokens (never substrings, so "beginner" is not `gi` and "mountain" is not
// `mount`), each in its own module under topics/:
//   1. words   — tokenize.ts: lower-case, strip accents/apostrophes, split hyphens; fold plurals and
//                verb forms to a stem; typos.ts: correct one-letter typos of long topic words.
//   2. phrases — phrase-index.ts: the alias tables of data/topic-aliases.ts, compiled once into an
//                index keyed by first stem; match.ts: the longest phrase at each position wins.
//   3. intent  — intent.ts: defensive words ("escape", "stop", "getting passed", "… me") turn the
//                topic they refer to into `T_defense` / `P_escape`, beside the topic itself.
import type { TopicId } from '../data/canonical-topics';
import { defendedUnits, intentTopicOf } from './topics/intent';
import { isTopic, toUnits } from './topics/match';
import { splitWords, toToken } from './topics/tokenize';
import { correctTypo } from './topics/typos';

export { aliasConflicts } from './topics/phrase-index';

/**
 * Canonical topic ids named in a free-text query, in order of first appearance; an intent id
 * follows its topic ("armbar escapes" → armbar, armbar_defense). Pure and deterministic.
 */
export function extractTopics(query: string): TopicId[] {
  return readTopics(query).topics;
}

/**
 * The topics, and among their intent ids those that were done to the user ("still got stuck under
 * mount" → mount_escape) rather than the user's own defending ("got out of side control"): what a
 * training log says went wrong.
 */
export function readTopics(query: string): { topics: TopicId[]; struggles: TopicId[] } {
  const tokens = splitWords(query).map((w) => toToken(w, correctTypo));
  const units = toUnits(tokens);
  const { defended, received } = defendedUnits(units, tokens);
  const found = new Set<TopicId>();
  const struggles = new Set<TopicId>();
  units.forEach((u, i) => {
    if (!isTopic(u)) return;
    for (const topic of u.topics) {
      found.add(topic);
      const intent = defended.has(i) ? intentTopicOf(topic) : undefined;
      if (!intent) continue;
      found.add(intent);
      if (received.has(i)) struggles.add(intent);
    }
  });
  return { topics: [...found], struggles: [...struggles] };
}
