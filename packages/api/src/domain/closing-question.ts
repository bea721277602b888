// The question a message ends with, after a story: "we did side control escapes all class, why is
// that so hard" vents about training that happened (still a log); "did 5 rounds and got heel hooked
// in all of them, how do i defend heel hooks" asks for help with a technique (a video request); a
// question naming a technique without an explicit ask is left to the whole message's cues.

import { extractTopics } from './topics';

export type ClosingQuestion =
  /**
   * A complaint put as a question ("why is that so hard"), or a yes-or-no question about no
   * technique ("is it normal to feel this lost?"): what came before decides.
   */
  | { readonly kind: 'aside'; readonly story: string }
  /** An explicit ask for help ("how do i defend heel hooks", "how do i fix it", "any tips?", "…, help", "como lo defiendo"). */
  | { readonly kind: 'help'; readonly story: string };

// Sentences and clauses: the question is the last of them, the story what comes before.
// "… from everywhere lol how do i not get wristlocked": chat laughter ends a sentence too
const CLAUSE_BREAK = /[.,;:!?\n]+|\s-+\s|\s(?:lol|lmao|haha+|smh)\s/g;

const FILLERS = /^(?:(?:and|but|so|ok|okay|lol|ugh|man|like|seriously|honestly|also|anyway|btw)\s+)*/;
const VENTING = /^(?:why|how come|whats up with|what is up with|what's up with)\b/;
const HELP =
  /^(?:how (?:do|can|should|would|could|to|does one)\b|what(?:'s| is|s)? (?:the (?:best|fastest|quickest|easiest|simplest|right|proper|correct|safest) way|should i|should we|can i|can we|do i|do we|am i)\b|any (?:[a-z]+ ){0,3}?(?:tips|advice|ideas|drills|videos?|vids?|suggestions|pointers)\b|is there a (?:way|trick)\b|should (?:i|we) (?:learn|drill|study|work on|focus on|watch)\b|(?:can|could) (?:you|u|ya|someone|anyone)\b|(?:show|send|give) me\b|help me\b|(?:explain|teach me|break down)\b|(?:(?:pls|please|plz)\s+)?h[ae]lp(?:\s+(?:pls|please|plz|needed))?\s*$|c[oó]mo (?:lo|la|los|las|le|me|se|eu|fa[cç]o|hago|puedo|posso|defiendo|defendo|escapo|salgo|saio|paso|passo)\b)/;
const ASKS_FOR_CONTENT = /\b(?:tips?|advice|videos?|vids?|drills?|help|pointers|suggestions)\b/;
/** A yes-or-no question: "is it normal to be this sore?", "anyone else love open mat?", "should i ice them?". */
const YES_NO = /^(?:is|are|was|were|do|does|did|has|have|anyone|anybody|should|can|could|will)\b/;
/** Who is coming, what time: the gym's plans, not help with a technique. */
const SOCIAL =
  /^(?:who(?:'s|s| is| else is)? (?:coming|going|in|down|around|training|rolling|free)|what time\b|see (?:you|u|ya|yall)\b)/;

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
    if (VENTING.test(clause)) return { kind: 'aside', story };
    // "how do i fix it": the technique is the story's
    if (HELP.test(clause)) return { kind: 'help', story };
    const namesContent = ASKS_FOR_CONTENT.test(clause) || extractTopics(clause).length > 0;
    if ((YES_NO.test(clause) || SOCIAL.test(clause)) && !namesContent) return { kind: 'aside', story };
    return null;
  }
  return null;
}
