// Punctuation said aloud to a phone ("de la riva sweeps for the mixed class please full stop", "how
// do i get out of mount period thanks"): the mark it stands for, so "stop" is not read as stopping
// something and a sentence ends where the speaker ended it.
const SAID_MARKS: readonly [RegExp, string][] = [
  [/\bfull stop\b/gi, '.'],
  [/\bquestion mark\b/gi, '?'],
  [/\bexclamation (?:mark|point)\b/gi, '!'],
  [/\bnew (?:line|paragraph)\b/gi, '.'],
  // "period" is also a span of time: only as a mark before a sign-off or at the end
  [/\bperiod\b(?=\s*(?:thanks|thank you|cheers|ty|thx|$))/gi, '.'],
];
const ANY_MARK = /\b(?:full stop|question mark|exclamation|new line|new paragraph|period)\b/i;

/** The message with punctuation said aloud written as punctuation. */
export function withDictatedMarks(text: string): string {
  if (!ANY_MARK.test(text)) return text;
  return SAID_MARKS.reduce((t, [said, mark]) => t.replace(said, mark), text);
}
