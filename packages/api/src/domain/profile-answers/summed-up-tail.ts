// "… takes off my purple and ties a brown on me. cried like a baby. so yes, brown belt": a long story
// summed up at its end ("tl;dr", "long story short", "so yes", "in short") answers with its summary;
// the story before it names other people's belts, sides and schedules.
import { lastMatch } from './text';

// ("basically" is left out: "white 4 stripes but basically blue" hedges, it sums nothing up)
const SUMMING_UP =
  /(?:^|[.!?,;:]\s*|\s)(?:tl;?dr|long story short|so yes|so yeah|so yep|so ya|in short|bottom line|all in all|in total)\b[\s,:;-]*/g;

/** The words after the last summing-up marker, or null when there are none. */
export function summedUpTail(text: string): string | null {
  const last = lastMatch(text.toLowerCase(), SUMMING_UP);
  const at = last ? (last.index ?? 0) + last[0].length : -1;
  return at > 0 && at < text.length ? text.slice(at) : null;
}
