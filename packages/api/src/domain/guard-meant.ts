// "armbar from guard": a submission done from a guard no one named is done from the closed guard,
// the one the word means on its own. Read only beside a submission, where the guard is its place.
import type { TopicId } from '../data/canonical-topics';
import { GUARD_POSITIONS } from '../data/topic-aliases';
import { isSubmission } from '../data/topic-names';
import { compilePhrases, hasPhrase, stemsOf } from './word-phrases';

const FROM_GUARD = compilePhrases(['from guard', 'from the guard', 'from my guard', 'from your guard']);
// "not from guard" rules the guard out.
const NOT_FROM_GUARD = compilePhrases(['not from', 'never from', 'except from', 'but from']);

/**
 * The topics, with the closed guard added when a submission is asked "from guard" and no guard is
 * named; not when something is ruled out, which may be the guard ("no armbars from guard").
 */
export function withGuardMeant(query: string, topics: readonly TopicId[], rulesOut: boolean): TopicId[] {
  const submission = topics.some(isSubmission);
  const guardNamed = topics.some((t) => GUARD_POSITIONS.includes(t));
  const stems = stemsOf(query);
  if (!submission || guardNamed || rulesOut || !hasPhrase(stems, FROM_GUARD) || hasPhrase(stems, NOT_FROM_GUARD))
    return [...topics];
  return [...topics, 'closed_guard'];
}
