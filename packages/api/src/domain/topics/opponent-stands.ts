// "slx entries off butterfly when the dude stands up to strike", "keep my guard when theyre standing over
// me": the opponent standing is the moment the question is about, not standing asked (labellers allow
// it either way; the newest leave it out), when something else is asked.
import { SINGLE_OPPONENT_NOUNS } from '../../data/relayed-people';
import { type Unit, rawOf as wordOf } from './match';
import { SUBJECT_OPPONENTS } from './done-to-user';
import { pickedBesideOthers } from './unit-words';

/** The units that tell the opponent standing up, to be read as no topic. */
export const opponentStandsUnits = (units: readonly Unit[]): Set<number> =>
  pickedBesideOthers(units, (u, i) => u.topics.every((t) => t === 'standing') && saidOfTheOpponent(units, i));

function saidOfTheOpponent(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  while (ADVERBS.has(wordOf(units[j]) ?? '')) j--;
  const who = wordOf(units[j]) ?? '';
  // ("while both people are standing": the user stands too)
  if (wordOf(units[j - 1]) === 'both') return false;
  return SUBJECT_OPPONENTS.has(who) || OPPONENTS.has(who);
}
const ADVERBS: ReadonlySet<string> = new Set(['just', 'always', 'then', 'keeps', 'keep', 'is', 'are', 'was', 'were']);
const OPPONENTS: ReadonlySet<string> = new Set([
  ...SINGLE_OPPONENT_NOUNS.male,
  ...SINGLE_OPPONENT_NOUNS.female,
  ...['someone', 'somebody', 'partner', 'opponent'],
]);
