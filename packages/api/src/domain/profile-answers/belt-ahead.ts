// belt_level: what lies ahead rather than what is held. "my bjj blue... well, hopefully at 42", "black
// belt… someday lol": a colour trailed off and then hedged with a hope is only wished for. "should be
// getting my blue in a couple of weeks", "grading in a few months": a few weeks or months after "in"
// are still to come, no time trained nor a beginner's level ("a couple of weeks in" still is).

import type { Mention } from './lexicon';
import type { Token } from './text';

/**
 * A colour followed by a pause ("...", "…") whose next words, past "well", "lol", hope for it; not
 * when the hope is for another belt or against ("white... hopefully blue soon", "hopefully not long").
 */
export function hopedAfterPause(
  tokens: readonly Token[],
  mention: Mention<unknown>,
  next: Mention<unknown> | undefined,
): boolean {
  let k = mention.end;
  if (tokens[k]?.text === 'belt') k++;
  const pauseAt = k;
  while (PAUSE.has(tokens[k]?.text ?? '')) k++;
  // one "." ends a sentence; a pause is "…" or two dots or more
  const paused = tokens[pauseAt]?.text === '…' || k - pauseAt >= 2;
  if (!paused) return false;
  while (FILLERS.has(tokens[k]?.text ?? '')) k++;
  const hopeAt = k;
  if (!HOPE.has(tokens[hopeAt]?.text ?? '') || tokens[hopeAt + 1]?.text === 'not') return false;
  return next === undefined || next.start > hopeAt + OTHER_BELT_REACH;
}
const OTHER_BELT_REACH = 4;
const PAUSE: ReadonlySet<string> = new Set(['.', '…']);
const FILLERS: ReadonlySet<string> = new Set(['well', 'lol', 'haha', ',', 'um', 'uh', 'erm', 'or', 'and']);
const HOPE: ReadonlySet<string> = new Set(['hopefully', 'someday', 'eventually', 'maybe', 'inshallah']);

/** A "few/couple of weeks" novice reading that is a time still to come: "in a couple of weeks", "within a few months". */
export function weeksAhead(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  let k = mention.start - 1;
  if (tokens[k]?.text === 'a') k--;
  return (
    AHEAD.has(tokens[k]?.text ?? '') &&
    FEW.has(tokens[mention.start]?.text ?? '') &&
    TIME_UNITS.has(tokens[mention.end - 1]?.text ?? '') &&
    !TRAINED_AFTER.has(tokens[mention.end]?.text ?? '')
  );
}
const AHEAD: ReadonlySet<string> = new Set(['in', 'within']);
const FEW: ReadonlySet<string> = new Set(['few', 'couple']);
const TIME_UNITS: ReadonlySet<string> = new Set(['weeks', 'months']);
// "in a few months of training", "in a couple of weeks in": time trained after all
const TRAINED_AFTER: ReadonlySet<string> = new Set(['of', 'in', 'training', 'into']);
