// "was on top in side control and went for the americana … then he went to mount … how do i finish the
// americana without losing position": when the question's technique is told in the story, the story's
// place of it is where it was tried, not every place the story passes through.
import { type TopicId, isPosition } from '../../data/canonical-topics';
import { readTopicsOf } from './reading';
import { SENTENCE_BREAK } from './asking-sentences';

/**
 * The position the story tries one of `techniques` in: the one named in its own clause, else the last
 * one named before it in its sentence ("went for the americana from side control"); null when the story
 * tells the technique with no place ("tried to roll for the anaconda and … ended up in bottom side");
 * undefined when the story tells none of them.
 */
export function placeTriedIn(techniques: readonly TopicId[], story: string): TopicId | null | undefined {
  if (techniques.length === 0) return undefined;
  for (const sentence of story.split(SENTENCE_BREAK)) {
    const topics = readTopicsOf(sentence).topics;
    const at = topics.findIndex((t) => techniques.includes(t));
    if (at < 0) continue;
    // ("match 1 won by americana from side control, match 3 got tapped by a wristlock from closed
    // guard": its own clause names it first)
    const own = sentence
      .split(CLAUSE_BREAK)
      .map((clause) => readTopicsOf(clause).topics)
      .find((clause) => clause.some((t) => techniques.includes(t)))
      ?.find(isPosition);
    return own ?? topics.slice(0, at).findLast(isPosition) ?? null;
  }
  return undefined;
}
const CLAUSE_BREAK = /[,;]|\b(?:and|then|but)\b/;
