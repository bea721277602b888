// training_frequency: the kind of class said after the class, as Spanish and Portuguese put it ("2
// clases de competición y 2 normales", "3 aulas de manhã e 2 à noite", "2 treinos sem kimono"). English
// names it before ("2 comp classes"), which frequency-readings.ts reads; read here, the kind ends the
// count, so the next count joined by "y"/"e" adds to it and what comes between is no filler. So does
// the kind said after "x" ("2x adults class + 1 comp class"), which names the class after its count.

import { IBERIAN_KINDS_AFTER, SESSION_KINDS } from './session-kind-words';
import type { Token } from './text';

export interface KindAfter {
  readonly kind: string;
  readonly end: number;
}

/** "3 gi classes": the kinds named before the class, from `j` to `k`. */
export const kindWords = (tokens: readonly Token[], j: number, k: number): string =>
  tokens
    .slice(j, k)
    .map((t) => t.text)
    .join(' ');

/**
 * "2 de kimono, 1 sem kimono", "una sin gi": with or without the gi said right after a bare count names
 * what it counts, as "2 gi" does; only the gear, so "2 de la tarde" stays a time of day.
 */
export function gearAfter(tokens: readonly Token[], j: number): KindAfter | null {
  if (!GEAR_LINKS.has(tokens[j]?.text ?? '') || !GEAR.has(tokens[j + 1]?.text ?? '')) return null;
  return { kind: `${tokens[j]?.text ?? ''} ${tokens[j + 1]?.text ?? ''}`, end: j + 2 };
}
const GEAR_LINKS: ReadonlySet<string> = new Set(['de', 'sem', 'sin', 'com', 'con']);
const GEAR: ReadonlySet<string> = new Set(['kimono', 'quimono', 'gi', 'nogi']);

/** The kind named at `j`, right after the counted class ("normales", "de gi", "sem kimono"), or null. */
export function kindAfter(tokens: readonly Token[], j: number): KindAfter | null {
  const isKind = (k: number): boolean =>
    IBERIAN_KINDS_AFTER.has(tokens[k]?.text ?? '') || SESSION_KINDS.has(tokens[k]?.text ?? '');
  if (IBERIAN_KINDS_AFTER.has(tokens[j]?.text ?? '')) return { kind: tokens[j]?.text ?? '', end: j + 1 };
  if (!OF.has(tokens[j]?.text ?? '')) return null;
  // "de la mañana", "à noite": an article may stand before the kind
  const at = ARTICLES.has(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1;
  if (!isKind(at)) return null;
  let end = at + 1;
  // "de open mat", "sin gi avanzado"
  while (end - at < MAX_KIND_WORDS && isKind(end)) end += 1;
  const kind = tokens
    .slice(j, end)
    .map((t) => t.text)
    .join(' ');
  return { kind, end };
}

const MAX_KIND_WORDS = 2;
// "clases de gi", "aulas da manhã", "à noite", "sin gi", "sem kimono", "con kimono"
const OF: ReadonlySet<string> = new Set(['de', 'da', 'do', 'del', 'a', 'sin', 'sem', 'con', 'com']);
const ARTICLES: ReadonlySet<string> = new Set(['la', 'el', 'a', 'o']);

/**
 * "2x adults class", "3x gi sessions": after a count's "x" the kind and the class it names belong to
 * the count, as in "2 adults classes", so a count added after it is joined by "+" alone.
 */
export function kindAfterTimes(tokens: readonly Token[], j: number): KindAfter | null {
  let end = j;
  while (end - j < MAX_KIND_WORDS && SESSION_KINDS.has(tokens[end]?.text ?? '')) end += 1;
  if (end === j) return null;
  if (CLASS_NOUNS.has(tokens[end]?.text ?? '')) end += 1;
  const kind = tokens
    .slice(j, end)
    .filter((t) => SESSION_KINDS.has(t.text))
    .map((t) => t.text)
    .join(' ');
  return { kind, end };
}
const CLASS_NOUNS: ReadonlySet<string> = new Set([
  'class',
  'classes',
  'session',
  'sessions',
  'sesh',
  'lesson',
  'lessons',
]);
