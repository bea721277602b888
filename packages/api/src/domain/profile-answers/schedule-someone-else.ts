// training_frequency: a part of a timetable that tells of someone else ("… tuesdays at my buddy's
// garage, he has like 4 mats and a fan") counts none of the user's sessions.

import type { Token } from './text';

/**
 * The part opens with someone else as its subject: "he has …", "she coaches …", "my wife trains 4x a
 * week" (not "my wife and i …", nor "my wife's gym").
 */
export const saidOfSomeoneElse = (tokens: readonly Token[]): boolean =>
  (THIRD_PERSON.has(tokens[0]?.text ?? '') && tokens[1]?.kind === 'word') ||
  (tokens[0]?.text === 'my' &&
    KIN.has(tokens[1]?.text ?? '') &&
    tokens[2]?.kind === 'word' &&
    !['and', 's'].includes(tokens[2].text));
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'hes', 'shes', 'his', 'her']);
const KIN: ReadonlySet<string> = new Set([
  ...['wife', 'husband', 'gf', 'bf', 'girlfriend', 'boyfriend', 'son', 'daughter', 'kid', 'kids'],
  ...['brother', 'sister', 'dad', 'mom', 'mum', 'friend', 'buddy', 'roommate'],
]);
