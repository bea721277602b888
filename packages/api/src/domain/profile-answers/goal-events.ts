// training_goals: a tournament told by its name, "getting ready for the Dublin Open", "the Kent
// Classic in May": "the", a name of one to three words, then what such events are called. Named
// opens the lexicon lists ("european open") need no rule; this reads the ones it cannot list.

import type { Mention } from './lexicon';
import type { Token } from './text';

/** Each named event in the answer, as a competition mention. */
export function namedEvents(tokens: readonly Token[]): Mention<'competition'>[] {
  return tokens.flatMap((t, k) => {
    if (!EVENTS.has(t.text) || NOT_EVENT_AFTER.has(tokens[k + 1]?.text ?? '')) return [];
    for (let start = k - 1; start >= Math.max(0, k - MAX_NAME_WORDS - 1); start--) {
      const word = tokens[start];
      if (word?.text === 'the') return start < k - 1 ? [{ value: 'competition' as const, start, end: k + 1 }] : [];
      if (word?.kind === 'symbol' || word?.clause !== t.clause || NOT_NAME.has(word.text)) return [];
    }
    return [];
  });
}
const MAX_NAME_WORDS = 3;
const EVENTS: ReadonlySet<string> = new Set(['open', 'cup', 'classic', 'invitational']);
// "the saturday open mat", "the gym door open"
const NOT_EVENT_AFTER: ReadonlySet<string> = new Set(['mat', 'mats', 'class', 'classes', 'session', 'guard', 'door']);
const NOT_NAME: ReadonlySet<string> = new Set([
  'is',
  's',
  'are',
  'was',
  'be',
  'stays',
  'keep',
  'left',
  'gym',
  'door',
  'doors',
  'mat',
  'and',
  'or',
  'to',
  'a',
  'my',
  'i',
  'it',
]);
