// Named techniques of a kind (data/pass-kinds.ts, data/takedown-kinds.ts): another of the kind ruled
// out is no alternative to it, and a name for the kind as a whole ("pressure passing", "shots") rules
// out every technique of that kind alone.
import { PASS_KINDS_OF_TERM } from '../data/pass-kinds';
import { TAKEDOWN_KINDS_OF_TERM } from '../data/takedown-kinds';

const kindsOf = (term: string): readonly string[] => PASS_KINDS_OF_TERM[term] ?? TAKEDOWN_KINDS_OF_TERM[term] ?? [];
const TERMS_WITH_KINDS = [...Object.keys(PASS_KINDS_OF_TERM), ...Object.keys(TAKEDOWN_KINDS_OF_TERM)];

/** Names of a whole kind: ruling one out rules out the techniques of only that kind. */
const KIND_NAMES: ReadonlySet<string> = new Set(['pressure_passing', 'leg_shot']);

/**
 * Named only to be ruled out: "my shots get stuffed", "when i shot in" tell of the user's own attempts,
 * and no video is about shooting as a whole.
 */
export const isAskable = (term: string): boolean => term !== 'leg_shot';

/**
 * Whether a named technique is of another kind than those ruled out ("not pressure passing": the
 * toreando is, the smash pass is not); any technique is, when nothing ruled out has a kind.
 */
export function ofAnotherKind(term: string, ruledOut: readonly string[]): boolean {
  const out = new Set(ruledOut.flatMap(kindsOf));
  return !out.size || kindsOf(term).some((k) => !out.has(k));
}

/** The ruled-out names with the techniques a kind's name covers: "no shots" rules out the double leg. */
export function withKindMembers(ruledOut: readonly string[]): string[] {
  const kinds = new Set(ruledOut.filter((t) => KIND_NAMES.has(t)).flatMap(kindsOf));
  if (!kinds.size) return [...ruledOut];
  const covered = (t: string): boolean => kindsOf(t).length > 0 && kindsOf(t).every((k) => kinds.has(k));
  return [...ruledOut, ...TERMS_WITH_KINDS.filter((t) => !ruledOut.includes(t) && covered(t))];
}
