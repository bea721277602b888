// training_goals: a goal the user only might take up later is no goal now: "Might start competing next
// year", "might do comps one day", "talvez comece a competir ano que vem". A "might" (a possibility of
// the user's own doing) takes a time ahead in its clause, or a start; a "maybe" only a start ("maybe
// start competing"): "maybe compete one day" stays a goal hoped for, as "talvez competir um dia" does,
// and so do "I want to compete next year" and "probably competing at some point".

import { compileLexicon, findMentions, type Mention, type PhraseTable } from './lexicon';
import type { Token } from './text';

const MIGHT: PhraseTable<true> = [
  ['might|mite', true],
  ['i|we may', true],
  // "pode ser que eu comece", "puede que empiece"
  ['pode|puede ser que', true],
  ['puede que', true],
];
const MAYBE: PhraseTable<true> = [
  ['maybe|perhaps|possibly|mayb|talvez|quizas|quiza', true],
  ['a lo mejor', true],
];
const LATER: PhraseTable<true> = [
  ['someday|eventually|later|soon', true],
  ['one|some day', true],
  ['next year|month|season|summer|spring|fall|autumn|winter|term', true],
  ['at some point', true],
  ['in the future', true],
  ['down the line|road', true],
  // "ano que vem", "el año que viene", "um dia", "algún día"
  ['ano que vem|viene', true],
  ['proximo ano', true],
  ['um|algum|algun dia', true],
];
// a goal only begun after the maybe is ahead too: "might start competing", "talvez comece a competir"
const STARTING: ReadonlySet<string> = new Set([
  ...['start', 'starting', 'begin', 'beginning', 'take', 'get'],
  ...['comece', 'comecar', 'empiece', 'empezar'],
]);
const mightLexicon = compileLexicon(MIGHT);
const maybeLexicon = compileLexicon(MAYBE);
const laterLexicon = compileLexicon(LATER);

/** The mention is said with a "might" and a time ahead or a start, or with a "maybe" and a start. */
export function maybeLater(tokens: readonly Token[], mention: Mention<unknown>): boolean {
  const clause = tokens[mention.start]?.clause;
  const inClause = (m: Mention<true>): boolean => tokens[m.start]?.clause === clause;
  // just before the goal, or at once after it ("comps maybe someday")
  const atGoal = (m: Mention<true>): boolean =>
    inClause(m) && ((m.end <= mention.start && mention.start - m.end <= REACH) || m.start === mention.end);
  const starts = (m: Mention<true>): boolean => tokens.slice(m.end, mention.start).some((t) => STARTING.has(t.text));
  const mights = findMentions(mightLexicon, tokens).filter(atGoal);
  if (mights.some(starts) || (mights.length > 0 && findMentions(laterLexicon, tokens).some(inClause))) return true;
  return findMentions(maybeLexicon, tokens).filter(atGoal).some(starts);
}
// "might start doing comps": the maybe leads the goal's verb phrase
const REACH = 3;
