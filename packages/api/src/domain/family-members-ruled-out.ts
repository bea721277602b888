// A family ruled out ("no more chokes for me this month") takes its members named in passing with it
// ("… my neck is sore from that darce last week. i'd like to work on leg locks instead"), once something
// else is asked: the darce is why chokes are out, not what is asked.
import { type TopicId, baseTopicOf, isAttire, isPosition } from '../data/canonical-topics';
import type { TopicFamily } from '../data/topic-families';

/** `topics` less the members (and their intents) of the families ruled out, when another technique is asked. */
export function withoutMembersRuledOut(topics: readonly TopicId[], ruledOut: readonly TopicFamily[]): TopicId[] {
  const member = (t: TopicId): boolean => ruledOut.some((f) => f.topics.some((m) => m === baseTopicOf(t)));
  const otherAsked = topics.some((t) => !isAttire(t) && !isPosition(baseTopicOf(t)) && !member(t));
  return otherAsked ? topics.filter((t) => !member(t)) : [...topics];
}
