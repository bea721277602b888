// training_frequency: a count, then one of its classes dropped: "4 classes but i dropped the thursday
// one since the new job" → 3, "3x a week but i quit the friday gi" → 2.

import type { Rate } from './frequency-readings';
import type { Token } from './text';
import { dayAt } from './schedule-days';
import { KINDS } from './schedule-session-named';

/** The one rate kept, less one class it says was dropped after it; else null. */
export function lessOneDropped(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  const rate = rates.length === 1 ? rates[0] : undefined;
  if (!rate || rate.perWeek < 2) return null;
  for (let k = rate.end; k < tokens.length - 2; k++) {
    if (!DROPPED.has(tokens[k]?.text ?? '') || tokens[k + 1]?.text !== 'the') continue;
    // "the thursday one", "the friday gi", "the nogi class"
    const named = dayAt(tokens, k + 2) !== undefined || KINDS.has(tokens[k + 2]?.text ?? '');
    if (named && ONE_CLASS.has(tokens[k + 3]?.text ?? '')) return rate.perWeek - 1;
  }
  return null;
}
const DROPPED: ReadonlySet<string> = new Set(['dropped', 'quit', 'cut', 'ditched', 'lost']);
const ONE_CLASS: ReadonlySet<string> = new Set([
  'one',
  'class',
  'session',
  'gi',
  'nogi',
  '',
  'since',
  'because',
  'cos',
]);
