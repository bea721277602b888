// "was on top in side control and went for the americana … then he went to mount … how do i finish the
// americana without losing position": when the question's technique is told in the story, the story's
// place of it is where it was tried, not every place the story passes through.
import { type TopicId, isPosition } from '../../data/canonical-topics';
import { readTopicsOf } from './reading';
import { SENTENCE_BREAK } from './asking-sentences';

/**
 * The position the story tries one of `techniques` in: the last one named before it in its sentence,
 * else one after it in its own clause ("went for the americana from side control"); null when the story
 * tells the technique with no place ("tried to roll for the anaconda and … ended up in bottom side");
 * undefined when the story tells none of them.
 */
export function placeTriedIn(techniques: readonly TopicId[], story: string): TopicId | null | undefined {
  if (techniques.length === 0) return undefined;
  for (const sentence of story.split(SENTENCE_BREAK)) {
    const topics = readTopicsOf(sentence).topics;
    const at = topics.findIndex((t) => techniques.includes(t));
    if (at < 0) continue;
    const before = topics.slice(0, at).findLast(isPosition);
    if (before) return before;
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      const own = readTopicsOf(clause).topics;
      if (own.some((t) => techniques.includes(t))) return own.find(isPosition) ?? null;
    }
    return null;
  }
  return undefined;
}
const CLAUSE_BREAK = /[,;]|\b(?:and|then|but)\b/;
