// "my turtle is solid but i never go anywhere from it. from turtle, how do i get back to guard?",
// "it's side control where i get stuck and can't get back to guard": recovering guard from under a
// pin is escaping that pin too.
import { type TopicId } from '../../data/canonical-topics';

const RECOVERING =
  /\b(?:recover(?:ing)?|regain(?:ing)?|replac(?:e|ing)|get(?:ting)? back to|back to)\s+(?:my\s+)?guard\b/;
// a pass named beside it is what the retention stops ("stop getting passed and recover guard")
const PASSED = /\bpass(?:ed|es|ing)?\b|\bget(?:s|ting)? past\b/;
const PINS: readonly TopicId[] = ['turtle', 'side_control', 'mount', 'knee_on_belly', 'north_south'];

/** Guard retention read from a recovery under a pin adds the pin's escape. */
export function withGuardRecoveredFromPin(query: string, found: Set<TopicId>): void {
  if (!found.has('guard_retention')) return;
  const text = query.toLowerCase();
  if (!RECOVERING.test(text) || PASSED.test(text)) return;
  const pins = PINS.filter((p) => found.has(p));
  if (!pins.length) return;
  for (const p of pins) found.add(`${p}_escape` as TopicId);
}
