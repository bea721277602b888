// belt_level: "never been promoted", "still on my first belt", "still wearing the belt they gave me on
// day one", "nunca fui graduado", "sigo con mi primer cinturón": a user never promoted is on the belt
// every student is given, white. Read apart from belt.ts, which reads the colours said. Not where no
// belts are given: "in bjj they never graded me, I train only nogi" states no belt.

import { BELT_NOUNS, COLOUR_WORDS } from './belt-words';
import type { Token } from './text';

/** Where the answer says the user is still on their first belt, or -1. */
export function firstBeltAt(tokens: readonly Token[]): number {
  if (trainsOnlyNogi(tokens)) return -1;
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

/** "I train only nogi", "all nogi", "nogi only", "a nogi gym", "só treino sem kimono": no gradings there. */
function trainsOnlyNogi(tokens: readonly Token[]): boolean {
  const text = (k: number): string => tokens[k]?.text ?? '';
  return tokens.some((t, k) => {
    // "sem kimono", "sin gi": Portuguese and Spanish nogi, read from its second word
    const nogi = t.text === 'nogi' || (WITHOUT.has(text(k - 1)) && GI.has(t.text));
    const first = t.text === 'nogi' ? k : k - 1;
    return (
      nogi &&
      (ONLY.has(text(first - 1)) || ONLY.has(text(first - 2)) || ONLY.has(text(k + 1)) || PLACES.has(text(k + 1)))
    );
  });
}
const WITHOUT: ReadonlySet<string> = new Set(['sem', 'sin', 'without']);
const GI: ReadonlySet<string> = new Set(['gi', 'kimono', 'quimono']);
// "only nogi", "train only nogi", "nogi only", "exclusively nogi", "so treino sem kimono"
const ONLY: ReadonlySet<string> = new Set([
  ...['only', 'just', 'all', 'exclusively', 'purely', 'strictly', 'solely', 'pure', '100'],
  ...['so', 'apenas', 'solo', 'solamente', 'somente'],
]);
const PLACES: ReadonlySet<string> = new Set(['gym', 'club', 'place', 'spot', 'school', 'academy', 'program']);

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
