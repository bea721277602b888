// main_position: "me" for "my", as said in Ireland, Britain and Australia: "can't stand being on me
// back", "me training partner's a guard player". Read as "my", the back is the user's own and the
// partner someone else (others.ts reads "my partner…" as theirs). Only before a person's noun, or
// before a body part after a preposition ("put me back in guard" keeps its "me").

import type { Token } from './text';
import { OTHER_SUBJECTS } from './other-subject-words';

// the pronouns among the subjects name no one owned: "let me they…" is no "my"
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'people', 'everyone', 'everybody']);
/** Words between the "me" and the person: "me old coach", "me training partner". */
const DESCRIBING: ReadonlySet<string> = new Set(['training', 'main', 'old', 'best', 'regular', 'usual', 'sparring']);
const BODY: ReadonlySet<string> = new Set(['back', 'bum', 'butt', 'arse', 'ass', 'backside', 'knees', 'knee', 'neck']);
const PLACED: ReadonlySet<string> = new Set(['on', 'off', 'from', 'onto', 'to', 'flat', 'playing']);

const owned = (tokens: readonly Token[], i: number): boolean => {
  let next = i + 1;
  while (DESCRIBING.has(tokens[next]?.text ?? '')) next += 1;
  const noun = tokens[next]?.text ?? '';
  if (OTHER_SUBJECTS.has(noun) && !PRONOUNS.has(noun)) return true;
  return BODY.has(tokens[i + 1]?.text ?? '') && PLACED.has(tokens[i - 1]?.text ?? '');
};

/** The tokens with each "me" that owns what follows read as "my". */
export function ownedMe(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((t) => t.text === 'me')) return tokens;
  return tokens.map((t, i) => (t.text === 'me' && owned(tokens, i) ? { ...t, text: 'my' } : t));
}
