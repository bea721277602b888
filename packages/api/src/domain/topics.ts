// Topic extraction: free text → canonical topic ids (CONTRACT "Canonical topics").
//
// Three steps, all over tokens (never substrings, so "beginner" is not `gi` and "mountain" is not
// `mount`):
//   1. words   — lower-case, strip accents/apostrophes, split hyphens; fold plurals and verb forms to
//                a stem; correct one-letter typos of long topic words.
//   2. phrases — the alias tables of data/topic-aliases.ts, compiled once into an index keyed by
//                first stem; the longest phrase at each position wins.
//   3. intent  — defensive words ("escape", "stop", "getting passed", "… me") turn the topic they
//                refer to into `T_defense` / `P_escape`, beside the topic itself.
import { type TopicId, defenseTopicOf, escapeTopicOf, isPosition, isTechnique } from '../data/canonical-topics';
import {
  AIMED_AT_USER,
  type BaseTopic,
  CLAUSE_WORDS,
  COMPOUND_ALIASES,
  DEFENDING_PHRASES,
  DESTINATION_WORDS,
  FILLER_WORDS,
  IRREGULAR_FORMS,
  IRREGULAR_PARTICIPLES,
  LIST_WORDS,
  NEVER_CORRECTED,
  NOT_TOPICS,
  NO_INTENT_TOPICS,
  OPPONENT_WORDS,
  ORIGIN_WORDS,
  PASSIVE_AUXILIARIES,
  RECEIVING_PHRASES,
  TOPIC_ALIASES,
  UNSTEMMED_WORDS,
  USERS_OWN,
} from '../data/topic-aliases';

// ── 1. words ────────────────────────────────────────────────────────────────────────────────

type Token = {
  /** as typed, lower-cased and cleaned: what the passive/opponent rules look at */
  raw: string;
  /** spelling fixed (irregular form, typo) */
  word: string;
  /** what phrases match on */
  stem: string;
  /** punctuation that ends a clause: , . ; : ? ! ( ) and dashes between words */
  isBreak: boolean;
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DOTTED_ACRONYM = /\b(?:[a-z]\.){2,}/g; // "r.n.c." → "rnc"
const DOTS = /\./g;
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00b4']);
const BREAK_CHARS = new Set([',', '.', ';', ':', '?', '!', '(', ')', '[', ']', '|', '\u2014', '\u2013', '\u2026']);
const isWordChar = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

/** "D'Arce vs. no-gi 50/50!" → ["darce", "vs", ".", "no", "gi", "50", "/", "50", "!"] */
function splitWords(text: string): string[] {
  const s = text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(DOTTED_ACRONYM, (acronym) => `${acronym.replace(DOTS, '')} `);
  const out: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word) out.push(word);
    word = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (isWordChar(c)) word += c;
    else if (APOSTROPHES.has(c)) {
      // "d'arce" → "darce", "don't" → "dont"; "kimura'd" → "kimuraed", a participle like "armbarred"
      if (word && s[i + 1] === 'd' && !isWordChar(s[i + 2] ?? '')) word += 'e';
    } else if (c === '-' || c === '_') {
      // a hyphen inside a word just splits it ("no-gi"); a free-standing dash ends a clause
      const joinsWords = word !== '' && isWordChar(s[i + 1] ?? '');
      flush();
      if (!joinsWords && c === '-') out.push(',');
    } else if (c === '/') {
      flush();
      out.push('/');
    } else if (c === '&' || c === '+') {
      flush();
      out.push('and');
    } else {
      flush();
      if (BREAK_CHARS.has(c)) out.push(c === '\u2014' || c === '\u2013' ? ',' : c);
    }
  }
  flush();
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** "armbarred" → "armbar" (but "passing" → "pass", "rolling" → "roll" keep their double letter) */
function undouble(w: string): string {
  const last = w[w.length - 1] ?? '';
  return w.length >= 4 && last === w[w.length - 2] && !VOWELS.has(last) && last !== 's' && last !== 'l' ? w.slice(0, -1) : w;
}

/**
 * A light suffix folder, applied alike to alias phrases and to queries, so only the agreement
 * matters: "triangle", "triangles", "triangled", "triangling" → "triangl"; "passes", "passed",
 * "passing" → "pass". Short words and numbers are left alone ("gi", "gis", "50").
 */
