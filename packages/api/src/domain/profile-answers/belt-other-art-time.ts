// belt_level: time on the mats or a level said of another art, which says nothing of BJJ: "10 years
// karate, 4 years wrestling, 0 years bjj until last month", "did judo for about ten years as a kid",
// "not a beginner in judo, but in bjj still on my first belt". Only an art attached to the time or
// level counts, right after it ("10 years of judo", "beginner in judo") or right before it ("judo for
// ten years", "judo beginner"); one named elsewhere in the answer leaves it BJJ's.

import { compileLexicon, findMentions } from './lexicon';
import { ART_WORDS, type Art } from './belt-words';
import type { Token } from './text';

// wrestling is time on a mat too, so told apart like the arts ("3 years running" is no sport)
const artLexicon = compileLexicon<Art>([...ART_WORDS, ['wrestling|wrestled', 'other']]);

/** The span [start, end) is said of another art than BJJ. */
export function inAnotherArt(tokens: readonly Token[], start: number, end: number): boolean {
  const arts = findMentions(artLexicon, tokens);
  let k = end;
  while (k - end < MAX_LINKS && AFTER_LINKS.has(tokens[k]?.text ?? '')) k++;
  const after = arts.find((a) => a.start === k);
  if (after) return after.value === 'other';
  let b = start - 1;
  while (start - 1 - b < MAX_LINKS && BEFORE_LINKS.has(tokens[b]?.text ?? '')) b--;
  return arts.find((a) => a.end === b + 1)?.value === 'other';
}
const MAX_LINKS = 3;
// "10 years of judo", "beginner in judo", "4 years doing wrestling"
const AFTER_LINKS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'doing', 'training', 'em', 'en', 'de']);
// "judo for about ten years", "judo nearly 10 years"
const BEFORE_LINKS: ReadonlySet<string> = new Set(['for', 'about', 'around', 'nearly', 'almost', 'over', 'like', '~']);
