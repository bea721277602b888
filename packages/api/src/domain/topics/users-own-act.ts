// Whose move a topic is: the user's own when "I" (or a first-person verb in Portuguese or Spanish)
// says it right before it.
import { type Unit, rawOf as wordOf } from './match';

/**
 * "how do I pass half guard": the topic right after "I" is something the user does; so is one after a
 * first-person verb in Portuguese or Spanish ("quando entro na queda", "cada vez que intento el derribo").
 */
export const isUsersOwnAct = (units: readonly Unit[], i: number): boolean =>
  FIRST_PERSON.has(wordOf(units[i - 1]) ?? '') ||
  IBERIAN_FIRST_PERSON.has(wordOf(units[i - 1]) ?? '') ||
  (IBERIAN_ARTICLES.has(wordOf(units[i - 1]) ?? '') && IBERIAN_FIRST_PERSON.has(wordOf(units[i - 2]) ?? ''));
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'eu', 'yo']);
/** The user's own: "mi kimura me la defienden". */
export const OWN_POSSESSIVES: ReadonlySet<string> = new Set(['my', 'mi', 'mis', 'minha', 'meu']);
export const IBERIAN_ARTICLES: ReadonlySet<string> = new Set([
  'na',
  'no',
  'a',
  'o',
  'al',
  'el',
  'la',
  'um',
  'uma',
  'un',
  'una',
]);
const IBERIAN_FIRST_PERSON: ReadonlySet<string> = new Set([
  // "qnd to passando a meia" is read by the verb before it: "estou", "estava passando"
  'estou',
  'estava',
  'estoy',
  'estaba',
  'entro',
  'tento',
  'intento',
  'busco',
  'faco',
  'hago',
  'dou',
  'doy',
  'puxo',
  'jalo',
]);
