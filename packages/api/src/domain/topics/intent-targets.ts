// What a defensive word can be about: a topic that takes an intent id (not "gi", not "sweep"), and
// not the user's own guard or own technique ("my triangle" is theirs to keep, not to defend).
import { NO_INTENT_TOPICS } from '../../data/topic-aliases';
import { type TopicUnit, type Unit, isTopic, rawOf as wordOf } from './match';
import { family } from './unit-words';
import { isOwnGuard } from './users-place';

const noIntent: ReadonlySet<string> = new Set(NO_INTENT_TOPICS);
/** "gi", "sweep": topics no one defends or escapes by name. */
export const takesNoIntent = (topic: string): boolean => noIntent.has(topic);

export const canTakeIntent = (u: Unit | undefined): u is TopicUnit =>
  isTopic(u) && u.topics.some((t) => !noIntent.has(t));

export const canBeTarget = (units: readonly Unit[], j: number): boolean =>
  canTakeIntent(units[j]) && !isOwnGuard(units, j);

export const isOwnTechnique = (units: readonly Unit[], j: number): boolean => {
  const u = units[j];
  // ("the older kids keep shutting down our triangles": a coach's class's own)
  return isTopic(u) && family(u) === 'technique' && (wordOf(units[j - 1]) === 'my' || wordOf(units[j - 1]) === 'our');
};

/** "my americana from mount (keeps getting stuck)": where the user's own technique is done from is theirs, not escaped. */
export const isOwnTechniquesPlace = (units: readonly Unit[], j: number): boolean =>
  isTopic(units[j]) &&
  family(units[j] as TopicUnit) === 'position' &&
  wordOf(units[j - 1]) === 'from' &&
  isOwnTechnique(units, j - 2);

/** "stop deep half sweeps": a position naming the kind of the technique right after it defends that technique. */
export function headOfCompound(units: readonly Unit[], j: number): number {
  const next = units[j + 1];
  return family(units[j] as TopicUnit) === 'position' &&
    isTopic(next) &&
    family(next) === 'technique' &&
    canBeTarget(units, j + 1)
    ? j + 1
    : j;
}
