// belt_level: a belt held until a promotion still to come is the belt now: "white until friday's
// promotion", "blue till the grading on saturday", "branca até a graduação". Said beside the belt the
// user is about to get ("blue (well technically white until …)"), it is the one held today; not when
// the promotion is told as gone by ("white until my promotion last year").

import type { Mention } from './lexicon';
import type { Token } from './text';

/** The belt at `mention` is followed, in its clause, by "until" and a promotion that has not yet come. */
export function heldUntilPromotion(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const clause = tokens[mention.start]?.clause;
  let k = mention.end;
  if (BELT_WORDS.has(tokens[k]?.text ?? '')) k++;
  if (!UNTIL.has(tokens[k]?.text ?? '')) return false;
  const ahead = tokens.slice(k + 1, k + 1 + REACH).filter((t) => t.clause === clause);
  const before = tokens.slice(Math.max(0, mention.start - REACH), mention.start).filter((t) => t.clause === clause);
  return ahead.some((t) => PROMOTIONS.has(t.text)) && ![...before, ...ahead].some((t) => GONE_BY.has(t.text));
}
// how far the promotion may come after "until": "until the belt promotion on friday"
const REACH = 6;
const BELT_WORDS: ReadonlySet<string> = new Set(['belt', 'faixa', 'cinturon', 'cinta', 'still']);
const UNTIL: ReadonlySet<string> = new Set(['until', 'till', 'til', 'untill', 'hasta', 'ate']);
const PROMOTIONS: ReadonlySet<string> = new Set([
  ...['promotion', 'promo', 'promoted', 'grading', 'graded', 'graduation', 'ceremony', 'test', 'testing'],
  ...['promocion', 'graduacion', 'promocao', 'graduacao', 'exame', 'examen'],
]);
// a promotion told as past: "was white until my promotion last year"
const GONE_BY: ReadonlySet<string> = new Set(['was', 'were', 'last', 'ago', 'got', 'yesterday', 'previously']);
