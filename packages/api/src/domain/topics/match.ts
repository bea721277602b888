// Step 2c of topic extraction: tokens → units. Leftmost-longest matching of the alias phrases; a
// matched phrase becomes one unit (a topic mention or an intent word), anything else stays a word.
// Besides exact stems, a phrase matches across the slips people make in a name of several words:
// a short word missing a letter ("deep haf guard"), the words run together ("sidecontrol",
// "rearnakedchoke") or a one-word name split in two ("guillo tine").
import { type BaseTopic, IRREGULAR_PARTICIPLES, NEVER_CORRECTED } from '../../data/topic-aliases';
import type { WeakSense } from '../../data/everyday-senses';
import { PHRASES, type Phrase } from './phrase-index';
import { deletions, withinOneEdit } from './one-edit';
import { stemWord, type Token } from './tokenize';

/** A matched phrase or a leftover token; `start`/`end` are the indexes of its first token and the token after it. */
type Span = { start: number; end: number };
export type TopicUnit = Span & {
  kind: 'topic';
  topics: readonly BaseTopic[];
  defending: boolean;
  hasParticiple: boolean;
  weak: WeakSense | undefined;
  /** A defence that stops an attack ("sprawl"): done to the user, the user was the attacker. */
  counter: boolean;
};
export type Unit =
  TopicUnit | (Span & { kind: 'defending' | 'receiving' | 'none' }) | (Span & { kind: 'word' | 'break'; raw: string });

export const isTopic = (u: Unit | undefined): u is TopicUnit => u?.kind === 'topic';
/** The stems of a unit's words, joined: one name however it was typed ("knee cuts" = "knee cut"). */
export const nameStemsOf = (tokens: readonly Token[], u: Unit): string =>
  tokens
    .slice(u.start, u.end)
    .map((t) => t.stem)
    .join(' ');
/** The text of a leftover word or punctuation unit; undefined for a name or an intent word. */
export const rawOf = (u: Unit | undefined): string | undefined =>
  u?.kind === 'word' || u?.kind === 'break' ? u.raw : undefined;
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '?', '!']);
/** A full stop, question or exclamation mark: where a sentence ends (a comma ends only a clause). */
export const endsSentence = (u: Unit | undefined): boolean => u?.kind === 'break' && SENTENCE_ENDS.has(u.raw);

/** A sentence as the units [start, end) it spans, its end marks included. */
export type Sentence = readonly [start: number, end: number];

/**
 * The sentences of a message, in order; a run of end marks ("!!", "?!") ends one sentence, after its
 * last mark. A message that opens with a mark has no sentence there.
 */
export function sentencesOf(units: readonly Unit[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  units.forEach((u, i) => {
    if (!endsSentence(u) || endsSentence(units[i + 1])) return;
    if (units.slice(start, i).some((v) => !endsSentence(v))) sentences.push([start, i + 1]);
    start = i + 1;
  });
  if (start < units.length) sentences.push([start, units.length]);
  return sentences;
}

const participles: ReadonlySet<string> = new Set(IRREGULAR_PARTICIPLES);
// (masculine forms only: "a montada" is the position itself)
const PORTUGUESE_PARTICIPLE = /^[a-z]{3,}(?:ado|ados|ido|idos)$/;

/** A typed "-ed"/irregular participle where the alias has a base form: "passed" for "pass". */
function isParticiple(typed: Token, written: string): boolean {
  if (participles.has(typed.raw)) return written !== typed.raw;
  // Portuguese names one as written: "montado", "raspado" (a passive needs its auxiliary before it)
  if (PORTUGUESE_PARTICIPLE.test(typed.raw)) return true;
  return typed.raw.length > 4 && typed.raw.endsWith('ed') && !written.endsWith('ed');
}

const allPhrases = [...PHRASES.values()].flat();
const knownStems: ReadonlySet<string> = new Set(allPhrases.flatMap((p) => p.stems));
const knownWords: ReadonlySet<string> = new Set(allPhrases.flatMap((p) => p.written));
const neverSlips: ReadonlySet<string> = new Set(NEVER_CORRECTED);
/**
 * One-word aliases that are misspellings of their topic's own name ("trinagle", "turtel"): known
 * alone, and still a slip of that word inside a longer name ("arm trinagle" is the arm triangle).
 */
const misspelledNames: ReadonlySet<string> = new Set(
  allPhrases.flatMap((p) => {
    const word = p.written[0] ?? '';
    // six letters or more: a shorter one is as likely an English word ("mound")
    if (p.meaning.kind !== 'topic' || p.written.length !== 1 || word.length < 6) return [];
    const names = p.meaning.topics.flatMap((t) => t.split(/[_-]/));
    return !names.includes(word) && names.some((n) => n.length >= 5 && withinOneEdit(word, n)) ? [word] : [];
  }),
);

/** Words too common to vouch for a phrase around a slip: "the bank" is not "the back". */
const SLIGHT_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'on',
  'in',
  'and',
  'my',
  'your',
  'from',
]);

/**
 * Every word (four letters or more) of a topic phrase of two or more words, by each form of it with
 * one letter dropped: a typed word and an alias word one edit apart share one of these forms.
 */
const bySlipForm = new Map<string, Set<string>>();
for (const phrase of allPhrases) {
  if (phrase.meaning.kind !== 'topic' || phrase.stems.length < 2 || phrase.after) continue;
  for (const word of phrase.written) {
    if (word.length < 4 || SLIGHT_WORDS.has(word)) continue;
    // a four-letter word is too close to too many others: only a dropped, doubled or swapped letter is a
    // slip of it ("haf", "taek")
    for (const d of deletions(word)) {
      const words = bySlipForm.get(d) ?? new Set<string>();
      words.add(word);
      bySlipForm.set(d, words);
    }
  }
}

