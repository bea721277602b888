// "how do i finish the ezekiel when im stuck inside their closed guard": a submission asked to be
// finished from a place names where it is done; the place is neither escaped nor passed unless the
// message says so ("… or should i just pass").
import { baseTopicOf, isTechnique } from '../../data/canonical-topics';
import type { TopicReading } from './reading';

/** The reading less the escapes and the passing a finish is only asked from. */
export function withPlaceOnlyFinishedIn(reading: TopicReading, text: string): TopicReading {
  const lower = text.toLowerCase();
  if (!FINISH_ASKED.test(lower)) return reading;
  const attacks = reading.topics.some(
    (t) => isTechnique(t) && t !== 'guard_passing' && !reading.topics.includes(`${t}_defense` as typeof t),
  );
  const defends = reading.topics.some((t) => t.endsWith('_defense') && isTechnique(baseTopicOf(t)));
  if (!attacks || defends) return reading;
  const passes = PASSING.test(lower);
  const kept = reading.topics.filter((t) => !t.endsWith('_escape') && (passes || t !== 'guard_passing'));
  if (kept.length === reading.topics.length) return reading;
  return { ...reading, topics: kept, struggles: reading.struggles.filter((t) => kept.includes(t)) };
}

const FINISH_ASKED = /\bhow (?:do|can|should|would) (?:i|you|u|we) (?:finish|land|hit|set up|setup|lock in|get the)\b/;
const PASSING = /\bpass/;
