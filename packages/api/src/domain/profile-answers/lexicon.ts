// Phrase tables → whole-word matches. A phrase is words separated by spaces; "a|b" offers
// alternatives for ONE word position ("stay|keep fit" = "stay fit", "keep fit"). Hyphens in the text
// are skipped while matching, so "self-defense" and "all-rounder" match "self defense", "all rounder".

import type { Token } from './text';

export type PhraseTable<V> = readonly (readonly [phrase: string, value: V])[];

export interface Mention<V> {
  readonly value: V;
  /** First token of the match. */
  readonly start: number;
  /** One past the last token of the match. */
  readonly end: number;
}

interface CompiledPhrase<V> {
  readonly words: readonly (readonly string[])[];
  readonly value: V;
}

/** Typo tolerance for single words: same first letter, one edit away (two for words of 8+ letters). */
export interface Fuzzy<V> {
  /** The words whose typos are worth catching, with the value each one means. */
  readonly targets: PhraseTable<V>;
  readonly minLength: number;
  /** Real words one edit away that must not be read as the target ("back" is not "black"). */
  readonly notTypos: readonly string[];
}

export interface Lexicon<V> {
  readonly byFirstWord: ReadonlyMap<string, readonly CompiledPhrase<V>[]>;
  readonly fuzzy: Fuzzy<V> | null;
  /** Tokens that may sit between a phrase's words: always "-", and "." for emphatic "Every. Single. Day.". */
  readonly skip: ReadonlySet<string>;
}

export interface LexiconOptions<V> {
  readonly fuzzy?: Fuzzy<V>;
  readonly skipPeriods?: boolean;
}

export function compileLexicon<V>(table: PhraseTable<V>, options: LexiconOptions<V> = {}): Lexicon<V> {
  const byFirstWord = new Map<string, CompiledPhrase<V>[]>();
  for (const [phrase, value] of table) {
    const words = phrase
      .trim()
      .split(/\s+/)
      .map((w) => w.split('|'));
    const first = words[0];
    if (!first) continue;
    for (const alt of first) {
      const list = byFirstWord.get(alt) ?? [];
      list.push({ words, value });
      byFirstWord.set(alt, list);
    }
  }
  // Longest phrases first so "guard passing" wins over "guard".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, fuzzy: options.fuzzy ?? null, skip: new Set(options.skipPeriods ? ['-', '.'] : ['-']) };
}

/** Token index after matching `words` at `start`, or -1. */
function matchAt(
  tokens: readonly Token[],
  start: number,
  words: readonly (readonly string[])[],
  skip: ReadonlySet<string>,
): number {
  let i = start;
  for (const [k, alternatives] of words.entries()) {
    if (k > 0) while (skip.has(tokens[i]?.text ?? '')) i += 1;
    const token = tokens[i];
    if (!token || !alternatives.includes(token.text)) return -1;
    i += 1;
  }
  return i;
}

/** Edit distance counting insert, delete, substitute and a swap of neighbours as one edit each. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

// Long words survive two slips ("competion", "expierenced"); short ones only one ("brwn", "blu").
const allowedEdits = (target: string): number => (target.length >= 8 ? 2 : 1);

const sameLetters = (a: string, b: string): boolean => [...a].sort().join('') === [...b].sort().join('');

function fuzzyMatch<V>(lexicon: Lexicon<V>, token: Token): V | undefined {
  const { fuzzy } = lexicon;
  if (!fuzzy || token.kind !== 'word' || token.text.length < fuzzy.minLength) return undefined;
  if (fuzzy.notTypos.includes(token.text)) return undefined;
  for (const [target, value] of fuzzy.targets) {
    if (target[0] !== token.text[0] || Math.abs(target.length - token.text.length) > 2) continue;
    // "prupel": letters only swapped about are one slip more than any other
    const slips = allowedEdits(target) + (sameLetters(target, token.text) ? 1 : 0);
    if (editDistance(target, token.text) <= slips) return value;
  }
  return undefined;
}

/** The longest phrase of the lexicon that starts exactly at token `i`, if any. */
export function matchPhraseAt<V>(lexicon: Lexicon<V>, tokens: readonly Token[], i: number): Mention<V> | null {
  const token = tokens[i];
  if (!token) return null;
  for (const phrase of lexicon.byFirstWord.get(token.text) ?? []) {
    const end = matchAt(tokens, i, phrase.words, lexicon.skip);
    if (end > i) return { value: phrase.value, start: i, end };
  }
  return null;
}

/** Left-to-right, longest-first, non-overlapping matches of the lexicon's phrases. */
export function findMentions<V>(lexicon: Lexicon<V>, tokens: readonly Token[]): Mention<V>[] {
  const mentions: Mention<V>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    const phrase = matchPhraseAt(lexicon, tokens, i);
    if (phrase) {
      mentions.push(phrase);
      i = phrase.end;
      continue;
    }
    const typo = fuzzyMatch(lexicon, token);
    if (typo !== undefined) mentions.push({ value: typo, start: i, end: i + 1 });
    i += 1;
  }
  return mentions;
}
