// "im a white belt still, tonight we drilled kimuras…", "honestly more of a top guy, … passed everyone
// tonight": an opening clause that says who the user is (their belt, the kind of player they are)
// answers the pending question even when a log of tonight's session follows. A log that only holds
// a count, a belt or a position ("rolled 6 times with the comp team tonight", "half guard all class")
// names no identity, so it stays a log.

import { scoreTrainingLog } from '../chat-routing';
import { parseProfileAnswer } from './parse';
import type { ProfileField, ProfileValue } from './types';

// hedges and fillers around the identity: "honestly", "tbh", "still", "definitely"
const FILLER = '(?:honestly|tbh|ngl|yeah|yea|yes|well|ok|okay|definitely|def|probably|prob|mostly|still|just|lol|haha)';
const I_AM = "(?:i'?m|i am|im)";
const DEGREE = '(?:more of|mostly|kind of|kinda|sort of|definitely|def|probably|still|just|only|always)';
const COLOUR = '(?:white|blue|purple|brown|black)';
const SIDE = '(?:top|bottom|guard|half guard|pressure|passing|wrestling|leg lock|butterfly|open guard|closed guard)';
const KIND = '(?:guy|girl|gal|dude|player|person|passer|man|woman)';
const TRAIL = '(?:still|tbh|honestly|now|lol|haha|for sure|through and through|at heart|really)';
const IDENTITY: Partial<Record<ProfileField, RegExp>> = {
  // "im a white belt still", "still a blue belt tbh", "purple belt now"
  belt_level: new RegExp(
    `^\\s*(?:${FILLER}\\s+)*(?:${I_AM}\\s+)?(?:${DEGREE}\\s+)?(?:an?\\s+)?${COLOUR}\\s+belt(?:\\s+${TRAIL})*\\s*$`,
    'i',
  ),
  // "more of a top guy", "im a guard player", "definitely a bottom person tbh"
  main_position: new RegExp(
    `^\\s*(?:${FILLER}\\s+)*(?:${I_AM}\\s+)?(?:${DEGREE}\\s+)?(?:an?\\s+)?${SIDE}\\s+${KIND}(?:\\s+${TRAIL})*\\s*$`,
    'i',
  ),
};

/** The first clause, up to its first stop. */
const FIRST_CLAUSE = /^[^,.;:!?\n]*/;

/** The value an identity-stating first clause gives the pending field, with more after it; else null. */
export function identityLead(field: ProfileField, text: string): ProfileValue | null {
  const pattern = IDENTITY[field];
  const lead = FIRST_CLAUSE.exec(text)?.[0] ?? '';
  if (!pattern || lead.length === text.length || !pattern.test(lead)) return null;
  // "top guy on the mats tonight" would tell the session; the identity clause holds none of it
  if (scoreTrainingLog(lead).score >= 1) return null;
  return parseProfileAnswer(field, lead);
}
