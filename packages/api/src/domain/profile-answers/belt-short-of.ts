// belt_level: a belt told by the distance still to go to it: "one stripe away from black", "a stripe
// off blue", "two stripes short of purple", "a promotion shy of brown", "estoy a un grado de la negra",
// "falta um grau pra preta". The user is not there yet: stripes, days, weeks and months are all spent
// on the belt before it; belts and promotions counted go back as many belts.

import { readNumber } from './numbers';
import type { Token } from './text';

/** Belts below the colour at `at` that a distance said right before it puts the user at: -1, -2…; 0 when none. */
export function stepsShortOf(tokens: readonly Token[], at: number): number {
  const text = (k: number): string => tokens[k]?.text ?? '';
  let k = at - 1;
  if (DETERMINERS.has(text(k))) k--;
  const iberian = IBERIAN_DISTANCE.has(text(k));
  if (TWO_WORD_DISTANCE.has(`${text(k - 1)} ${text(k)}`)) k -= 2;
  else if (DISTANCE.has(text(k)) || iberian) k--;
  else return 0;
  const unit = text(k);
  const belts = BELT_UNITS.has(unit);
  // "two months from purple to brown" says how long a promotion took: times need a distance word
  if (!belts && !WITHIN_BELT.has(unit) && !(TIMES.has(unit) && text(k + 1) !== 'from')) return 0;
  const count = countBefore(tokens, k);
  // "a un grado de la negra": Spanish and Portuguese "de" is a distance only after "a" ("dos grados
  // de azul" is a blue belt with two stripes); "para", "pra" always are
  if (iberian && !PURPOSE.has(text(k + 1)) && text(count.from - 1) !== 'a') return 0;
  if (!belts) return -1;
  // "my rank from blue to purple": belts need their count said
  return count.value !== null && count.value >= 1 && count.value <= MAX_BELTS ? -count.value : 0;
}

/** The count right before the unit at `unit`: "one", "2", "a", "a couple", "un"; null when left unsaid. */
function countBefore(tokens: readonly Token[], unit: number): { value: number | null; from: number } {
  for (let j = unit - 1; j >= Math.max(0, unit - 3); j--) {
    const number = readNumber(tokens, j, { article: true });
    if (number?.end === unit && !number.isTimes) return { value: number.value, from: j };
  }
  if (ONE.has(tokens[unit - 1]?.text ?? '')) return { value: 1, from: unit - 1 };
  return { value: null, from: unit };
}

// white to black is four belts
const MAX_BELTS = 4;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'my', 'a', 'la', 'el', 'mi', 'o', 'minha', 'faixa']);
const TWO_WORD_DISTANCE: ReadonlySet<string> = new Set([
  ...['away from', 'short of', 'shy of', 'short from', 'away of', 'out from', 'off of'],
]);
// not "before", "till": "4 stripes before blue", "took 8 months till blue" tell a wait gone by
const DISTANCE: ReadonlySet<string> = new Set(['off', 'from']);
// Spanish and Portuguese: "a un grado de la negra", "a um grau da preta", "falta una franja para la marrón"
const IBERIAN_DISTANCE: ReadonlySet<string> = new Set(['de', 'del', 'da', 'do', 'para', 'pra']);
const PURPOSE: ReadonlySet<string> = new Set(['para', 'pra']);
const ONE: ReadonlySet<string> = new Set(['un', 'una', 'um', 'uma']);
// what a belt is climbed by, one belt each
const BELT_UNITS: ReadonlySet<string> = new Set([
  ...['belt', 'belts', 'promotion', 'promotions', 'grading', 'gradings', 'rank', 'ranks', 'level', 'levels'],
  ...['step', 'steps'],
  ...['faixa', 'faixas', 'cinta', 'cintas', 'cinturon', 'cinturones'],
]);
// what a belt is spent on before the next
const WITHIN_BELT: ReadonlySet<string> = new Set([
  ...['stripe', 'stripes', 'degree', 'degrees', 'strip', 'strips', 'bit', 'little'],
  ...['grau', 'graus', 'grado', 'grados', 'franja', 'franjas', 'raya', 'rayas', 'listra', 'listras'],
]);
const TIMES: ReadonlySet<string> = new Set([
  ...['day', 'days', 'week', 'weeks', 'month', 'months', 'wk', 'wks', 'mo', 'mos'],
  ...['semana', 'semanas', 'mes', 'meses', 'dia', 'dias'],
]);
