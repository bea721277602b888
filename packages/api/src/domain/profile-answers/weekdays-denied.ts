// Days named first and denied after: "los viernes no voy", "sexta não vou", "fridays i don't go",
// "on mondays i never train", "weekends nothing", "am Wochenende nichts". The days before the denial
// are not trained (weekdays.ts reads the days after a skip word; this reads the other order).

import { isPortugueseOnThe } from './portuguese-on-the';
import type { Token } from './text';
import { NOTHING, WEEKDAYS } from './weekday-words';

/** Days (0 = Monday…) and their tokens, right before a denial of going or training. */
export function daysDeniedBefore(tokens: readonly Token[]): { at: number[]; days: number[] } {
  const at: number[] = [];
  const days: number[] = [];
  const text = (k: number): string => tokens[k]?.text ?? '';
  tokens.forEach((_, i) => {
    const nothing = NOTHING.has(text(i)) && endsClause(tokens, i + 1);
    if (!nothing && (!DENIALS.has(text(i)) || !GOING.has(text(i + 1)) || isPortugueseOnThe(tokens, i))) return;
    let k = i - 1;
    if (SUBJECTS.has(text(k)) || (nothing && NOTHING_LEADS.has(text(k)))) k -= 1;
    const found: number[] = [];
    // "los lunes y viernes no voy": the run of days right before, with its joiners and articles
    for (; k >= 0; k -= 1) {
      const named = WEEKDAYS.get(text(k));
      if (named) found.push(...named, -1 - k);
      else if (!(RUN_WORDS.has(text(k)) && (WEEKDAYS.has(text(k - 1)) || WEEKDAYS.has(text(k + 1))))) break;
    }
    for (const n of found)
      if (n < 0) at.push(-1 - n);
      else days.push(n);
  });
  return { at, days };
}

const DENIALS: ReadonlySet<string> = new Set(['no', 'nao', 'nunca', 'never', 'dont', "don't", 'cant', "can't"]);
// "no voy", "não vou", "no entreno", "nunca treino", "don't go", "never train", "can't make it"
const GOING: ReadonlySet<string> = new Set([
  ...['voy', 'vou', 'entreno', 'treino', 'puedo', 'posso', 'vamos', 'vo'],
  ...['go', 'train', 'make', 'roll'],
]);
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'yo', 'eu']);
// "weekends: nothing", "weekends are none", "weekends - nada"
const NOTHING_LEADS: ReadonlySet<string> = new Set([':', '-', 'is', 'are', 's', 're']);

/** "weekends nothing", "weekends nothing at all, …": a nothing that ends its clause, not "nothing fancy". */
const endsClause = (tokens: readonly Token[], k: number): boolean => {
  const word = tokens[k]?.text ?? '';
  if (tokens[k]?.kind !== 'word') return true;
  return CLAUSE_GOES_ON.has(word) || (word === 'at' && tokens[k + 1]?.text === 'all');
};
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(['and', 'but', 'so', 'though', 'tho', 'lol', 'whatsoever']);
const RUN_WORDS: ReadonlySet<string> = new Set(['and', '&', '/', 'y', 'e', 'los', 'las', 'as', 'os', 'on', 'the']);
