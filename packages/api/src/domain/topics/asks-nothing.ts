// A message that says it asks nothing ("anyways no question i guess just venting, my body hurts",
// "nothing specific, just proud i made it", "grabbing coffee before the no gi class anyone want
// anything"): the techniques of its story are told, not asked. Something asked after the words still counts.
const SAYS_NO_QUESTION =
  /\b(?:no\s+(?:real\s+)?question|not\s+(?:really\s+)?(?:a|any)\s+question|just\s+(?:venting|ranting|a\s+rant)|nothing\s+specific|not\s+a\s+technique\s+(?:q|question)|anyone\s+want\s+anything)\b(?![^?]*(?:\?|\b(?:show|send|how|what|which|any|need|want|wanna)\b))/;

/** Whether `plain` (plain lower-case letters) says it asks nothing, with nothing asked after. */
export const saysItAsksNothing = (plain: string): boolean => SAYS_NO_QUESTION.test(plain);
