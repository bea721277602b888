// "balanced i reckon, played top and bottom about evenly tonight", "compete at pans next year. did 8
// hard rounds tonight": an opening clause that is nothing but a plain answer (the value, hedged at
// most) answers the pending question even when a log of tonight's session follows. A log whose first
// clause merely holds a count, a belt or a position ("half guard all class, underhook sweeps",
// "trained 3 times this week, today was…", "x guard drills, rolled 3") is no plain answer, so it
// stays a log. pending-identity.ts reads the "who I am" clauses ("im a white belt still").

import { scoreTrainingLog } from '../chat-routing';
import { parseProfileAnswer } from './parse';
import type { ProfileField, ProfileValue } from './types';

// hedges before the answer: "honestly", "tbh", "mostly"
const BEFORE =
  "(?:honestly|tbh|ngl|yeah|yea|yes|well|ok|okay|definitely|def|probably|prob|mostly|mainly|usually|normally|just|pretty much|more|more like|id say|i'd say|i think|i guess|i reckon)";
// hedges after it: "i reckon", "lol", "mostly", "these days"
const AFTER =
  "(?:i reckon|i think|i guess|i'?d say|id say|probably|prob|mostly|mainly|usually|normally|really|tbh|honestly|ngl|lol|lmao|haha|for sure|def|definitely|these days|nowadays|now|atm|mate|bro|man)";
const ANSWER: Partial<Record<ProfileField, string>> = {
  // "top", "balanced", "a bit of both", "guard mostly"
  main_position: '(?:top|bottom|guard|balanced|both|a bit of both|bit of both|mix of both|half and half|50\\/50|even)',
  // "compete at pans next year", "fitness", "just for fun", "self defence"
  training_goals:
    "(?:(?:to\\s+)?(?:compete|competing|competition|comps|win|medal)(?:\\s+(?:at|in)\\s+(?:the\\s+)?[a-z']+(?:\\s+[a-z']+)?)?(?:\\s+(?:next|this)\\s+(?:year|season|summer|spring|autumn|fall|winter))?|fitness|(?:for\\s+)?fun|self[\\s-]?defen[cs]e|to get better|getting better|(?:to\\s+)?(?:get|stay|keep)\\s+fit)",
  // "twice a week", "3x a week", "4 days a week"
  training_frequency:
    '(?:once|twice|thrice|\\d{1,2}\\s*x?|one|two|three|four|five|six|seven)(?:\\s+(?:times|days|sessions|classes|nights))?\\s*(?:a|per|\\/|every|each)\\s*(?:week|wk)',
};

const patternOf = (answer: string): RegExp => new RegExp(`^\\s*(?:${BEFORE}\\s+)*${answer}(?:\\s+${AFTER})*\\s*$`, 'i');
const PATTERNS: Partial<Record<ProfileField, RegExp>> = Object.fromEntries(
  Object.entries(ANSWER).map(([field, answer]) => [field, patternOf(answer)]),
);

/** The first clause, up to its first stop. */
const FIRST_CLAUSE = /^[^,.;:!?\n]*/;

/** The value a plain-answer first clause gives the pending field, with more after it; else null. */
export function plainAnswerLead(field: ProfileField, text: string): ProfileValue | null {
  const pattern = PATTERNS[field];
  const lead = FIRST_CLAUSE.exec(text)?.[0] ?? '';
  if (!pattern || lead.length === text.length || !pattern.test(lead)) return null;
  // "top game day: …" heads a write-up; a session word in the clause makes it part of the log
  if (text[lead.length] === ':' || scoreTrainingLog(lead).score >= 1) return null;
  return parseProfileAnswer(field, lead);
}
