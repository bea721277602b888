// The period said before its count, as Turkish, Japanese and Indonesian put it: "haftada üç kez",
// "shuu ni yon kai", "seminggu 3 kali" (a week, three times). English puts it after ("3 times a week"),
// which frequency-readings.ts reads first.

import { compileLexicon, matchPhraseAt } from './lexicon';
import type { Token } from './text';
import { WORLD_TIMES_WORDS, WORLD_UNIT_BEFORE } from './world-words';

const unitBefore = compileLexicon(WORLD_UNIT_BEFORE);
const MAX_UNIT_WORDS = 2;
const COUNTED: ReadonlySet<string> = new Set(WORLD_TIMES_WORDS);

/** Sessions a week for one per the period that ends right before token `i` ("shuu ni" before "yon"), or null. */
export function periodBefore(tokens: readonly Token[], i: number): number | null {
  for (let start = Math.max(0, i - MAX_UNIT_WORDS); start < i; start++) {
    const unit = matchPhraseAt(unitBefore, tokens, start);
    if (unit?.end === i || (unit?.end === i + 1 && particleCounts(tokens, i))) return unit.value;
  }
  return null;
}

/** Token `i` is inside such a period: the "ni" of "shuu ni" is a particle, not two. */
export function insidePeriodBefore(tokens: readonly Token[], i: number): boolean {
  for (let start = Math.max(0, i - MAX_UNIT_WORDS); start < i; start++) {
    const unit = matchPhraseAt(unitBefore, tokens, start);
    if (unit && unit.end > i && !(unit.end === i + 1 && particleCounts(tokens, i))) return true;
  }
  return false;
}

/**
 * "shuu ni kai" (週2回, twice a week), "tsuki ni kai": with what is counted right after it and no
 * count between, the period's last word is the count (no particle is said there).
 */
const particleCounts = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.kind === 'word' && COUNTED.has(tokens[i + 1]?.text ?? '');
