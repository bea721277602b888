// "he kept catching me in a kimura. how do i stop it from half guard?": a question that points back
// at the story asks about the story's technique, though it names only a place of its own.
import { LIMB_KEEPING_VERBS, PROTECTED_LIMBS } from '../../data/topic-aliases';

/**
 * "… stop it from half guard", "… defend that when im passing", "… keep my arms safe", "… fight the
 * hands": the question points back.
 */
export const pointsBackAtStory = (asking: string): boolean => POINTING_BACK.test(asking.toLowerCase());

// a pronoun as the object, followed by where or when ("it from", "that when", "it?"), not "it is"
const PRONOUN = String.raw`\b(?:it|that|this)\b(?=\s*(?:$|[?.!,]|(?:from|in|into|when|if|before|after|without|once|on|off|with|to)\b))`;
// ("how does he protect his neck": asked for someone else)
const LIMB_KEPT = String.raw`\b(?:${LIMB_KEEPING_VERBS.join('|')})\s+(?:my|his|her|their)\s+(?:${PROTECTED_LIMBS.join('|')})s?\b`;
// "how do i fight the hands and actually get out": the hands of the story's choke
const HANDS_FOUGHT = String.raw`\b(?:fight|fighting|win|winning)\s+the\s+hands\b|\bhand\s*fight(?:ing)?\b`;
// "how to defend the choke AND get out of turtle": a kind said with "the" is the story's one
const THE_KIND = String.raw`\b(?:defend|stop|escape|survive|counter|avoid)\s+the\s+(?:choke|sub|submission|lock|armlock|leglock)\b`;
const POINTING_BACK = new RegExp(`${PRONOUN}|${LIMB_KEPT}|${HANDS_FOUGHT}|${THE_KIND}`);

/** Verbs that go on with the user's own attack: "turn it into a sweep", "finish it from mount". */
export const GOING_ON_WITH: ReadonlySet<string> = new Set([
  ...['finish', 'finishing', 'turn', 'turning', 'chain', 'chaining', 'hit', 'hitting', 'land', 'landing'],
  ...['set', 'setting', 'combine', 'link', 'follow'],
]);
export const POINTERS: ReadonlySet<string> = new Set(['it', 'that', 'this']);
// ("hit that guy", "finish this one": no pronoun)
const NOT_A_PRONOUN: ReadonlySet<string> = new Set(['is', 'was', 'guy', 'one', 'way']);

/** "… how do i turn it into a sweep", "… finish it from mount": the question points back at the user's own attack. */
export function pointsBackAtOwnAttack(asking: string): boolean {
  const words = asking.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.some(
    (w, k) =>
      (GOING_ON_WITH.has(w) && POINTERS.has(words[k + 1] ?? '') && !NOT_A_PRONOUN.has(words[k + 2] ?? '')) ||
      // "how does she make it work from closed guard"
      (w === 'make' && POINTERS.has(words[k + 1] ?? '') && words[k + 2] === 'work'),
  );
}

/** "… heel hooks legal for my division … what finishes can i go for from there?": submissions asked as a kind. */
export const asksSubmissionsAsAKind = (asking: string): boolean => SUBMISSIONS_AS_A_KIND.test(asking.toLowerCase());
// (not "what other subs": the story's are the ones not wanted)
const SUBMISSIONS_AS_A_KIND =
  /\b(?:what|which|any|best|good)\s+(?:(?!other|else|new|different|more)\w+\s+)?(?:finishes|subs|submissions)\b/;
