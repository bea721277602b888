// Whose move a topic is: the user's own when "I" (or a first-person verb in Portuguese or Spanish)
// says it right before it, when the user says they reached it, or when the name is the user's verb.
import { type TopicUnit, type Unit, isTopic, rawOf as wordOf } from './match';
import type { Token } from './tokenize';

/**
 * "how do I pass half guard": the topic right after "I" is something the user does; so is one after a
 * first-person verb in Portuguese or Spanish ("quando entro na queda", "cada vez que intento el derribo").
 */
export const isUsersOwnAct = (units: readonly Unit[], i: number): boolean =>
  FIRST_PERSON.has(wordOf(units[i - 1]) ?? '') ||
  // "i get caught when im passing" (not "when im mounted": done to the user; German "im dreieck" is "in the")
  (BE_FIRST_PERSON.has(wordOf(units[i - 1]) ?? '') &&
    CLAUSE_OPENERS.has(wordOf(units[i - 2]) ?? '') &&
    isTopic(units[i]) &&
    !(units[i] as TopicUnit).hasParticiple) ||
  IBERIAN_PURPOSE.has(wordOf(units[i - 1]) ?? '') ||
  IBERIAN_FIRST_PERSON.has(wordOf(units[i - 1]) ?? '') ||
  (IBERIAN_ARTICLES.has(wordOf(units[i - 1]) ?? '') && IBERIAN_FIRST_PERSON.has(wordOf(units[i - 2]) ?? '')) ||
  namesUsersVerbsObject(units, i);
/** "every time i shoot a takedown": the name after the user's own verb of the same topic is that act. */
function namesUsersVerbsObject(units: readonly Unit[], i: number): boolean {
  const [u, verb] = [units[i], units[i - 2]];
  if (!isTopic(u) || !isTopic(verb) || !ENGLISH_ARTICLES.has(wordOf(units[i - 1]) ?? '')) return false;
  return verb.topics.some((t) => u.topics.includes(t)) && FIRST_PERSON.has(wordOf(units[i - 3]) ?? '');
}
const ENGLISH_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my']);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'eu', 'yo']);
const BE_FIRST_PERSON: ReadonlySet<string> = new Set(['im', 'were']);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'while', 'if', 'once', 'as']);
/** Right before a verb named as a topic: "me arrodillo para pasar", "quiero pasar la de la riva". */
const IBERIAN_PURPOSE: ReadonlySet<string> = new Set(['para', 'pra', 'quiero', 'quero']);
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
  // Polish "in": "wchodzę w obalenie"
  'w',
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
  // "quando vou na queda", "voy al derribo", "cada vez que tiro un single leg", "como entrar na baiana"
  'vou',
  'voy',
  'tiro',
  // (an infinitive after "como", the user's own all the same: "como entrar na baiana")
  'entrar',
  // Polish: "jak wchodzę w obalenie" (when I go in for the takedown)
  'wchodze',
  'probuje',
]);

/** "when i finally get side control … no idea what to do": a place the user reached is theirs, not one to escape. */
export function reachedByUser(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  if (!REACHING.has(wordOf(units[j]) ?? '')) return false;
  j--;
  if (ADVERBS_OF_REACHING.has(wordOf(units[j]) ?? '')) j--;
  return wordOf(units[j]) === 'i';
}
const REACHING: ReadonlySet<string> = new Set(['get', 'got', 'reach', 'reached', 'hit', 'have', 'hold']);
const ADVERBS_OF_REACHING: ReadonlySet<string> = new Set(['finally', 'actually', 'always', 'usually', 'do', 'even']);

/** A name said as the user's own verb: "cuando monto yo", "quando eu monto". */
export const namesUsersVerb = (tokens: readonly Token[], u: TopicUnit): boolean =>
  FIRST_PERSON_NAMES.has(tokens[u.start]?.raw ?? '');
const FIRST_PERSON_NAMES: ReadonlySet<string> = new Set(['monto', 'raspo', 'barro', 'paso']);

/** "i want to pass and pin with pressure", "i need to learn to pass": the user wanting to do it. */
export function wantedByUser(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && WANTING_FILLER.has(wordOf(units[j]) ?? '')) j--;
  if (!WANTING.has(wordOf(units[j]) ?? '')) return false;
  return wordOf(units[j - 1]) === 'i' || wordOf(units[j - 2]) === 'i';
}
const WANTING: ReadonlySet<string> = new Set(['want', 'wanna', 'need', 'gotta', 'learn', 'like']);
const WANTING_FILLER: ReadonlySet<string> = new Set(['to', 'how', 'learn', 'be', 'able']);
