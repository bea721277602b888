// Step 2a of topic extraction: the alias tables of data/topic-aliases.ts, compiled once at load into
// an index keyed by first stem, longest phrase first (so the matcher can take the first that fits).
import { WEAK_ALIASES, type WeakSense } from '../../data/everyday-senses';
import { ALIAS_TABLES } from '../../data/alias-tables';
import { GLOSSARY_COMPOUNDS, GLOSSARY_DEFENDING, GLOSSARY_NOT_TOPICS } from '../../data/topic-glossary';
import { DESCRIBED_POSITIONS } from '../../data/described-positions';
import {
  type BaseTopic,
  COMPOUND_ALIASES,
  DEFENDING_PHRASES,
  NOT_TOPICS,
  RECEIVING_PHRASES,
} from '../../data/topic-aliases';
import { VOICE_SLIPS } from '../../data/voice-slips';
import { splitWords, toToken } from './tokenize';

export type Meaning =
  | { kind: 'topic'; topics: readonly BaseTopic[]; defending: boolean; counter?: boolean }
  | { kind: 'defending' } // the user's own defensive act
  | { kind: 'receiving' } // done to the user, whoever the subject is
  | { kind: 'none' }; // looks like a topic, isn't one

export type Phrase = {
  text: string;
  stems: readonly string[];
  written: readonly string[];
  /** stems one of which must come just before the phrase: "(from) side" */
  after: ReadonlySet<string> | undefined;
  meaning: Meaning;
  /** An alias that is also everyday English, and how its sense is told (data/everyday-senses.ts). */
  weak: WeakSense | undefined;
};

const CONTEXT = /^\(([^)]*)\)\s*/;

function compilePhrases(): { byFirstStem: Map<string, Phrase[]>; conflicts: string[] } {
  const byKey = new Map<string, Phrase>();
  const conflicts: string[] = [];
  // `slip`: a voice slip gives way to any phrase written alike, with no conflict to report
  const add = (text: string, meaning: Meaning, slip = false): void => {
    const context = CONTEXT.exec(text);
    const after = context ? new Set((context[1] ?? '').split('|').map((w) => toToken(w).stem)) : undefined;
    const tokens = splitWords(text.replace(CONTEXT, '')).map((w) => toToken(w));
    const stems = tokens.map((t) => t.stem);
    // what two phrases that read alike share: the words one must follow, and its stems
    const key = `${context?.[1] ?? ''}) ${stems.join(' ')}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!slip && JSON.stringify(existing.meaning) !== JSON.stringify(meaning))
        conflicts.push(`"${existing.text}" / "${text}"`);
      return;
    }
    const weak = WEAK_ALIASES[text] ?? WEAK_ALIASES[text.replace(CONTEXT, '')];
    byKey.set(key, { text, stems, written: tokens.map((t) => t.word), after, meaning, weak });
  };
  for (const table of ALIAS_TABLES) {
    for (const [topic, phrases] of Object.entries(table) as [BaseTopic, readonly string[]][]) {
      for (const p of phrases) add(p, { kind: 'topic', topics: [topic], defending: false });
    }
  }
  for (const c of [...COMPOUND_ALIASES, ...GLOSSARY_COMPOUNDS, ...DESCRIBED_POSITIONS]) {
    const defending = 'defending' in c && c.defending === true;
    const counter = 'counter' in c && c.counter === true;
    for (const p of c.phrases) add(p, { kind: 'topic', topics: c.topics, defending, ...(counter ? { counter } : {}) });
  }
  for (const p of [...DEFENDING_PHRASES, ...GLOSSARY_DEFENDING]) add(p, { kind: 'defending' });
  for (const p of RECEIVING_PHRASES) add(p, { kind: 'receiving' });
  for (const p of [...NOT_TOPICS, ...GLOSSARY_NOT_TOPICS]) add(p, { kind: 'none' });
  // after every written phrase, so a slip never takes the place of a phrase of its own
  for (const table of ALIAS_TABLES) {
    for (const [topic, phrases] of Object.entries(table) as [BaseTopic, readonly string[]][]) {
      for (const slip of phrases.flatMap(voiceSlipsOf))
        add(slip, { kind: 'topic', topics: [topic], defending: false }, true);
    }
  }
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

/** A multi-word alias as voice-to-text writes it, one slipped word at a time ("north south chalk"). */
function voiceSlipsOf(phrase: string): string[] {
  // (none of a phrase that needs a word before it, "(from) x")
  if (/[|()]/.test(phrase)) return [];
  const words = phrase.split(' ');
  if (words.length < 2) return [];
  return words.flatMap((word, i) =>
    (VOICE_SLIPS[word] ?? []).map((slip) => [...words.slice(0, i), slip, ...words.slice(i + 1)].join(' ')),
  );
}

const { byFirstStem, conflicts: PHRASE_CONFLICTS } = compilePhrases();

/** Every alias phrase by its first stem, longest first. */
export const PHRASES: ReadonlyMap<string, readonly Phrase[]> = byFirstStem;

/** Alias phrases that fold to the same words but mean different things (a data bug; tested empty). */
export const aliasConflicts = (): readonly string[] => PHRASE_CONFLICTS;
