// main_position: both sides owned as a choice, said last, sum the answer up: "top at the women's
// academy, bottom at the mixed gym, honestly im fine with both and i train both on purpose", "guard
// in gi and top in nogi, happy with both". What came before tells where each side is played; the
// closing stance is the user's answer. A side named after it ("fine with both, but I prefer top")
// still wins, as that is then the last word.

import type { Token } from './text';
import type { SidedVote as Vote } from './position-time';
import { SUMMARY } from './position-summary';

/** Content with: "fine with both", "happy with either", "comfortable in both". */
const CONTENT: ReadonlySet<string> = new Set(['fine', 'happy', 'comfortable', 'content', 'ok', 'okay', 'good', 'cool']);
const WITH: ReadonlySet<string> = new Set(['with', 'in', 'doing', 'playing']);
/** Chosen: "i train both on purpose", "play both deliberately". */
const CHOSEN_ONE: ReadonlySet<string> = new Set(['deliberately', 'intentionally', 'purposely', 'purposefully']);
const CHOSEN_TWO: ReadonlySet<string> = new Set(['on purpose', 'by choice', 'by design']);

/** The votes with a closing "both" the user owns raised to a summary. */
export function ownedBothLast<V extends Vote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const sides = votes.filter((v) => v.side !== 'balanced');
  if (sides.length === 0) return [...votes];
  const lastSide = Math.max(...sides.map((v) => v.at));
  return votes.map((v) =>
    v.side === 'balanced' && v.at > lastSide && owned(tokens, v.at) ? { ...v, weight: Math.max(v.weight, SUMMARY) } : v,
  );
}

function owned(tokens: readonly Token[], at: number): boolean {
  const word = (k: number): string => tokens[k]?.text ?? '';
  if (WITH.has(word(at - 1)) && CONTENT.has(word(at - 2))) return true;
  for (let k = at + 1; k < at + 3; k++)
    if (CHOSEN_ONE.has(word(k)) || CHOSEN_TWO.has(`${word(k)} ${word(k + 1)}`)) return true;
  return false;
}