function stemWord(word: string): string {
  let w = word;
  if (w.length < 4 || !isWordChar(w[0] ?? '') || (w[0] ?? '') <= '9') return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const unstemmed: ReadonlySet<string> = new Set(UNSTEMMED_WORDS);
const irregular: ReadonlyMap<string, string> = new Map(Object.entries(IRREGULAR_FORMS));

function toToken(raw: string, fix: (word: string) => string = (w) => w): Token {
  if (BREAK_CHARS.has(raw) || raw === ',') return { raw, word: raw, stem: raw, isBreak: true };
  const word = fix(irregular.get(raw) ?? raw);
  return { raw, word, stem: unstemmed.has(word) ? word : stemWord(word), isBreak: false };
}

// ── 2. phrases ──────────────────────────────────────────────────────────────────────────────

type Meaning =
  | { kind: 'topic'; topics: readonly BaseTopic[]; defending: boolean }
  | { kind: 'defending' } // the user's own defensive act
  | { kind: 'receiving' } // done to the user, whoever the subject is
  | { kind: 'none' }; // looks like a topic, isn't one

type Phrase = {
  text: string;
  stems: readonly string[];
  written: readonly string[];
  /** stems one of which must come just before the phrase: "(from) side" */
  after: ReadonlySet<string> | undefined;
  meaning: Meaning;
};

const CONTEXT = /^\(([^)]*)\)\s*/;

function compilePhrases(): { byFirstStem: Map<string, Phrase[]>; conflicts: string[] } {
  const byKey = new Map<string, Phrase>();
  const conflicts: string[] = [];
  const add = (text: string, meaning: Meaning): void => {
    const context = CONTEXT.exec(text);
    const after = context ? new Set((context[1] ?? '').split('|').map((w) => toToken(w).stem)) : undefined;
    const tokens = splitWords(text.replace(CONTEXT, '')).map((w) => toToken(w));
    const key = `${context?.[1] ?? ''}) ${tokens.map((t) => t.stem).join(' ')}`;
    const existing = byKey.get(key);
    if (existing) {
      if (JSON.stringify(existing.meaning) !== JSON.stringify(meaning)) conflicts.push(`"${existing.text}" / "${text}"`);
      return;
    }
    byKey.set(key, { text, stems: tokens.map((t) => t.stem), written: tokens.map((t) => t.word), after, meaning });
  };
  for (const [topic, phrases] of Object.entries(TOPIC_ALIASES) as [BaseTopic, readonly string[]][]) {
    for (const p of phrases) add(p, { kind: 'topic', topics: [topic], defending: false });
  }
  for (const c of COMPOUND_ALIASES) {
    for (const p of c.phrases) add(p, { kind: 'topic', topics: c.topics, defending: c.defending === true });
  }
  for (const p of DEFENDING_PHRASES) add(p, { kind: 'defending' });
  for (const p of RECEIVING_PHRASES) add(p, { kind: 'receiving' });
  for (const p of NOT_TOPICS) add(p, { kind: 'none' });

  const byFirstStem = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    const first = phrase.stems[0] ?? '';
    const list = byFirstStem.get(first) ?? [];
    list.push(phrase);
    byFirstStem.set(first, list);
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { byFirstStem, conflicts };
}

const { byFirstStem: PHRASES, conflicts: PHRASE_CONFLICTS } = compilePhrases();

/** Alias phrases that fold to the same words but mean different things (a data bug; tested empty). */
export const aliasConflicts = (): readonly string[] => PHRASE_CONFLICTS;

// One-letter typos of long alias words: "guilotine", "trianlge", "side contorl". A word we know
// (any alias or intent word, in any form) is never "corrected", nor is a common English word one
// letter from an alias (NEVER_CORRECTED: "remain" is not "retain", "slider" is not "spider").
const FUZZY_MIN_LENGTH = 6;
const allPhrases = [...PHRASES.values()].flat();
const aliasStems: ReadonlySet<string> = new Set(allPhrases.flatMap((p) => p.stems));
const oneWordStems: ReadonlySet<string> = new Set(allPhrases.flatMap((p) => (p.meaning.kind !== 'none' && p.stems.length === 1 ? p.stems : [])));
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
    if (word.length < FUZZY_MIN_LENGTH || !isWordChar(word[0] ?? '') || (word[0] ?? '') <= '9') continue;
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

function correctTypo(word: string): string {
  if (word.length < FUZZY_MIN_LENGTH || neverCorrected.has(word) || aliasStems.has(stemWord(word))) return word;
  const candidates = new Set<string>();
  for (const d of deletions(word)) for (const c of typoIndex.get(d) ?? []) if (withinOneEdit(word, c)) candidates.add(c);
  const meanings = new Set([...candidates].map((c) => meaningOfWord.get(c)));
  const [first] = candidates;
  return first !== undefined && meanings.size === 1 ? first : word;
}

