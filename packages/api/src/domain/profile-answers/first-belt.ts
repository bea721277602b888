// belt_level: "never been promoted", "still on my first belt", "still wearing the belt they gave me on
// day one", "nunca fui graduado", "sigo con mi primer cinturón": a user never promoted is on the belt
// every student is given, white. Read apart from belt.ts, which reads the colours said.

import { BELT_NOUNS, COLOUR_WORDS } from './belt-words';
import type { Token } from './text';

/** Where the answer says the user is still on their first belt, or -1. */
export function firstBeltAt(tokens: readonly Token[]): number {
  return tokens.findIndex(
    (t, k) => (NEVER.has(t.text) && neverPromoted(tokens, k)) || (STILL.has(t.text) && stillOnFirst(tokens, k)),
  );
}

/** "never been promoted", "never got promoted"; not "never promoted past blue" (that colour says it). */
function neverPromoted(tokens: readonly Token[], k: number): boolean {
  const clause = tokens[k]?.clause;
  const promoted = tokens.findIndex(
    (t, j) => j > k && j <= k + PROMOTED_REACH && t.clause === clause && PROMOTED.has(t.text),
  );
  if (promoted < 0) return false;
  return !tokens.some((t, j) => j > promoted && t.clause === clause && COLOUR_WORDS.has(t.text));
}

/** "still on my first belt", "still have the belt i started with": a belt and a first-day word in the clause. */
function stillOnFirst(tokens: readonly Token[], k: number): boolean {
  const clause = tokens[k]?.clause;
  const rest = tokens.filter((t, j) => j > k && t.clause === clause);
  const dayOne = rest.some((t, j) => DAY.has(t.text) && ONE.has(rest[j + 1]?.text ?? ''));
  return rest.some((t) => BELT_NOUNS.has(t.text)) && (dayOne || rest.some((t) => FIRST.has(t.text)));
}

// "never been promoted", "nunca fui promovido", "nunca me han ascendido"
const PROMOTED_REACH = 4;
const NEVER: ReadonlySet<string> = new Set(['never', 'nunca']);
const PROMOTED: ReadonlySet<string> = new Set([
  'promoted',
  'promotion',
  'graded',
  'promovido',
  'promovida',
  'graduado',
  'graduada',
  'ascendido',
  'ascendida',
  'promocionado',
]);
const STILL: ReadonlySet<string> = new Set(['still', 'ainda', 'sigo', 'todavia', 'aun']);
const FIRST: ReadonlySet<string> = new Set([
  'first',
  '1st',
  'started',
  'began',
  'original',
  'primeira',
  'primer',
  'primero',
  'comecei',
  'empece',
]);
// "the belt they gave me on day one", "desde o dia um"
const DAY: ReadonlySet<string> = new Set(['day', 'dia']);
const ONE: ReadonlySet<string> = new Set(['one', '1', 'um', 'uno']);
