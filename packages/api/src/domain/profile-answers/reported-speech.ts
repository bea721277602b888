// What someone else says of the user: "coach says I'm ready to compete", "my wife thinks I should
// lose weight", "sabi ng coach ko ready na daw ako". Said of the user, but not the user's own word
// ("…but honestly I'm here for the exercise"); the user saying it ("I told coach I want to compete")
// is their own.

import { OTHER_SUBJECTS } from './other-subject-words';
import type { Token } from './text';

const SAYING: ReadonlySet<string> = new Set([
  'says',
  'said',
  'thinks',
  'reckons',
  'believes',
  'told',
  'tells',
  'insists',
  'claims',
  // Spanish "dice", Portuguese "diz", "acha"
  'dice',
  'dijo',
  'diz',
  'disse',
  'acha',
]);
/** Tagalog hearsay: "sabi ng coach" (the coach said), "ready na daw ako" (they say I'm ready). */
const HEARSAY: ReadonlySet<string> = new Set(['sabi', 'daw', 'raw']);
const USER: ReadonlySet<string> = new Set(['i', 'im', 'ko']);

/** Token indexes of what others are said to say of the user: from the saying word to its clause's end. */
export function saidByOthers(tokens: readonly Token[]): Set<number> {
  const said = new Set<number>();
  tokens.forEach((t, k) => {
    const bySomeoneElse =
      (SAYING.has(t.text) && subjectBefore(tokens, k)) || (HEARSAY.has(t.text) && tokens[k + 1]?.text !== 'ko');
    if (!bySomeoneElse) return;
    const first = HEARSAY.has(t.text) ? firstOfClause(tokens, k) : k + 1;
    for (let i = first; i < tokens.length && tokens[i]?.clause === t.clause; i++) said.add(i);
  });
  return said;
}

/** The nearest subject before a saying word in its clause is someone else ("coach promoted me and says…"). */
function subjectBefore(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && tokens[i]?.clause === tokens[k]?.clause; i--) {
    const word = tokens[i]?.text ?? '';
    if (USER.has(word)) return false;
    if (OTHER_SUBJECTS.has(word)) return true;
  }
  return false;
}

function firstOfClause(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i > 0 && tokens[i - 1]?.clause === tokens[k]?.clause) i--;
  return i;
}
