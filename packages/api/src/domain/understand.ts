// What a video request says, read once before any transaction: the one place the chat's language
// understanding meets recommending. Everything downstream (ranking, reasons, the lead-in) reads this,
// never the raw text again, so what the user ruled out or the side they asked about is decided here.
import { isAttire, type TopicId } from '../data/canonical-topics';
import type { TopicFamily } from '../data/topic-families';
import { injuryOf } from './injury-talk';
import { smallTalkOf, type SmallTalk } from './small-talk';
import { distinctiveWords } from './title-words';
import { familyOf } from './topic-families';
import { extractTopics } from './topics';

/** A message that asks no technique at all ("what gi should I buy", "nervous before my first class"). */
export type GeneralAsk = 'gear' | 'schedule' | 'first_class' | 'recovery' | 'other';

/** Something about the user that changes which videos fit ("I'm the smallest in my gym"). */
export type Constraint = 'smaller' | 'bigger' | 'older' | 'less_flexible';

export interface QueryUnderstanding {
  query: string;
  /** Canonical ids asked about (CONTRACT "Canonical topics"); what the user ruled out is not among them. */
  topics: TopicId[];
  /** Topics the user ruled out ("anything but wrestling", "my gym bans heel hooks"): kept out of videos, reasons and lead-in. */
  excluded: TopicId[];
  /** A query naming only a family ("best gi chokes") is answered from that family; its topics stay []. */
  family: TopicFamily | null;
  /** The query's distinctive words (title-words.ts). */
  queryWords: ReadonlySet<string>;
  smallTalk: SmallTalk | null;
  /** The body part a message about pain names ("knee"), "" for none named, null when it is not about pain. */
  injury: string | null;
  /** Set when the message asks no technique at all. */
  general: GeneralAsk | null;
  constraints: Constraint[];
}

export function understandQuery(query: string): QueryUnderstanding {
  const topics = extractTopics(query);
  return {
    query,
    topics,
    excluded: [],
    family: topics.some((t) => !isAttire(t)) ? null : familyOf(query),
    queryWords: distinctiveWords(query),
    smallTalk: smallTalkOf(query),
    injury: injuryOf(query),
    general: null,
    constraints: [],
  };
}
