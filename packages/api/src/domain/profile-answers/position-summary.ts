// main_position: a side summed up weighs above any side said plainly, and it is the answer now:
// "Bottom, hmm, thinking about last week's rolls I was passing in nearly every one, so top" concludes
// from the past, it is no past (position-time.ts).

import type { Token } from './text';

/** The weight of a side summed up or marked as the summary. */
export const SUMMARY = 3;

/**
 * "guard in gi, top in nogi, so kinda half and half", "…, so... top i guess": a clause opening "so" on
 * a side sums the answer up, however the user trails off before naming it.
 */
export function sumsUp(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  let words = 0;
  for (; SUM_PAUSES.has(tokens[k]?.text ?? '') || SUM_FILLERS.has(tokens[k]?.text ?? ''); k--)
    if (!SUM_PAUSES.has(tokens[k]?.text ?? '') && ++words > SUM_FILLERS_REACH) return false;
  return tokens[k]?.text === 'so' && (k === 0 || tokens[k - 1]?.kind === 'symbol');
}
const SUM_FILLERS_REACH = 3;
const SUM_FILLERS: ReadonlySet<string> = new Set([
  ...['kinda', 'basically', 'like', 'pretty', 'much', 'overall', 'really'],
  // "so yeah, top", "so i guess guard", "so id say top"
  ...['yeah', 'yea', 'ya', 'i', 'guess', 'id', 'say', 'probably'],
]);
// "so... top", "so… guard", "so - top", "so, top": a pause between "so" and the side it settles on
const SUM_PAUSES: ReadonlySet<string> = new Set(['.', '…', '-', '—', ',']);

/**
 * "… but where i actually win rolls is passing and holding mount. top": a side said alone as the
 * answer's last sentence, after others, sums it up.
 */
export function saidLastAlone(tokens: readonly Token[], start: number, end: number, balanced = false): boolean {
  const rest = tokens.slice(end);
  // "mon and wed i work guard, fri i work top, pretty even": both sides, summed up after a comma too
  // ("…, pretty even split")
  const ends = balanced ? BOTH_ENDS : SENTENCE_ENDS;
  let from = start;
  while (balanced && SOFTENING.has(tokens[from - 1]?.text ?? '')) from--;
  return (
    from > 0 &&
    ends.has(tokens[from - 1]?.text ?? '') &&
    rest.every((t) => t.kind === 'symbol' || (balanced && TRAILING.has(t.text))) &&
    tokens.slice(0, from - 1).some((t) => t.kind === 'word')
  );
}
// "pretty even split tbh"
const TRAILING: ReadonlySet<string> = new Set(['split', 'tbh', 'honestly', 'overall', 'really', 'lol', 'probably']);
const SOFTENING: ReadonlySet<string> = new Set(['pretty', 'about', 'roughly', 'fairly', 'kinda', 'basically', 'so']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '…']);
const BOTH_ENDS: ReadonlySet<string> = new Set([...SENTENCE_ENDS, ',']);
