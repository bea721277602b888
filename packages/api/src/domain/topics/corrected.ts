// A name taken back mid-message: "triangel from the mount, no wait, arm tringle from mount", "what
// collar chokes from back control? no wait i mean from mount", "and backtakes. no wait just mount".
// What the correction names replaces what the words right before it named of the same kind (a
// technique for a technique, a place for a place; after "just", "only" or "so", everything they
// named), unless it is named again further on.
import { type TopicId, baseTopicOf, isAttire, isPosition, isTechnique } from '../../data/canonical-topics';

// (a bare "i mean" is chat's filler: "i mean, mount escapes are fine")
const CORRECTION =
  /(?:^|[\s,.;!?])(?:no+\s+wait|wait\s+no+|nah\s+wait|no+\s+sorry|sorry\s+i\s+mean|no+\s+i\s+mean|nah\s+i\s+mean|or\s+rather|scratch\s+that|nao\s+pera|quer\s+dizer|perdon\s+quise\s+decir|anzi(?:\s+no)?)\b[\s,.:!-]*(?:i\s+mean\s+|(?:scusate|scusa|sorry)\b[\s,.]*)?/g;
const SENTENCE_END = /[.?!;]/;
const CLAUSE_END = /[.?!;,]/;

type Kind = 'technique' | 'position' | 'attire';
const kindOf = (topic: TopicId): Kind | undefined => {
  const base = baseTopicOf(topic);
  if (isAttire(base)) return 'attire';
  if (isTechnique(base)) return 'technique';
  return isPosition(base) ? 'position' : undefined;
};

/** The topics to drop: those a correction in `plain` (the message in plain letters) takes back. */
export function takenBack(plain: string, read: (words: string) => readonly TopicId[]): Set<TopicId> {
  const dropped = new Set<TopicId>();
  for (const m of plain.matchAll(CORRECTION)) {
    const start = m.index + (/^[\s,.;!?]/.test(m[0]) ? 1 : 0);
    const before = lastSentence(plain.slice(0, start));
    const rest = plain.slice(m.index + m[0].length);
    const end = rest.search(CLAUSE_END);
    const after = end < 0 ? rest : rest.slice(0, end);
    // ("… no wait, the kimura from half guard. also closed guard sweeps": named again in a later
    // sentence, still asked)
    const next = rest.search(SENTENCE_END);
    const again = next < 0 ? [] : read(rest.slice(next));
    const told = read(before).filter((t) => !again.includes(t));
    const instead = read(after);
    // ("no wait, also the triangle": added, not instead)
    if (!told.length || !instead.length || /^\s*(?:also|and|plus|too)\b/.test(after)) continue;
    const everything = /^\s*(?:just|only|so)\b/.test(after);
    const kinds = new Set(instead.map(kindOf));
    for (const t of told) if (!instead.includes(t) && (everything || kinds.has(kindOf(t)))) dropped.add(t);
  }
  return dropped;
}

/** The text since the last sentence end, less the punctuation that closes it. */
function lastSentence(text: string): string {
  const trimmed = text.replace(/[\s,.;!?]+$/, '');
  let i = trimmed.length - 1;
  while (i >= 0 && !SENTENCE_END.test(trimmed[i] ?? '')) i--;
  return trimmed.slice(i + 1);
}
