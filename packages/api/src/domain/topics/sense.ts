// Step 2d of topic extraction: aliases that are also everyday English keep their topic only when the
// message uses them in their BJJ sense (data/everyday-senses.ts says which aliases, and how each is
// told): "half marathon", "sweep the floor", "mounted a TV", "passing in soccer" name no topic.
import { BJJ_WORDS, EVERYDAY_OBJECTS, FUNCTION_WORDS, OTHER_SPORTS } from '../../data/everyday-senses';
import { type TopicUnit, type Unit, isTopic } from './match';
import { PHRASES } from './phrase-index';
import { type Token, stemWord } from './tokenize';

const functionWords: ReadonlySet<string> = new Set(FUNCTION_WORDS);
const bjjStems: ReadonlySet<string> = new Set([
  ...[...PHRASES.values()].flat().flatMap((p) => p.stems),
  ...BJJ_WORDS.map(stemWord),
]);
// compared as typed (and plain plurals): stems would merge "note" with "not"
const everydayObjects: ReadonlySet<string> = new Set(EVERYDAY_OBJECTS.flatMap((w) => [w, `${w}s`]));
const otherSports: ReadonlySet<string> = new Set(OTHER_SPORTS);
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'your',
  'his',
  'her',
  'their',
  'our',
  'some',
  'this',
  'that',
  'these',
  'those',
]);

/** A word that lets a modifier keep its BJJ sense: BJJ vocabulary, a function word, an adverb, a number. */
function keepsBjjSense(token: Token | undefined): boolean {
  if (!token || token.isBreak) return true;
  const { raw, stem } = token;
  return (
    bjjStems.has(stem) || functionWords.has(raw) || raw.endsWith('ly') || !/[a-z]/.test(raw[0] ?? '') || raw.length <= 2
  );
}

/** The tokens of the clause around token `i` (punctuation ends a clause). */
function clauseTokens(tokens: readonly Token[], i: number): Token[] {
  let from = i;
  while (from > 0 && !tokens[from - 1]?.isBreak) from--;
  let to = i;
  while (to < tokens.length - 1 && !tokens[to + 1]?.isBreak) to++;
  return tokens.slice(from, to + 1);
}

function inOtherSport(tokens: readonly Token[], u: TopicUnit): boolean {
  return clauseTokens(tokens, u.start).some((t, k, clause) => {
    if (!otherSports.has(t.raw)) return false;
    // the alias's own words ("baseball choke") are not another sport
    const at = tokens.indexOf(clause[k] as Token);
    return at < u.start || at >= u.end;
  });
}

function objectIsEveryday(tokens: readonly Token[], u: TopicUnit): boolean {
  let j = u.end;
  while (DETERMINERS.has(tokens[j]?.raw ?? '')) j++;
  return everydayObjects.has(tokens[j]?.raw ?? '');
}

function hasBjjCompany(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i] as TopicUnit;
  if (units.some((other, k) => k !== i && isTopic(other) && !other.weak)) return true;
  const near = [tokens[u.start - 1], tokens[u.end]];
  return near.some((t) => t !== undefined && !t.isBreak && bjjStems.has(t.stem) && !functionWords.has(t.raw));
}

function isEveryday(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || !u.weak) return false;
  switch (u.weak) {
    case 'modifier':
      return !isTopic(units[i + 1]) && !keepsBjjSense(tokens[u.end]);
    case 'verb':
      return inOtherSport(tokens, u) || objectIsEveryday(tokens, u);
    case 'context':
      return inOtherSport(tokens, u) || !hasBjjCompany(units, tokens, i);
  }
}

/** The units, with every weak alias used in its everyday sense turned back into plain words. */
export function withEverydaySenses(units: readonly Unit[], tokens: readonly Token[]): Unit[] {
  if (!units.some((u) => isTopic(u) && u.weak)) return units as Unit[];
  return units.flatMap((u, i): Unit[] => {
    if (!isEveryday(units, tokens, i)) return [u];
    return tokens
      .slice(u.start, u.end)
      .map((t, k) => ({ kind: 'word', raw: t.raw, start: u.start + k, end: u.start + k + 1 }));
  });
}
