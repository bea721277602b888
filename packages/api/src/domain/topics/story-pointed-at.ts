// "he kept catching me in a kimura. how do i stop it from half guard?": a question that points back
// at the story asks about the story's technique, though it names only a place of its own.
import { PROTECTED_LIMBS } from '../../data/topic-aliases';

/** "… stop it from half guard", "… defend that when im passing", "… keep my arms safe": the question points back. */
export const pointsBackAtStory = (asking: string): boolean => POINTING_BACK.test(asking.toLowerCase());

// a pronoun as the object, followed by where or when ("it from", "that when", "it?"), not "it is"
const PRONOUN = String.raw`\b(?:it|that|this)\b(?=\s*(?:$|[?.!,]|(?:from|in|into|when|if|before|after|without|once|on|off|with|to)\b))`;
const LIMB_KEPT = String.raw`\b(?:keep|protect)\s+my\s+(?:${PROTECTED_LIMBS.join('|')})s?\b`;
const POINTING_BACK = new RegExp(`${PRONOUN}|${LIMB_KEPT}`);
