// "stuck under north south and they keep choking me": a choke told from north south, with no choke
// named, is the north south choke — defended when the user is the one under the position.
import type { TopicId } from '../../data/canonical-topics';
import { CHOKES } from '../../data/topic-families';

// (and in Portuguese and Spanish: "estrangulamento do norte-sul")
const CHOKED = /\b(?:chok(?:e|es|ed|ing)|estrangul\w*|strangl\w*|ahorc\w*)\b/g;
// "north south but not the choke", "never mind chokes": the choke ruled out
const NEGATED = /\b(?:no|not|never mind|without|except|nothing)\b(?:\s+\S+){0,2}\s*$/;
const CHOKED_ME = /\bchok(?:e|es|ed|ing)\s+me\b|\bchoked\s+out\b|\b(?:get|gets|getting|got)\s+choked\b/;

/** A choke word in the message that nothing before it rules out. */
const saysChoked = (text: string): boolean =>
  [...text.matchAll(CHOKED)].some((m) => !NEGATED.test(text.slice(0, m.index)));

export function withNorthSouthChoke(query: string, found: Set<TopicId>, excluded: ReadonlySet<TopicId>): void {
  const text = query.toLowerCase();
  if (!found.has('north_south') || excluded.size || !saysChoked(text)) return;
  // a choke already named (the north south choke among them) is the one asked
  if (CHOKES.some((t) => found.has(t))) return;
  found.add('north_south_choke');
  if (found.has('north_south_escape') || CHOKED_ME.test(text)) found.add('north_south_choke_defense');
}
