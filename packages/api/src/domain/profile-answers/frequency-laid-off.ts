// training_frequency: an answer from someone off the mats for now ("was training 6x, tore my acl, not
// been back yet", "was 2x before covid, been off since", "none atm, ankle in a boot, normally 3")
// states no sessions a week now, whatever it was before or usually is; "…, back to 2x now" is a habit.

import type { Token } from './text';

/** The user says they train none right now and names no return after it. */
export function laidOffNow(tokens: readonly Token[]): boolean {
  const words = ` ${tokens.map((t) => t.text).join(' ')} `;
  const off = LAID_OFF.map((pattern) => pattern.exec(words)).find((m): m is RegExpExecArray => m !== null);
  return off !== undefined && !BACK.test(words.slice(off.index));
}

const LAID_OFF: readonly RegExp[] = [
  // "not been back yet", "haven't been back since", "havent been back on the mats"
  / (?:not|haven't|havent|have not|hasn't|hasnt) (?:been|gone|made it) back\b/,
  // "been off since", "off since march", "been off the mats for a month"
  / (?:been )?off (?:since|the mats|for (?:a|the|\d+|two|three|four|six) (?:while|bit|weeks?|months?))\b/,
  // "none atm", "zero right now", "nothing at the moment": none now
  / (?:none|zero|nothing|0) (?:atm|rn|right now|at the moment|currently|for now)\b/,
  / (?:out injured|on a break|taking a break|on hiatus|sidelined)\b/,
];
// "…, back to 2x now", "back at it 3 times a week": the return is the habit now
const BACK = / back (?:to|at it|on the mats|training|in the gym)\b| now (?:i |im |i'm )?(?:go|train|do)\b/;
