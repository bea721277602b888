// "how do i finish the ezekiel when im stuck inside their closed guard": a submission asked to be
// finished from a place names where it is done; the place is neither escaped nor passed unless the
// message says so ("… or should i just pass").
import { isTechnique } from '../../data/canonical-topics';
import { type TopicReading, withTopics } from './reading';
import { defendsATechnique } from './defended-where';

/** The reading less the escapes and the passing a finish is only asked from. */
export function withPlaceOnlyFinishedIn(reading: TopicReading, text: string): TopicReading {
  const lower = text.toLowerCase();
  if (!FINISH_ASKED.test(lower)) return reading;
  // a technique asked with no defence asked at all
  const attacks = reading.topics.some((t) => isTechnique(t) && t !== 'guard_passing');
  if (!attacks || defendsATechnique(reading.topics)) return reading;
  const passes = PASSING.test(lower);
  const kept = reading.topics.filter((t) => !t.endsWith('_escape') && (passes || t !== 'guard_passing'));
  return kept.length === reading.topics.length ? reading : withTopics(reading, kept);
}

const FINISH_ASKED = /\bhow (?:do|can|should|would) (?:i|you|u|we) (?:finish|land|hit|set up|setup|lock in|get the)\b/;
const PASSING = /\bpass/;
