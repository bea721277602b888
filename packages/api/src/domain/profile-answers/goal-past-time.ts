// training_goals: a goal told of a time left behind, "I did it for self defense when I was a teenager",
// "trained for comps back in college", "as a kid I did it to get fit", "lo hacía por defensa personal
// cuando era adolescente", "fiz pra competir quando era novo": the reason then, no goal now. Unless the
// answer carries it on ("…, still my main reason") or says what the user wants now.

import { compileLexicon, findMentions, type PhraseTable } from './lexicon';
import { NOW_OTHER_TONGUES } from './now-and-past-words';
import type { Token } from './text';

const PAST_TIMES: PhraseTable<true> = [
  ['when i|we was|were', true],
  ['back when|then', true],
  ['back in the day', true],
  ['back in college|school|uni|university|highschool', true],
  ['back in high school', true],
  ['as a kid|teen|teenager|child|boy|girl|youngster|student', true],
  ['years|ages|decades ago', true],
  ['in my teens|youth|twenties|thirties', true],
  ['growing up', true],
  // Spanish and Portuguese: "cuando era adolescente", "de niño", "quando eu era novo", "na adolescencia"
  ['cuando|quando era|eramos|tinha|tenia', true],
  ['quando eu era', true],
  ['de nino|nina|joven|pequeno|pequena|chico|chica|adolescente', true],
  ['na|en la adolescencia|juventude|juventud|infancia', true],
];
const pastTimes = compileLexicon(PAST_TIMES);

/** The goal at `start` is told, in its clause, as done at a time left behind, and nothing says now. */
export function inTimeLeftBehind(tokens: readonly Token[], start: number): boolean {
  const clause = tokens[start]?.clause;
  const timed = findMentions(pastTimes, tokens).some((m) => tokens[m.start]?.clause === clause);
  const done = tokens.some((t, k) => k < start && t.clause === clause && DONE.has(t.text));
  return timed && done && !tokens.some((t) => NOW.has(t.text));
}

// what was done: "did it for", "trained for", "went for", "took it up to"
const DONE: ReadonlySet<string> = new Set([
  ...['did', 'trained', 'went', 'took', 'started', 'joined', 'was', 'were', 'practiced', 'practised', 'used'],
  ...['got', 'signed', 'wanted', 'wrestled', 'boxed', 'fought'],
  ...['hice', 'hacia', 'entrenaba', 'entrene', 'empece', 'practicaba', 'queria'],
  ...['fiz', 'fazia', 'treinava', 'treinei', 'comecei', 'praticava', 'pratiquei'],
]);
// the goal carried on, or one said of now
const NOW: ReadonlySet<string> = new Set([
  ...['now', 'nowadays', 'currently', 'lately', 'today', 'still', 'again'],
  ...['want', 'wanna', 'hope', 'hoping', 'plan', 'planning', 'trying', 'goal'],
  ...['ainda', 'todavia', 'sigo', 'sigue', 'continuo', 'quiero', 'quero'],
  ...NOW_OTHER_TONGUES,
]);

/** "After my last tournament I quit competing", "since my last comp": an event behind the user, no aim. */
export const afterLastEvent = (tokens: readonly Token[], start: number): boolean =>
  LAST.has(tokens[start - 1]?.text ?? '') &&
  OWNED.has(tokens[start - 2]?.text ?? '') &&
  SINCE.has(tokens[start - 3]?.text ?? '');
const LAST: ReadonlySet<string> = new Set(['last', 'previous', 'latest']);
const OWNED: ReadonlySet<string> = new Set(['my', 'the', 'our']);
const SINCE: ReadonlySet<string> = new Set(['after', 'since', 'at', 'from']);
