// Step 2b of topic extraction: one-letter typos of long one-word names ("guilotine", "trianlge",
// "kimora") and of the words that ask for an escape or a defence ("ecsape", "defnese"), fixed before
// matching. (A slip in a word of a longer name, "knee on bely", is read in context by match.ts, where
// the rest of the name vouches for it.) A word we know (any alias or intent word, in any form) is
// never "corrected", nor is a common English word one letter from an alias (NEVER_CORRECTED: "remain"
// is not "retain", "slider" is not "spider").
import { NEVER_CORRECTED, TYPO_TOLERANT_DEFENDING } from '../../data/topic-aliases';
import { deletions, withinOneEdit } from './one-edit';
import { PHRASES } from './phrase-index';
import { startsWithLetter, stemWord } from './tokenize';

const FUZZY_MIN_LENGTH = 6;
const allPhrases = [...PHRASES.values()].flat();
const aliasStems: ReadonlySet<string> = new Set(allPhrases.flatMap((p) => p.stems));
const aliasWords: ReadonlySet<string> = new Set(allPhrases.flatMap((p) => p.written));
const neverCorrected: ReadonlySet<string> = new Set(NEVER_CORRECTED);

/** Deletion-neighbourhood index of the correctable words (symmetric delete: a typo is looked up, not scanned for). */
const typoIndex = new Map<string, Set<string>>();
/** What a correctable word stands for: its topics, so two spellings of one topic ("guillotine", "guilotine") are no ambiguity. */
const meaningOfWord = new Map<string, string>();
for (const phrase of allPhrases) {
  const word = phrase.written[0] ?? '';
  if (phrase.meaning.kind !== 'topic' || phrase.written.length !== 1) continue;
  if (word.length < FUZZY_MIN_LENGTH || !startsWithLetter(word)) continue;
  index(word, phrase.meaning.topics.join(' '));
}
// Only these defending words: others are one letter from common English ("prevent" / "present",
// "defend" / "depend", "counter" / "counted").
for (const word of TYPO_TOLERANT_DEFENDING) index(word, 'defending');

function index(word: string, meaning: string): void {
  meaningOfWord.set(word, meaning);
  for (const d of deletions(word)) {
    const words = typoIndex.get(d) ?? new Set<string>();
    words.add(word);
    typoIndex.set(d, words);
  }
}

/**
 * The alias word a typed word is one edit from, if exactly one meaning fits; else the word unchanged.
 * A plural is corrected as its singular ("takedwns" → "takedowns").
 */
export function correctTypo(word: string): string {
  // a letter typed twice in a shorter name: "mounnt", "daarce" (not "trapped": a verb's own double)
  const undoubled = aliasStems.has(stemWord(word)) ? undefined : undoubledName(word);
  if (undoubled) return undoubled;
  const corrected = correctOne(word);
  if (corrected !== word) return corrected;
  // a slip inside a name made a verb: "got kimrua'd" ("kimruaed"), "keeps trinagling me"
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < FUZZY_MIN_LENGTH - 1) continue;
    if (ending === 's' && word.endsWith('ss')) continue;
    const base = word.slice(0, -ending.length);
    const fixed = correctOne(base);
    if (fixed !== base) return `${fixed}${ending}`;
  }
  return word;
}
const ENDINGS: readonly string[] = ['s', 'ed', 'ing'];

function correctOne(word: string): string {
  if (word.length < FUZZY_MIN_LENGTH - 1 || neverCorrected.has(word) || aliasStems.has(stemWord(word))) return word;
  const candidates = new Set<string>();
  for (const d of deletions(word))
    for (const c of typoIndex.get(d) ?? []) if (withinOneEdit(word, c)) candidates.add(c);
  const meanings = new Set([...candidates].map((c) => meaningOfWord.get(c)));
  const [first] = candidates;
  return first !== undefined && meanings.size === 1 ? first : word;
}

/** The one-word name (four letters or more) the word is with a doubled letter made single, if any. */
function undoubledName(word: string): string | undefined {
  for (let i = 1; i < word.length; i++) {
    if (word[i] !== word[i - 1]) continue;
    const single = word.slice(0, i) + word.slice(i + 1);
    if (single.length >= 4 && aliasWords.has(single) && !neverCorrected.has(single)) return single;
  }
  return undefined;
}
