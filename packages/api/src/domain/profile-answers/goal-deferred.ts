// training_goals: "ask me after my promotion", "me pergunta depois", "pregúntame después de la
// graduación": what comes after asking to be asked later is when to ask, not what the user trains for.

import type { Token } from './text';

/** The mention at `start` follows, in its clause, a request to be asked again later. */
export function askedLater(tokens: readonly Token[], start: number): boolean {
  const clause = tokens[start]?.clause;
  for (let k = start - 1; k >= 0 && tokens[k]?.clause === clause; k--) {
    const [word, next, before] = [tokens[k]?.text ?? '', tokens[k + 1]?.text ?? '', tokens[k - 1]?.text ?? ''];
    if (ASK_ME.has(word) || (ASK.has(word) && (next === 'me' || before === 'me'))) return true;
  }
  return false;
}
const ASK: ReadonlySet<string> = new Set(['ask', 'pergunta', 'pergunte', 'pregunta', 'pregunte']);
// Spanish and Portuguese join the "me" to the verb: "pregúntame", "perguntame"
const ASK_ME: ReadonlySet<string> = new Set(['preguntame', 'perguntame', 'preguntenme']);
