// "was on top in side control and went for the americana … then he went to mount … how do i finish the
// americana without losing position": when the question's technique is told in the story, the story's
// place of it is where it was tried, not every place the story passes through.
import { type TopicId, isPosition } from '../../data/canonical-topics';
import { readTopicsOf } from './reading';

/**
 * The position the story tries one of `techniques` in: the last one named before it in its sentence,
 * else the first after it there; undefined when the story tells none of them or names no place with it.
 */
export function placeTriedIn(techniques: readonly TopicId[], story: string): TopicId | undefined {
  if (techniques.length === 0) return undefined;
  for (const sentence of story.split(SENTENCE_BREAK)) {
    const topics = readTopicsOf(sentence).topics;
    const at = topics.findIndex((t) => techniques.includes(t));
    if (at < 0) continue;
    return topics.slice(0, at).findLast(isPosition) ?? topics.slice(at + 1).find(isPosition);
  }
  return undefined;
}
const SENTENCE_BREAK = /(?<=[.!?])\s+/;
