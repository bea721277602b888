// Step 2b of topic extraction: one-letter typos of long one-word names ("guilotine", "trianlge",
// "kimora"), fixed before matching. (A slip in a word of a longer name, "knee on bely", is read in
// context by match.ts, where the rest of the name vouches for it.) A word we know (any alias or intent
// word, in any form) is never "corrected", nor is a common English word one letter from an alias
// (NEVER_CORRECTED: "remain" is not "retain", "slider" is not "spider").
import { NEVER_CORRECTED } from '../../data/topic-aliases';
import { PHRASES } from './phrase-index';
import { startsWithLetter, stemWord } from './tokenize';

const FUZZY_MIN_LENGTH = 6;
const allPhrases = [...PHRASES.values()].flat();
const aliasStems: ReadonlySet<string> = new Set(allPhrases.flatMap((p) => p.stems));
const neverCorrected: ReadonlySet<string> = new Set(NEVER_CORRECTED);

function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Optimal string alignment distance ≤ 1 (one insertion, deletion, substitution or swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Deletion-neighbourhood index of the correctable words (symmetric delete: a typo is looked up, not scanned for). */
const typoIndex = new Map<string, Set<string>>();
/** What a correctable word stands for: its topics, so two spellings of one topic ("guillotine", "guilotine") are no ambiguity. */
const meaningOfWord = new Map<string, string>();
for (const phrase of allPhrases) {
  const word = phrase.written[0] ?? '';
  if (phrase.meaning.kind !== 'topic' || phrase.written.length !== 1) continue;
  if (word.length < FUZZY_MIN_LENGTH || !startsWithLetter(word)) continue;
  meaningOfWord.set(word, phrase.meaning.topics.join(' '));
  for (const d of deletions(word)) {
    const words = typoIndex.get(d) ?? new Set<string>();
    words.add(word);
    typoIndex.set(d, words);
  }
}

/** The alias word a typed word is one edit from, if exactly one meaning fits; else the word unchanged. */
export function correctTypo(word: string): string {
  if (word.length < FUZZY_MIN_LENGTH - 1 || neverCorrected.has(word) || aliasStems.has(stemWord(word))) return word;
  const candidates = new Set<string>();
  for (const d of deletions(word))
    for (const c of typoIndex.get(d) ?? []) if (withinOneEdit(word, c)) candidates.add(c);
  const meanings = new Set([...candidates].map((c) => meaningOfWord.get(c)));
  const [first] = candidates;
  return first !== undefined && meanings.size === 1 ? first : word;
}
