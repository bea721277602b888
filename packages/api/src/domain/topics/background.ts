// Names the message only tells as background: what hurt the user (injury-cause.ts) and what they
// already know (known-already.ts). They are not asked when the rest of the message asks something
// besides attire; named again outside their span ("… how do i defend heel hooks") they are.
import { type TopicId, baseTopicOf, isAttire } from '../../data/canonical-topics';
import { causeSpans } from './injury-cause';
import { knownSpans } from './known-already';

/**
 * The topics to drop from `found`: those only named in the background of `plain` (the message in
 * plain letters, lower case). `read` reads the topics of some words.
 */
export function backgroundOnly(
  plain: string,
  found: readonly TopicId[],
  read: (words: string) => readonly TopicId[],
): Set<TopicId> {
  const spans = [...causeSpans(plain), ...knownSpans(plain)]
    .filter((s) => s.text.trim())
    .sort((a, b) => a.start - b.start);
  if (!spans.length) return new Set();
  // the rest is the text with each span cut out where it was found
  let rest = '';
  let from = 0;
  for (const { start, text: span } of spans) {
    if (start < from) continue;
    rest += `${plain.slice(from, start)} , `;
    from = start + span.length;
  }
  rest += plain.slice(from);
  const asked = read(rest);
  if (!asked.some((t) => !isAttire(t))) return new Set();
  const told = new Set(spans.flatMap((s) => read(s.text).map(baseTopicOf)));
  const askedBases = new Set(asked.map(baseTopicOf));
  return new Set(found.filter((t) => told.has(baseTopicOf(t)) && !askedBases.has(baseTopicOf(t))));
}