function tokenize(query: string): Token[] {
  return splitWords(query).map((w) => toToken(w, correctTypo));
}

// ── 3. units and intent ─────────────────────────────────────────────────────────────────────

/** A matched phrase or a leftover token; `end` is the index of the token after it. */
type Span = { end: number };
type TopicUnit = Span & { kind: 'topic'; topics: readonly BaseTopic[]; defending: boolean; hasParticiple: boolean };
type Unit =
  | TopicUnit
  | (Span & { kind: 'defending' | 'receiving' | 'none' })
  | (Span & { kind: 'word' | 'break'; raw: string });

const participles: ReadonlySet<string> = new Set(IRREGULAR_PARTICIPLES);

/** A typed "-ed"/irregular participle where the alias has a base form: "passed" for "pass". */
function isParticiple(typed: Token, written: string): boolean {
  if (participles.has(typed.raw)) return written !== typed.raw;
  return typed.raw.length > 4 && typed.raw.endsWith('ed') && !written.endsWith('ed');
}

function matchAt(tokens: readonly Token[], i: number): Phrase | undefined {
  const first = tokens[i];
  if (!first || first.isBreak) return undefined;
  return PHRASES.get(first.stem)?.find(
    (p) =>
      (!p.after || p.after.has(tokens[i - 1]?.stem ?? '')) &&
      i + p.stems.length <= tokens.length &&
      p.stems.every((s, k) => tokens[i + k]?.stem === s && !tokens[i + k]?.isBreak),
  );
}

/** Leftmost-longest phrase matching; anything unmatched stays a plain word. */
function toUnits(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    const phrase = matchAt(tokens, i);
    if (!phrase) {
      units.push({ kind: token.isBreak ? 'break' : 'word', raw: token.raw, end: i + 1 });
      i += 1;
      continue;
    }
    const m = phrase.meaning;
    const end = i + phrase.stems.length;
    if (m.kind === 'topic') {
      const hasParticiple = phrase.written.some((w, k) => isParticiple(tokens[i + k] as Token, w));
      units.push({ kind: 'topic', topics: m.topics, defending: m.defending, hasParticiple, end });
    } else units.push({ kind: m.kind, end });
    i = end;
  }
  return units;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const clauseWords = set(CLAUSE_WORDS);
const listWords = set(LIST_WORDS);
const fillerWords = set(FILLER_WORDS);
const destinationWords = set(DESTINATION_WORDS);
const originWords = set(ORIGIN_WORDS);
const auxiliaries = set(PASSIVE_AUXILIARIES);
const opponentWords = set(OPPONENT_WORDS);
const noIntent: ReadonlySet<string> = new Set(NO_INTENT_TOPICS);
const aimedAtUser = AIMED_AT_USER.map((p) => splitWords(p));
const usersOwn = set(USERS_OWN);

const isTopic = (u: Unit | undefined): u is TopicUnit => u?.kind === 'topic';
const wordOf = (u: Unit | undefined): string | undefined => (u?.kind === 'word' || u?.kind === 'break' ? u.raw : undefined);
const canTakeIntent = (u: Unit | undefined): u is TopicUnit => isTopic(u) && u.topics.some((t) => !noIntent.has(t));
const endsClause = (u: Unit | undefined): boolean => u?.kind === 'break' || clauseWords.has(wordOf(u) ?? '');

/** List items share an intent only with their own kind: "escape mount and armbar" escapes mount only. */
function family(u: TopicUnit): 'technique' | 'position' | 'mixed' {
  if (u.topics.every((t) => isTechnique(t))) return 'technique';
  if (u.topics.every((t) => isPosition(t))) return 'position';
  return 'mixed';
}

/** The unit before `i`, skipping "the", "my", … */
function previousIndex(units: readonly Unit[], i: number): number {
  let j = i - 1;
  while (j >= 0 && fillerWords.has(wordOf(units[j]) ?? '')) j--;
  return j;
}

/** "escape side control to half guard": half guard is where you go, not what you escape. */
const isDestination = (units: readonly Unit[], i: number): boolean =>
  destinationWords.has(wordOf(units[previousIndex(units, i)]) ?? '');

/** "when they defend", "stop people from escaping": the opponent is the subject of this defensive word. */
function opponentIsSubject(units: readonly Unit[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const u = units[j];
    if (u?.kind !== 'word') return false;
    if (opponentWords.has(u.raw)) return true;
  }
  return false;
}

