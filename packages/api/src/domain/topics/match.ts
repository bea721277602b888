// Step 2c of topic extraction: tokens → units. Leftmost-longest matching of the alias phrases; a
// matched phrase becomes one unit (a topic mention or an intent word), anything else stays a word.
import { type BaseTopic, IRREGULAR_PARTICIPLES } from '../../data/topic-aliases';
import { PHRASES, type Phrase } from './phrase-index';
import type { Token } from './tokenize';

/** A matched phrase or a leftover token; `end` is the index of the token after it. */
type Span = { end: number };
export type TopicUnit = Span & {
  kind: 'topic';
  topics: readonly BaseTopic[];
  defending: boolean;
  hasParticiple: boolean;
};
export type Unit =
  TopicUnit | (Span & { kind: 'defending' | 'receiving' | 'none' }) | (Span & { kind: 'word' | 'break'; raw: string });

export const isTopic = (u: Unit | undefined): u is TopicUnit => u?.kind === 'topic';

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
export function toUnits(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length;) {
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
