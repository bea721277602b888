// "… wait is that just closed guard? not really asking about technique tho, just wondering where to buy
// a decent gi": a message that says it asks no technique asks none of the names it tells; the attire
// it wants stays.
import { type TopicId, isAttire } from '../../data/canonical-topics';

/** The topics a message asks, without its techniques and positions when it says it asks no technique. */
export function withTechniqueDisowned(query: string, topics: TopicId[]): TopicId[] {
  return DISOWNED.test(query) ? topics.filter((t) => isAttire(t)) : topics;
}
const DISOWNED =
  /\b(?:not|nothing|isnt|isn't) (?:really |actually |even |a )?(?:asking |a question )?(?:about|for|on) (?:the |a |any )?(?:technique|techniques|technical stuff|jiu ?jitsu stuff|bjj stuff)\b/i;
