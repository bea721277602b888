// The other side of a technique asked: done to the user yet wanted as the user's own ("… i want to
// learn it myself"); or one side ruled out, then the other asked: "i dont want triangle defence, i
// want to finish mine" asks the triangle; "i dont wanna learn the guillotine, i wanna stop it" asks
// its defence.
import { type TopicId, isTechnique } from '../../data/canonical-topics';
import type { BaseTopic } from '../../data/topic-aliases';
import { intentTopicOf } from './intent';

const FINISHING_MINE = /\b(?:finish|finishing|hit|hitting|land|landing|get|tighten)\s+mine\b/;
const WANTS_IT_STOPPED =
  /\b(?:wanna|want to|need to|just want to|rather)\s+(?:stop|defend|escape|counter|survive|block)\s+(?:it|them|that)\b/;

// "my buddy tapped me with an anaconda … i want to learn it myself now": done to the user, and
// wanted as the user's own
// ("… how does the baseball choke work from top? i want to steal it": taken for the user's own game)
// ("… he hit seoi nage on everyone incl me. how do i learn a basic one": one of the kind, to learn)
const WANTS_IT_MYSELF =
  /\b(?:(?:learn|use|do|hit|try|steal|add)\s+(?:it|that|this|that one|this one|them)\s+myself|(?:steal|nick|pinch|yoink)\s+(?:it|that|this|that one|this one|them)|learn\s+(?:a|an)\s+(?:[a-z]+\s+)?one)\b/;

/** Moves what the message asks back from the ruled-out topics to the found ones. */
export function withTheOtherSideAsked(query: string, found: Set<TopicId>, excluded: Set<TopicId>): void {
  const text = query.toLowerCase();
  if (FINISHING_MINE.test(text))
    for (const t of [...excluded]) {
      const intent = intentTopicOf(t as BaseTopic);
      if (!intent || !excluded.has(intent)) continue;
      excluded.delete(t);
      found.add(t);
    }
  if (WANTS_IT_MYSELF.test(text))
    for (const t of [...found]) {
      const intent = intentTopicOf(t as BaseTopic);
      if (intent && isTechnique(t) && found.has(intent)) found.delete(intent);
    }
  if (WANTS_IT_STOPPED.test(text))
    for (const t of [...excluded]) {
      const intent = intentTopicOf(t as BaseTopic);
      if (!intent || !isTechnique(t)) continue;
      excluded.delete(t);
      excluded.delete(intent);
      found.add(t);
      found.add(intent);
    }
}
