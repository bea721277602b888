// "how do i stop the americana from bottom mount", "how do i defend the anaconda when im turtled": a
// defence asked from under a position says where it happens; the position is escaped only when the
// user also says they are stuck there or want out ("stuck in side control and they americana me").
import type { TopicId } from '../../data/canonical-topics';
import { type TopicReading, withTopics } from './reading';

/** The reading less the escapes of places a defended submission is only asked from. */
export function withPlaceOnlyDefendedIn(reading: TopicReading, text: string): TopicReading {
  const lower = text.toLowerCase();
  if (!defendsATechnique(reading.topics) || !ASKED_FROM_UNDER.test(lower) || WANTS_OUT.test(lower)) return reading;
  const kept = reading.topics.filter((t) => !t.endsWith('_escape'));
  return kept.length === reading.topics.length ? reading : withTopics(reading, kept);
}

/** A technique's defence is asked ("armbar_defense"; guard_retention is the defence of a movement, passing). */
export const defendsATechnique = (topics: readonly TopicId[]): boolean => topics.some((t) => t.endsWith('_defense'));

const ASKED_FROM_UNDER =
  /\b(?:from|on|in) (?:the )?(?:bottom|under|underneath)\b|\bwhen (?:i'?m|im|i am) (?:turtled|turtling|on (?:the )?bottom|under)\b/;
const WANTS_OUT =
  /escap|\bstuck\b|\btrapped\b|\b(?:end|ends|ending|ended|wind|winding) up\b|\bget(?:ting)? out\b|\bout (?:of|from)\b|\bpinned\b|smash|flatten|crush/;
