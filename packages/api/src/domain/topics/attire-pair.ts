// Gi and no-gi in one message: compared ("gi vs nogi", "switching from gi to no gi"), both are asked;
// otherwise, with no-gi named last, the gi is where the user comes from or what they lack ("years
// in the gi, now nogi only", "forgot my gi… what can I do without a gi") and no-gi is what is asked.
import type { TopicId } from '../../data/canonical-topics';
import { type Unit, isTopic } from './match';
import type { Token } from './tokenize';

const COMPARING: ReadonlySet<string> = new Set([
  'vs',
  'versus',
  'v',
  'or',
  'ou',
  'o',
  'between',
  'both',
  'than',
  'difference',
  'differences',
  'different',
  'compare',
  'compared',
  'comparing',
  'switch',
  'switching',
  'transition',
  'transitioning',
  'translate',
  'translates',
]);

/** Drops the gi from `found` when no-gi is named after it and nothing compares the two. */
export function dropGiBesideNoGi(found: Set<TopicId>, units: readonly Unit[], tokens: readonly Token[]): void {
  if (!found.has('gi') || !found.has('no-gi') || tokens.some((t) => COMPARING.has(t.raw))) return;
  const last = units.findLast((u) => isTopic(u) && (u.topics.includes('gi') || u.topics.includes('no-gi')));
  if (isTopic(last) && last.topics.includes('no-gi')) found.delete('gi');
}
