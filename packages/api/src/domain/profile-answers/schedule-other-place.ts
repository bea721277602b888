// training_frequency: "other" naming a second place trained at is no hedge of a timetable: "3 classes at
// my main gym and I drop in at the other academy on saturdays" → 4, "twice at my club, plus the other
// gym on sundays" → 3. "other" alone reads unsure ("every other week", "some other time"); before a
// place it says where the part's sessions are.

import type { Token } from './text';
import { PLACES_TRAINED_AT } from './schedule-words';

const PLACES: ReadonlySet<string> = new Set([...PLACES_TRAINED_AT, 'school']);

/** "other" at `i` names another place trained at: "the other academy", "my other gym", "on the other side of town". */
export const otherPlace = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'other' &&
  (PLACES.has(tokens[i + 1]?.text ?? '') || (tokens[i + 1]?.text === 'side' && tokens[i + 2]?.text === 'of'));
