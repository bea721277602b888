import { BODY_PARTS as BODY, PAIN_WORDS as PAINS } from '../data/body-and-pain';

// "my knee hurts after rolling": a message about pain or an injury. Prof. OS coaches technique, not
// medicine, so it says so before anything else.
const PAIN_WORDS: ReadonlySet<string> = new Set(PAINS);
const BODY_PARTS: ReadonlySet<string> = new Set(BODY);
const RETURNING: ReadonlySet<string> = new Set(['coming', 'come', 'came', 'comes', 'going', 'went', 'im']);

/**
 * The text without a worry about getting hurt ("tips for rolling with big guys without getting
 * hurt"): fearing an injury is not reporting one.
 */
export const withoutWorries = (text: string): string => text.replace(WORRY, ' ');
const WORRY =
  /\b(?:without|not|avoid|never|dont|don't|stop)\s+(?:(?:me\s+)?(?:getting|get|being)\s+)?(?:hurt|injured|broken|wrecked|banged up|hurting myself)\b/gi;

/** The body part a message about pain or injury names ("knee"), "" when it names none, or null when it is not about one. */
export function injuryOf(text: string): string | null {
  const words = withoutWorries(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.some((w) => PAIN_WORDS.has(w))) return null;
  // "coming back after knee surgery": back is where they return, not a body part
  return words.find((w, i) => BODY_PARTS.has(w) && !(w === 'back' && RETURNING.has(words[i - 1] ?? ''))) ?? '';
}
