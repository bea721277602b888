// main_position: "getting flattened under a 100kg guy is my nightmare so i stay on top": a side named
// in a long subject the clause then calls a nightmare is dreaded, however many words the subject
// takes; the plain negation cues reach back only a word or two.

import { compileLexicon, findMentions, type Mention } from './lexicon';
import { NEGATION_STOPS } from './negation-words';
import type { Token } from './text';

const dreadLexicon = compileLexicon<true>([
  ['is|s my|a|the|pure|every|total nightmare|hell|kryptonite', true],
  ['is|s my worst nightmare|enemy', true],
  ['is|s hell|torture', true],
]);

/** Indexes of `mentions` that sit in the subject of a clause ending "… is my nightmare". */
export function dreadedSubjects(tokens: readonly Token[], mentions: readonly Mention<unknown>[]): number[] {
  const tails = findMentions(dreadLexicon, tokens);
  if (!tails.length) return [];
  return [...mentions.keys()].filter((i) => {
    const mention = mentions[i] as Mention<unknown>;
    return tails.some((tail) => isSubjectOf(tokens, mention, tail.start));
  });
}

/** The mention opens its clause's subject and nothing between it and the tail starts a new thought. */
function isSubjectOf(tokens: readonly Token[], mention: Mention<unknown>, tailStart: number): boolean {
  if (tailStart < mention.end || tailStart - mention.start > SUBJECT_REACH) return false;
  const clause = tokens[tailStart]?.clause;
  for (let k = mention.start; k < tailStart; k++)
    if (tokens[k]?.clause !== clause || NEGATION_STOPS.has(tokens[k]?.text ?? '') || tokens[k]?.text === 'i')
      return false;
  // the subject starts the clause, after a verb of the gerund at most: "getting…", "being stuck…"
  return mention.start - clauseStart(tokens, mention.start) <= SUBJECT_LEAD;
}
const SUBJECT_REACH = 9;
const SUBJECT_LEAD = 2;

const clauseStart = (tokens: readonly Token[], at: number): number => {
  let k = at;
  while (k > 0 && tokens[k - 1]?.clause === tokens[at]?.clause) k--;
  return k;
};
