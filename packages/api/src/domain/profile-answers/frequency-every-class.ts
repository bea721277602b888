// training_frequency: "i never miss a class and they only run 4 a week", "don't skip any of the 4
// classes on the schedule", "vou em todas as aulas, são 3 por semana" → the count on offer. Going to
// every class of a timetable trains as often as it runs, though the count is said of the gym (or
// under "don't"), which the rate reading of frequency.ts sets aside.

import { STRENGTH, findRates, type Rate } from './frequency-readings';
import type { Token } from './text';

/** The timetable's count when the user goes to every class of it; null unless it is the one count said. */
export function everyClassCount(tokens: readonly Token[]): number | null {
  const cue = tokens.findIndex((_, k) => neverMisses(tokens, k) || attendsAll(tokens, k));
  if (cue < 0) return null;
  // "never miss one": what is not missed is no count
  const isObject = (r: Rate): boolean =>
    r.start > cue && r.start <= cue + OBJECT_REACH && tokens[r.start]?.clause === tokens[cue]?.clause;
  const rates = findRates(tokens).filter((r) => !isObject(r));
  // "the gym runs 6, i go to 2 and never miss a class": two counts, and which is the user's is for the rate reading
  const counts = new Set(rates.map((r) => r.perWeek));
  return counts.size === 1 && rates.some((r) => r.strength === STRENGTH.stated) ? ([...counts][0] ?? null) : null;
}

/** "never miss a class", "don't skip any", "nunca falto": a not-missing word before one of missing. */
function neverMisses(tokens: readonly Token[], k: number): boolean {
  if (!MISS.has(tokens[k]?.text ?? '')) return false;
  const clause = tokens[k]?.clause;
  const negated = [1, 2].some((d) => tokens[k - d]?.clause === clause && NOT.has(tokens[k - d]?.text ?? ''));
  // what is not missed: a class, any, one, or nothing more said
  const next = tokens[k + 1];
  const missesClass =
    next === undefined ||
    next.clause !== clause ||
    next.kind === 'symbol' ||
    ADDS.has(next.text) ||
    tokens.slice(k + 1, k + 1 + OBJECT_REACH).some((t) => t.clause === clause && CLASS_OBJECTS.has(t.text));
  return negated && missesClass;
}

/** "go to every class", "all of the classes", "todas as aulas": every one of the classes on offer. */
function attendsAll(tokens: readonly Token[], k: number): boolean {
  if (!ALL.has(tokens[k]?.text ?? '')) return false;
  for (let j = k + 1; j <= k + 3; j++) {
    const text = tokens[j]?.text ?? '';
    if (CLASSES.has(text) || (text === 'them' && tokens[j - 1]?.text === 'of')) return true;
    if (!ALL_FILLER.has(text)) return false;
  }
  return false;
}

const OBJECT_REACH = 3;
const MISS: ReadonlySet<string> = new Set(['miss', 'skip', 'perco', 'falto', 'pierdo']);
const NOT: ReadonlySet<string> = new Set(['never', "don't", 'dont', 'not', 'nunca', 'nao', 'no', 'rarely']);
const ADDS: ReadonlySet<string> = new Set(['and', 'so', 'since']);
const CLASSES: ReadonlySet<string> = new Set([
  'class',
  'classes',
  'session',
  'sessions',
  'aula',
  'aulas',
  'treino',
  'treinos',
  'clase',
  'clases',
]);
const CLASS_OBJECTS: ReadonlySet<string> = new Set([...CLASSES, 'any', 'one', 'nenhuma', 'nenhum', 'ninguna']);
const ALL: ReadonlySet<string> = new Set(['every', 'all', 'todas', 'todos', 'cada']);
const ALL_FILLER: ReadonlySet<string> = new Set([
  'single',
  'of',
  'the',
  'as',
  'las',
  'os',
  'los',
  'scheduled',
  'their',
]);
