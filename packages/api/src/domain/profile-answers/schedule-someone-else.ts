// training_frequency: a part of a timetable that tells of someone else ("… tuesdays at my buddy's
// garage, he has like 4 mats and a fan") counts none of the user's sessions.

import type { Token } from './text';

/** The part opens with someone else as its subject: "he has …", "she coaches …". */
export const saidOfSomeoneElse = (tokens: readonly Token[]): boolean =>
  THIRD_PERSON.has(tokens[0]?.text ?? '') && tokens[1]?.kind === 'word';
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'hes', 'shes', 'his', 'her']);
