// The question a message ends with, after a story: "we did side control escapes all class, why is
// that so hard" vents about training that happened (still a log); "did 5 rounds and got heel hooked
// in all of them, how do i defend heel hooks" asks for help with a technique (a video request).

import { extractTopics } from './topics';

export type ClosingQuestion =
  /** A complaint put as a question ("why is that so hard"): what came before decides. */
  | { readonly kind: 'venting'; readonly story: string }
  /** An explicit ask for help with a technique, or for tips or videos. */
  | { readonly kind: 'help' };

// Sentences and clauses: the question is the last of them, the story what comes before.
const CLAUSE_BREAK = /[.,;:!?\n]+|\s-+\s/g;

const FILLERS = /^(?:(?:and|but|so|ok|okay|lol|ugh|man|like|seriously|honestly|also|anyway|btw)\s+)*/;
const VENTING = /^(?:why|how come|whats up with|what is up with|what's up with)\b/;
const HELP =
  /^(?:how (?:do|can|should|would|could|to|does one)\b|what(?:'s| is|s)? (?:the best way|should i|should we|can i|do i)\b|any (?:tips|advice|ideas|drills|videos?|suggestions|pointers)\b|is there a (?:way|trick)\b|(?:can|could) (?:you|someone|anyone)\b|(?:show|send|give) me\b|help me\b)/;
const ASKS_FOR_CONTENT = /\b(?:tips?|advice|videos?|vids?|drills?|help|pointers|suggestions)\b/;

export function closingQuestion(text: string): ClosingQuestion | null {
  const lower = text.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
  const starts = [0, ...[...lower.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)];
  // the last clause with words in it, and the story before it
  for (let k = starts.length - 1; k > 0; k--) {
    const at = starts[k] ?? 0;
    const clause = lower.slice(at).trim().replace(FILLERS, '');
    if (!/[a-z]/.test(clause)) continue;
    const story = text.slice(0, at);
    if (!/[a-z]/i.test(story)) return null;
    if (VENTING.test(clause)) return { kind: 'venting', story };
    if (HELP.test(clause) && (ASKS_FOR_CONTENT.test(clause) || extractTopics(clause).length > 0))
      return { kind: 'help' };
    return null;
  }
  return null;
}
