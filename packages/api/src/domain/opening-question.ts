// The question a message opens with, before its story: "x guard entries from butterfly? we drilled
// it in class but i forgot the details already" asks about a technique and then says why; the story
// is context for the ask, so the message is a request. A question that recalls or reports ("remember
// that armbar?", "guess who hit a triangle?") or that the story answers ("armbar? finally hit it
// tonight") is not an ask about a technique.

import { extractTopics } from './topics';

/** The first sentence, when it ends in a question mark, and what follows it. */
const OPENING_QUESTION = /^([^.!?\n]*)\?+\s*(\S[\s\S]*)?$/;
/** A technique asked about is named in a few words: "loop choke?", "wristlock from guard??". */
const MAX_QUESTION_WORDS = 8;
/** Openers that recall, report or chat rather than ask about the technique named. */
const NOT_AN_ASK =
  /^(?:(?:so|ok|okay|hey|yo|and|but|lol)\s+)*(?:remember|guess|know|did|didnt|didn't|have|has|had|was|were|who|you|u|ya|ever)\b/;

/** What the rest says is missing: "i forgot the details", "cant get it to work", "how". */
const STILL_NEEDED =
  /\b(?:forgot|forget|forgotten|confused|lost|struggl\w*|cant|can't|cannot|dont get|don't get|how|help|tips|not sure|no idea|explain|remind|details|stuck)\b|\?/;

/** True when the message opens with a short question about a technique and goes on after it. */
export function opensWithTechniqueQuestion(text: string): boolean {
  const match = OPENING_QUESTION.exec(text.toLowerCase().replace(/[\u2018\u2019`]/g, "'"));
  const question = match?.[1]?.trim() ?? '';
  if (!match?.[2] || !/[a-z]/.test(match[2]) || !/[a-z]/.test(question)) return false;
  if (question.split(/\s+/).length > MAX_QUESTION_WORDS || NOT_AN_ASK.test(question)) return false;
  // "armbar? finally hit it tonight" answers itself: the story must say what is missing
  if (!STILL_NEEDED.test(match[2])) return false;
  return extractTopics(question).length > 0;
}