/** A four-letter word typed with a letter dropped ("haf"), doubled ("rivaa") or two swapped ("taek"): its only slips. */
const isDropOrDouble = (typed: string, w: string): boolean =>
  typed.length === 3
    ? deletions(w).includes(typed)
    : typed.length === 4
      ? [...typed].some((c, i) => i > 0 && typed.slice(0, i - 1) + c + typed[i - 1] + typed.slice(i + 1) === w)
      : typed.length === 5 &&
        [...typed].some((c, i) => c === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === w);

const slipCache = new Map<string, readonly string[]>();
/**
 * The alias words (of multi-word names) a typed word is one slip from: "bely" → belly, "nort" →
 * north, norte; a 3-letter word only by a dropped letter ("haf" → half). None for a word we know.
 */
function slipsOf(token: Token | undefined): readonly string[] {
  if (!token || token.isBreak || token.raw.length < 3 || !/^[a-z]/.test(token.raw)) return [];
  if ((knownWords.has(token.word) && !misspelledNames.has(token.raw)) || neverSlips.has(token.raw)) return [];
  const cached = slipCache.get(token.raw);
  if (cached) return cached;
  const found = new Set<string>();
  const forms = deletions(token.raw);
  for (const d of forms)
    for (const w of bySlipForm.get(d) ?? [])
      if (w.length === 4 ? isDropOrDouble(token.raw, w) : w.length >= 5 && withinOneEdit(token.raw, w)) found.add(w);
  const slips = [...found];
  if (slipCache.size < 10_000) slipCache.set(token.raw, slips);
  return slips;
}

/** Multi-word topic phrases by their words run together and stemmed: "sidecontrol", "rearnakedchoke". */
const byJoinedStem = new Map<string, Phrase>();
for (const phrase of allPhrases) {
  if (phrase.meaning.kind !== 'topic' || phrase.stems.length < 2 || phrase.after) continue;
  const joined = stemWord(phrase.written.join(''));
  if (joined.length >= 7 && !knownStems.has(joined) && !byJoinedStem.has(joined)) byJoinedStem.set(joined, phrase);
}

/** One-word topic aliases of six letters or more, by stem: what a name split in two joins back into. */
const oneWordTopics = new Map<string, Phrase>();
for (const phrase of allPhrases) {
  if (phrase.meaning.kind === 'topic' && phrase.stems.length === 1 && !phrase.after && phrase.written[0]!.length >= 6)
    oneWordTopics.set(phrase.stems[0]!, phrase);
}

type Match = { phrase: Phrase; length: number };

function wordMatches(token: Token | undefined, stem: string, written: string): 'exact' | 'slip' | undefined {
  if (!token || token.isBreak) return undefined;
  if (token.stem === stem) return 'exact';
  return slipsOf(token).includes(written) ? 'slip' : undefined;
}

/** The phrase `p` at `i`; in a topic name of several words, one word may be a slip if another, not a slight word, is exact. */
function phraseAt(tokens: readonly Token[], i: number, p: Phrase): boolean {
  if (p.after && !p.after.has(tokens[i - 1]?.stem ?? '')) return false;
  if (i + p.stems.length > tokens.length) return false;
  let slips = 0;
  let vouched = false;
  for (let k = 0; k < p.stems.length; k++) {
    const m = wordMatches(tokens[i + k], p.stems[k] as string, p.written[k] as string);
    if (!m) return false;
    if (m === 'slip') slips++;
    else if (!SLIGHT_WORDS.has(p.written[k] as string)) vouched = true;
  }
  return slips === 0 || (slips === 1 && vouched && p.meaning.kind === 'topic' && p.stems.length >= 2);
}

function matchAt(tokens: readonly Token[], i: number): Match | undefined {
  const first = tokens[i];
  if (!first || first.isBreak) return undefined;
  const firstStems = [first.stem, ...slipsOf(first).map(stemWord)];
  let best: Match | undefined;
  for (const stem of firstStems) {
    const found = PHRASES.get(stem)?.find((p) => phraseAt(tokens, i, p));
    if (found && (!best || found.stems.length > best.length)) best = { phrase: found, length: found.stems.length };
  }
  if (best) return best;
  const joined = byJoinedStem.get(first.stem);
  if (joined) return { phrase: joined, length: 1 };
  // "guillo tine", "kim ura": two unknown halves that make a one-word name
  const next = tokens[i + 1];
  if (next && !next.isBreak && !knownWords.has(first.word) && !knownWords.has(next.word)) {
    const split = oneWordTopics.get(stemWord(first.raw + next.raw));
    if (split) return { phrase: split, length: 2 };
  }
  return undefined;
}

/** Leftmost-longest phrase matching; anything unmatched stays a plain word. */
export function toUnits(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] as Token;
    const match = matchAt(tokens, i);
    if (!match) {
      units.push({ kind: token.isBreak ? 'break' : 'word', raw: token.raw, start: i, end: i + 1 });
      i += 1;
      continue;
    }
    const { phrase, length } = match;
    const m = phrase.meaning;
    const end = i + length;
    if (m.kind === 'topic') {
      const hasParticiple =
        length === phrase.written.length && phrase.written.some((w, k) => isParticiple(tokens[i + k] as Token, w));
      units.push({
        kind: 'topic',
        topics: m.topics,
        defending: m.defending,
        hasParticiple,
        weak: phrase.weak,
        counter: m.counter === true,
        start: i,
        end,
      });
    } else units.push({ kind: m.kind, start: i, end });
    i = end;
  }
  return units;
}
