// "how do i keep butterfly guard when someone drives into me": keeping a guard of the user's own
// against someone is keeping it from being passed, guard retention.
import { type TopicId, isPosition } from '../../data/canonical-topics';
import { isGuard } from './whose-guard';

// "keep my half guard", "keeping the butterfly guard", "maintain dlr", "keep deep half" (not "keep closed guard closed",
// "keep getting …", "keep it tight")
const KEPT =
  /\b(?:keep|keeping|maintain|maintaining|retain|retaining)\s+(?:my\s+|the\s+)?(?:[a-z]+\s+){0,2}guard\b(?!\s+closed)|\b(?:keep|keeping|maintain|maintaining)\s+(?:my\s+)?(?:dlr|rdlr|butterfly|spider|lasso|deep half|half)\b(?!\s+(?:the|my|of)\b)/;
// against someone: "when someone drives into me", "when they stand", "against a wrestler"
const AGAINST = /\b(?:when|against|vs|once|while|if)\b/;

export function withGuardKept(query: string, found: Set<TopicId>): void {
  if (found.has('guard_retention') || found.has('guard_passing')) return;
  if (![...found].some((t) => isPosition(t) && isGuard(t))) return;
  const text = query.toLowerCase();
  if (KEPT.test(text) && AGAINST.test(text.slice(text.search(KEPT)))) found.add('guard_retention');
}
