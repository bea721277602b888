// "my back gets taken and i tap to the choke", "he takes my back and chokes me": a choke told from a
// back the user is under, with no choke named, is the rear naked choke, defended. (In the gi the
// collar chokes are as likely, so there it stays unnamed.)
import type { TopicId } from '../../data/canonical-topics';
import { CHOKES } from '../../data/topic-families';

const CHOKED_USER =
  /\b(?:tap|taps|tapping|tapped)\s+(?:to|from)\s+(?:the|a|his|their|that)\s+chokes?\b|\bchok(?:es|ed|ing)\s+me\b|\b(?:get|gets|getting|got)\s+choked\b|\bchoked\s+out\b/;

export function withBackChokeDefended(query: string, found: Set<TopicId>, excluded: ReadonlySet<TopicId>): void {
  const underTheBack = found.has('back_take_defense') || found.has('back_control_escape');
  if (!underTheBack || found.has('gi') || excluded.size || CHOKES.some((t) => found.has(t))) return;
  if (!CHOKED_USER.test(query.toLowerCase())) return;
  found.add('rear_naked_choke');
  found.add('rear_naked_choke_defense');
}
