// Which of the opponent's reactions a message describes (data/reactions.ts): the techniques that
// answer them are context for ranking, never topics asked.
import type { TopicId } from '../data/canonical-topics';
import { REACTIONS } from '../data/reactions';
import { compilePhrases, hasPhrase, stemsOf } from './word-phrases';

const compiled = REACTIONS.map((r) => ({ reaction: r, phrases: compilePhrases(r.phrases) }));

export interface ReactionAnswers {
  topics: TopicId[];
  terms: string[];
}

export function reactionAnswers(query: string): ReactionAnswers {
  const stems = stemsOf(query);
  const found = compiled.filter((c) => hasPhrase(stems, c.phrases)).map((c) => c.reaction);
  return {
    topics: [...new Set(found.flatMap((r) => r.topics))],
    terms: [...new Set(found.flatMap((r) => r.terms ?? []))],
  };
}
