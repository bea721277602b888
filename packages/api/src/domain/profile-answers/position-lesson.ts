// main_position: what a class drilled is the lesson, not a side the user plays: "We drilled mount
// escapes tonight", "we drilled closed guard all week", "coach showed us the knee slice", "tonight's
// class was all leg drags". Sides said in such a clause are set aside; the user's own, said apart
// ("we drilled guard but I play top"), still count.

import type { Token } from './text';

/** The clauses that tell what the class drilled, with no word of the user's own in them. */
export function lessonClauses(tokens: readonly Token[]): Set<number> {
  const clauses = new Set<number>();
  tokens.forEach((t, k) => {
    if (teaches(tokens, k)) clauses.add(t.clause);
  });
  for (const t of tokens) if (THE_USER.has(t.text)) clauses.delete(t.clause);
  return clauses;
}

/** "we drilled", "we've been working on", "showed us", "class was on": a lesson told at `k`. */
function teaches(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  if (TAUGHT.has(word)) return tokens[k + 1]?.text === 'us';
  if (word !== 'we' && !CLASS.has(word)) return false;
  let j = k + 1;
  while (j - k <= MAX_AUXILIARIES && AUXILIARIES.has(tokens[j]?.text ?? '')) j++;
  const verb = tokens[j]?.text ?? '';
  return word === 'we' ? LESSON_VERBS.has(verb) : CLASS_WAS.has(verb) && tokens[j]?.clause === tokens[k]?.clause;
}
const MAX_AUXILIARIES = 2;
const AUXILIARIES: ReadonlySet<string> = new Set(['ve', 'have', 'had', 'been', 're', 'are', 'were', 'll', 'will']);
const LESSON_VERBS: ReadonlySet<string> = new Set([
  ...['drill', 'drills', 'drilled', 'drilling', 'covered', 'covering', 'cover', 'practised', 'practiced'],
  ...['practicing', 'practising', 'learned', 'learnt', 'learning', 'studied', 'studying', 'reviewed'],
  ...['worked', 'working', 'went', 'going', 'did', 'doing', 'focused', 'focusing', 'spent', 'spending'],
]);
// "tonight's class was all leg drags", "today's lesson is on mount"
const CLASS: ReadonlySet<string> = new Set(['class', 'lesson', 'session', 'seminar', 'curriculum', 'theme']);
const CLASS_WAS: ReadonlySet<string> = new Set(['was', 'is', 's', 'were', 'covered', 'focused']);
const TAUGHT: ReadonlySet<string> = new Set(['showed', 'shows', 'showing', 'taught', 'teaching', 'teaches']);
const THE_USER: ReadonlySet<string> = new Set(['i', 'im', 'me', 'myself']);