/**
 * Which topic a defensive word at `i` is about:
 * right after a topic ("armbar escapes") → that topic; else the first topic after it in its clause
 * ("how to escape the back", "stop people triangling me"); else the nearest topic before it
 * ("side control — how do I get out?"); else a topic after "from"/"under" ("escape to half guard
 * from mount"). Clauses end at punctuation and at "and/then/to/from/into…", so in "escape mount
 * and then armbar" only mount is escaped and "triangle escapes from closed guard" leaves the guard alone.
 */
function targetOf(units: readonly Unit[], i: number): number | undefined {
  if (canTakeIntent(units[i - 1])) return i - 1;
  for (let j = i + 1; j < units.length && !endsClause(units[j]); j++) if (canTakeIntent(units[j])) return j;
  for (let j = i - 1; j >= 0; j--) if (canTakeIntent(units[j]) && !isDestination(units, j)) return j;
  for (let j = i + 1; j < units.length; j++) {
    if (canTakeIntent(units[j]) && originWords.has(wordOf(units[previousIndex(units, j)]) ?? '')) return j;
  }
  return undefined;
}

/** "mount and side control escapes", "guillotine, darce or anaconda defense": one intent for the list. */
function listAround(units: readonly Unit[], i: number): number[] {
  const first = units[i];
  if (!isTopic(first)) return [i];
  const members = [i];
  for (const step of [-1, 1]) {
    let j = i;
    for (;;) {
      let k = j + step;
      while (fillerWords.has(wordOf(units[k]) ?? '')) k += step;
      if (!listWords.has(wordOf(units[k]) ?? '')) break;
      k += step;
      while (fillerWords.has(wordOf(units[k]) ?? '')) k += step;
      const next = units[k];
      if (!canTakeIntent(next) || family(next) !== family(first)) break;
      members.push(k);
      j = k;
    }
  }
  return members;
}

/** "I keep getting armbarred", "getting my guard passed", "what to do when mounted". */
function isPassive(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || !u.hasParticiple || isTopic(units[i + 1])) return false; // "mounted triangle" is a triangle
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const before = units[j];
    if (endsClause(before) || before?.kind !== 'word') return false;
    if (auxiliaries.has(before.raw)) return true;
  }
  return false;
}

/** "people triangling me", "when someone mounts me", "they pass my half guard". */
function isAimedAtUser(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u)) return false;
  if (aimedAtUser.some((words) => words.every((w, k) => tokens[u.end + k]?.raw === w))) return true;
  if (family(u) !== 'technique' || tokens[u.end]?.raw !== 'my') return false;
  const after = units[i + 2];
  return usersOwn.has(tokens[u.end + 1]?.raw ?? '') || (isTopic(after) && family(after) === 'position');
}

function defendedUnits(units: readonly Unit[], tokens: readonly Token[]): Set<number> {
  const defended = new Set<number>();
  units.forEach((u, i) => {
    if (isTopic(u) && (u.defending || isPassive(units, i) || isAimedAtUser(units, tokens, i))) defended.add(i);
    const ownAct = u.kind === 'defending' && !opponentIsSubject(units, i);
    if (ownAct || u.kind === 'receiving') {
      const target = targetOf(units, i);
      if (target !== undefined) for (const j of listAround(units, target)) defended.add(j);
    }
  });
  return defended;
}

/** The intent id of a topic: defending technique T → `T_defense`, escaping position P → `P_escape`. */
function intentTopicOf(topic: BaseTopic): TopicId | undefined {
  if (noIntent.has(topic)) return undefined;
  if (isTechnique(topic)) return defenseTopicOf(topic);
  if (isPosition(topic)) return escapeTopicOf(topic);
  return undefined;
}

/**
 * Canonical topic ids named in a free-text query, in order of first appearance; an intent id
 * follows its topic ("armbar escapes" → armbar, armbar_defense). Pure and deterministic.
 */
export function extractTopics(query: string): TopicId[] {
  const tokens = tokenize(query);
  const units = toUnits(tokens);
  const defended = defendedUnits(units, tokens);
  const found = new Set<TopicId>();
  units.forEach((u, i) => {
    if (!isTopic(u)) return;
    for (const topic of u.topics) {
      found.add(topic);
      const intent = defended.has(i) ? intentTopicOf(topic) : undefined;
      if (intent) found.add(intent);
    }
  });
  return [...found];
}
