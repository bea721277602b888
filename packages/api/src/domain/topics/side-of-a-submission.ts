// "he got me in an arm triangle from the side": a submission "from the side" is done from side
// control; a takedown "from the side" ("a single leg from the side") is only an angle.
import type { TopicId } from '../../data/canonical-topics';
import { isSubmission } from '../../data/topic-names';
import { type Unit, isTopic } from './match';
import type { Token } from './tokenize';

const FROM_THE_SIDE = ['from', 'the', 'side'];

export function withSideOfASubmission(
  units: readonly Unit[],
  tokens: readonly Token[],
  found: Set<TopicId>,
  ruledOut: ReadonlySet<number>,
): void {
  const fromTheSide = units.some(
    (u, i) =>
      isTopic(u) &&
      !ruledOut.has(i) &&
      u.topics.every(isSubmission) &&
      FROM_THE_SIDE.every((w, k) => tokens[u.end + k]?.raw === w),
  );
  if (fromTheSide) found.add('side_control');
}
