// belt_level: a belt someone else got alongside the user is the user's too. "my husband got his
// purple the same day I did!", "my buddy got his blue same night as me", "my wife and I got purple
// together", "my brother got his brown when I did" name another person, yet tell the user's own belt;
// "my coach got his black the year I started" does not.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The belt at `mention`, said of someone else, was got at the same time by the user. */
export function sharedWithUser(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const clause = tokens[mention.start]?.clause;
  const inClause = (k: number): boolean => tokens[k]?.clause === clause;
  const text = (k: number): string => tokens[k]?.text ?? '';
  // "…and I got purple", "my husband and i both got our purples": the user in the subject
  for (let k = mention.start - 1; k >= 1 && inClause(k); k--)
    if (text(k) === 'i' && text(k - 1) === 'and' && GOT_TOGETHER.has(text(k + 1))) return true;
  for (let k = mention.end; k - mention.end < REACH && inClause(k); k++) {
    // "the same day I did", "same night as me", "at the same grading as i did"
    if (text(k) === 'same' && TIMES.has(text(k + 1))) return saysTheUser(tokens, k + 2);
    // "when I did", "with me", "alongside me", "together with me", "and so did I"
    if (ALONG.has(text(k)) && saysTheUser(tokens, k + 1)) return true;
    if (text(k) === 'so' && text(k + 1) === 'did' && text(k + 2) === 'i') return true;
  }
  return false;
}

/** "I did", "i got mine", "me", "mine", "as me", "that i got my…": the user, after a link word or two. */
function saysTheUser(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (LINKS.has(tokens[k]?.text ?? '') && k - from < 2) k++;
  const word = tokens[k]?.text ?? '';
  if (word === 'me' || word === 'mine') return true;
  // "the same day i got my blue" tells a belt of the user's own, not this one
  return word === 'i' && DID.has(tokens[k + 1]?.text ?? '') && !OWN.has(tokens[k + 2]?.text ?? '');
}

const REACH = 8;
const TIMES: ReadonlySet<string> = new Set([
  ...['day', 'night', 'time', 'week', 'class', 'grading', 'ceremony', 'seminar', 'promotion', 'promo'],
  ...['evening', 'morning', 'session', 'month'],
]);
const LINKS: ReadonlySet<string> = new Set(['as', 'that', 'when', 'with', 'like']);
const ALONG: ReadonlySet<string> = new Set(['when', 'with', 'alongside', 'beside']);
const DID: ReadonlySet<string> = new Set(['did', 'got', 'was', 'were', 'earned', 'received', 'had']);
const OWN: ReadonlySet<string> = new Set(['my', 'a', 'an', 'the', 'to']);
const GOT_TOGETHER: ReadonlySet<string> = new Set(['both', 'got', 'earned', 'received', 'were', 'just']);
