// main_position: a side someone else puts on the user, then doubted by the user, is no side stated:
// "my training partner says I'm a top player but honestly I don't know", "coach reckons im a guard
// guy, idk tho", "my friends think I'm more of a top person, not sure myself". The user's doubt takes
// back the hearsay; hearsay left standing ("coach says I'm a top player") or a side the user names
// after the doubt ("…, idk, I mostly pull guard") still counts.

import { compileLexicon, findMentions, type Mention, type PhraseTable } from './lexicon';
import { saidByOthers } from './reported-speech';
import type { Token } from './text';

const DOUBT: PhraseTable<true> = [
  ["don't|dont know", true],
  ['do not know', true],
  ["don't|dont see it", true],
  ['not sure|convinced|certain', true],
  ['not so|too sure', true],
  ['idk|dunno|unsure|doubt', true],
  ['no idea', true],
  ['who knows', true],
  // "…, but i havent decided"
  ["havent|haven't|hasnt|not decided|chosen|picked", true],
  ['undecided', true],
];
const doubtLexicon = compileLexicon(DOUBT);

/** Indexes in `mentions` of sides said only in someone else's words and then doubted by the user. */
export function doubtedHearsay(tokens: readonly Token[], mentions: readonly Mention<string>[]): Set<number> {
  const doubted = new Set<number>();
  const heard = saidByOthers(tokens);
  if (heard.size === 0) return doubted;
  const inHearsay = [...mentions.keys()].filter((i) => heard.has(mentions[i]?.start ?? -1));
  if (inHearsay.length === 0) return doubted;
  const lastHeard = Math.max(...inHearsay.map((i) => mentions[i]?.end ?? 0));
  const doubt = findMentions(doubtLexicon, tokens).find((cue) => cue.start >= lastHeard && !heard.has(cue.start));
  if (!doubt) return doubted;
  // a side the user names after the doubt is their answer: "…, idk, I mostly pull guard"
  if (mentions.some((m, i) => m.start >= doubt.end && !inHearsay.includes(i) && m.value !== 'neutral')) return doubted;
  for (const i of inHearsay) doubted.add(i);
  return doubted;
}
