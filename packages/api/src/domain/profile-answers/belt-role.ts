// belt_level: a belt the user acts as is the user's own, whoever else the sentence names: "teaching
// the kids class as a brown belt, my prof is the black belt", "i help coach the kids as a purple
// belt", "dou aula pro meu filho como faixa azul". Not in a clause that is someone else's ("he
// teaches as a black belt", "my partner competes as a brown belt"), nor in a comparison ("as good as
// a black belt").

import type { Mention } from './lexicon';
import type { Token } from './text';
import { BELT_NOUNS, type BeltSignal } from './belt-words';
import { OTHER_SUBJECTS } from './other-subject-words';
import { othersClauses } from './others';

/** "as a", "being a"; Portuguese "como", "sendo", Spanish "siendo" (with or without "faixa", "cinturón"). */
const AS: ReadonlySet<string> = new Set(['as', 'being', 'como', 'sendo', 'siendo']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** "same as a", "such as a", "like a": likening, not a role. */
const LIKENING: ReadonlySet<string> = new Set(['same', 'such', 'like']);
const THE_USER: ReadonlySet<string> = new Set(['i', 'im', 'me', 'myself', 'eu', 'yo']);
const SOMEONE: ReadonlySet<string> = new Set(['he', 'she', 'they', 'ele', 'ela', 'eles', 'elas', 'ella', 'ellos']);

/** The belt at `mention` is the one the user acts as: "…as a brown belt". */
export function actsAsBelt(tokens: readonly Token[], mention: Mention<BeltSignal>): boolean {
  let k = mention.start - 1;
  if (BELT_NOUNS.has(tokens[k]?.text ?? '')) k--;
  if (ARTICLES.has(tokens[k]?.text ?? '')) k--;
  // "as good as a black belt": the second "as" of a comparison
  if (!AS.has(tokens[k]?.text ?? '') || tokens[k - 2]?.text === 'as' || LIKENING.has(tokens[k - 1]?.text ?? ''))
    return false;
  // whoever the clause names last before the role acts in it: "my coach lets me teach as a purple belt"
  const others = othersClauses(tokens);
  const clause = tokens[k]?.clause;
  for (let j = k - 1; j >= 0 && tokens[j]?.clause === clause; j--) {
    const word = tokens[j]?.text ?? '';
    if (THE_USER.has(word)) return true;
    if (SOMEONE.has(word) || (others.has(j) && OTHER_SUBJECTS.has(word))) return false;
  }
  return true;
}
