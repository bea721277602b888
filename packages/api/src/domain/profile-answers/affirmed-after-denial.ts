// training_goals and main_position: "i'm not here for a workout or to learn parking lot stuff, i want
// to win the state championship", "closed guard bores me and so does bottom, give me mount": after
// what the user denies or sits out ("i skip the comp class, im there to learn"), what they then say
// they want is the answer. Denied values read inside the
// denial's own words leak through the denial rules too often; the part after the turn is cleaner.
import { lastMatch } from './text';
import type { ProfileField } from './types';

const FIELDS: ReadonlySet<ProfileField> = new Set(['training_goals', 'main_position']);
const DENIAL =
  /\b(?:not|dont|don't|never|no|isnt|isn't|arent|aren't|hate|bores?|boring|without|nothing|cant|can't|avoid|anything but|skip|skips|sit out|dodge|dodges|stay away from)\b/;
// the turn: a break or "but", then the user's own want ("i want", "i'm here to", "give me")
const TURN =
  /(?:[,.;!—-]|\bbut\b)\s*(?:(?:but|tho|though|so|honestly|really|actually)\s+)*(i\s+(?:just\s+|really\s+|mainly\s+|mostly\s+|also\s+)?(?:want|wanna|need|am here|m here|'m here|train|do it|do this|like|love|prefer)\b|give me\b|i'?m (?:here|there|in it)\b)/g;

/** The part after the last turn to a want that follows a denial, or null. */
export function affirmedAfterDenial(field: ProfileField, text: string): string | null {
  if (!FIELDS.has(field)) return null;
  const lower = text.toLowerCase();
  const turn = lastMatch(lower, TURN);
  // the want itself starts the part: "i want to win pans"
  const at = turn ? (turn.index ?? 0) + turn[0].length - (turn[1]?.length ?? 0) : -1;
  return at > 0 && DENIAL.test(lower.slice(0, at)) ? text.slice(at) : null;
}
