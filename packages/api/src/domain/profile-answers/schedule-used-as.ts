// "open mat saturday where I mostly get used as a crash mat": "used" said of being used by others is
// no past habit ("used to train 3x"), so it does not make a timetable part unsure.

import type { Token } from './text';

/** "used" at `i` in "get used as", "being used by", "i'm used for": the passive, not "used to". */
export const usedByOthers = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'used' &&
  (PASSIVE_LEADS.has(tokens[i - 1]?.text ?? '') || PASSIVE_AFTER.has(tokens[i + 1]?.text ?? ''));
const PASSIVE_LEADS: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'getting', 'being', 'be', 'am', 'is', 'im']);
const PASSIVE_AFTER: ReadonlySet<string> = new Set(['as', 'by', 'for']);
