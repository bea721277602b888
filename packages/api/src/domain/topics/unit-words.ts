// The word sets and small unit tests that intent.ts and the modules split from it share, kept in
// one place so that each of them reads the end of a clause, a topic's kind and a skipped "the/my" alike.
import { isPosition, isTechnique } from '../../data/canonical-topics';
import { CLAUSE_WORDS, FILLER_WORDS, GUARD_POSITIONS as GUARD_POSITION_LIST, PINS } from '../../data/topic-aliases';
import { type TopicUnit, type Unit, isTopic, rawOf as wordOf } from './match';

const clauseWords: ReadonlySet<string> = new Set(CLAUSE_WORDS);
export const fillerWords: ReadonlySet<string> = new Set(FILLER_WORDS);
export const GUARD_POSITIONS: ReadonlySet<string> = new Set(GUARD_POSITION_LIST);
export const pins: ReadonlySet<string> = new Set(PINS);

/** A clause ends at a break (punctuation) and at "and/then/to/from/into…". */
export const endsClause = (u: Unit | undefined): boolean => u?.kind === 'break' || clauseWords.has(wordOf(u) ?? '');

/** List items share an intent only with their own kind: "escape mount and armbar" escapes mount only. */
export function family(u: TopicUnit): 'technique' | 'position' | 'mixed' {
  if (u.topics.every((t) => isTechnique(t))) return 'technique';
  if (u.topics.every((t) => isPosition(t))) return 'position';
  return 'mixed';
}

/** The unit before `i`, skipping "the", "my", … */
export function previousIndex(units: readonly Unit[], i: number): number {
  let j = i - 1;
  while (j >= 0 && fillerWords.has(wordOf(units[j]) ?? '')) j--;
  return j;
}

/**
 * The topic units `picks` chooses, when the message names some other topic too: told beside
 * something asked, they are its context; alone, they are what is asked.
 */
export function pickedBesideOthers(units: readonly Unit[], picks: (u: TopicUnit, i: number) => boolean): Set<number> {
  const picked = new Set(units.flatMap((u, i) => (isTopic(u) && picks(u, i) ? [i] : [])));
  return units.some((u, i) => isTopic(u) && !picked.has(i)) ? picked : new Set();
}
