// Portuguese "no"/"nos" is "on the"/"in the" ("no tatame", "no sábado", "nos treinos"), not the
// English "no" that denies or hedges ("no saturdays", "no class").

import type { Token } from './text';

/** The "no" at `i` is Portuguese "on the": a Portuguese noun follows it, or a Portuguese day leads it. */
export const isPortugueseOnThe = (tokens: readonly Token[], i: number): boolean =>
  ON_THE.has(tokens[i]?.text ?? '') &&
  // ("sábado no open mat": after a Portuguese day, whatever follows)
  (PORTUGUESE_NOUNS.has(tokens[i + 1]?.text ?? '') || PORTUGUESE_DAYS.has(tokens[i - 1]?.text ?? ''));
const PORTUGUESE_DAYS: ReadonlySet<string> = new Set([
  ...['segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'sabados', 'domingo', 'domingos'],
  ...['seg', 'ter', 'qua', 'qui', 'sab', 'dom'],
]);
const ON_THE: ReadonlySet<string> = new Set(['no', 'nos']);
const PORTUGUESE_NOUNS: ReadonlySet<string> = new Set([
  ...['tatame', 'tatami', 'treino', 'treinos', 'dojo', 'ct', 'kimono', 'horario', 'fim', 'final', 'jiu'],
  ...['sabado', 'sabados', 'domingo', 'domingos'],
]);
