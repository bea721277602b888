// Step 2b of topic extraction: one-letter typos of long alias words ("guilotine", "trianlge",
// "side contorl"), and of shorter words inside a longer alias ("bow and arow", "knee on bely",
// "cross colar choke"), fixed before matching. A word we know (any alias or intent word, in any form) is
// never "corrected", nor is a common English word one letter from an alias (NEVER_CORRECTED:
// "remain" is not "retain", "slider" is not "spider").
import { NEVER_CORRECTED } from '../../data/topic-aliases';
import { PHRASES } from './phrase-index';
import { startsWithLetter, stemWord } from './tokenize';

const FUZZY_MIN_LENGTH = 6;
// Inside a phrase a typo of a short word is safe to fix: the rest of the phrase must still match.
const PHRASE_WORD_MIN_LENGTH = 4;
const allPhrases = [...PHRASES.values()].flat();
const aliasStems: ReadonlySet<string> = new Set(allPhrases.flatMap((p) => p.stems));
const oneWordStems: ReadonlySet<string> = new Set(
  allPhrases.flatMap((p) => (p.meaning.kind !== 'none' && p.stems.length === 1 ? p.stems : [])),
);
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
/**
 * What a correctable word stands for. A one-word alias stands for its topics, so two spellings of
 * one topic ("guillotine", "guilotine") are no ambiguity. A word of a longer phrase stands only for
 * itself, and is left out when it is a form of a one-word alias or intent word ("passing",
 * "mounted", "escape"): "gassing", "counted", "escapee" are one letter away and mean something else.
 */
const meaningOfWord = new Map<string, string>();
for (const phrase of allPhrases) {
  if (phrase.meaning.kind !== 'topic') continue;
  for (const word of phrase.written) {
    const minLength = phrase.written.length === 1 ? FUZZY_MIN_LENGTH : PHRASE_WORD_MIN_LENGTH;
    if (word.length < minLength || !startsWithLetter(word)) continue;
    if (phrase.written.length === 1) meaningOfWord.set(word, phrase.meaning.topics.join(' '));
    else if (oneWordStems.has(stemWord(word))) continue;
    else if (!meaningOfWord.has(word)) meaningOfWord.set(word, `${word}?`);
    for (const d of deletions(word)) {
      const words = typoIndex.get(d) ?? new Set<string>();
      words.add(word);
      typoIndex.set(d, words);
    }
  }
}

/** The alias word a typed word is one edit from, if exactly one meaning fits; else the word unchanged. */
export function correctTypo(word: string): string {
  if (word.length < PHRASE_WORD_MIN_LENGTH || neverCorrected.has(word) || aliasStems.has(stemWord(word))) return word;
  // A short typed word may only become a word of a longer phrase, never a one-word alias by itself.
  const short = word.length < FUZZY_MIN_LENGTH;
  const candidates = new Set<string>();
  for (const d of deletions(word)) {
    for (const c of typoIndex.get(d) ?? [])
      if (withinOneEdit(word, c) && !(short && !meaningOfWord.get(c)?.endsWith('?'))) candidates.add(c);
  }
  const meanings = new Set([...candidates].map((c) => meaningOfWord.get(c)));
  const [first] = candidates;
  return first !== undefined && meanings.size === 1 ? first : word;
}
