// main_position told as a change: "started out on top but lately it's all guard", "since my
// promotion, top now; as white all guard", "nung white puro guard, top na ako ngayon". Each side
// takes the time of the last word of time before it; a side said of the past counts only as what
// they like less once another side is said of now (or plainly), and sides all of the past ("used to
// love guard when I was younger") say nothing of now.

import { compileLexicon, findMentions, type PhraseTable } from './lexicon';
import { NOW_OTHER_TONGUES, PAST_OTHER_TONGUES } from './now-and-past-words';
import { sumsUp } from './position-summary';
import type { Token } from './text';

type Time = 'now' | 'past';

const TIME_CUES: PhraseTable<Time> = [
  // "since my promotion" and "still" reach up to now
  [
    ['now', 'nowadays', 'currently', 'today', 'lately', 'recently', 'since', 'still', ...NOW_OTHER_TONGUES].join('|'),
    'now',
  ],
  ['these days', 'now'],
  // a side told in the present tense: "…but here I play top", "pero aquí juego arriba"
  ['i play|prefer|like|love|am|m', 'now'],
  ['im|juego|jogo|soy|sou|prefiero|prefiro', 'now'],
  // "I'm used to lying on my back": used to it now, no past
  ['i m|am used to', 'now'],
  ['im|am|get|got|getting used to', 'now'],
  ['todavia|ainda', 'now'],
  // a change that leads up to now: "in BJJ I've become a guard player"
  ['i ve|have become', 'now'],
  ['i ve|have turned into', 'now'],
  ['was|were|used|came|started|began|originally|initially|formerly', 'past'],
  [PAST_OTHER_TONGUES.join('|'), 'past'],
  ['back then|when', 'past'],
  ['back in the day', 'past'],
  ['at first', 'past'],
  ['in the beginning', 'past'],
  // "as white all guard", "at blue I was passing": a belt the user has left, in a told change
  ['as|at white|blue|purple|brown', 'past'],
  ['as|at a white|blue|purple|brown', 'past'],
];
const timeLexicon = compileLexicon(TIME_CUES);

/** What the position helpers need of a vote: where its side was named, and its weight. */
export interface PlacedVote {
  readonly at: number;
  readonly weight: number;
}

/** A vote for a side: what the weighing helpers that choose between the sides read of it. */
export interface SidedVote extends PlacedVote {
  readonly side: 'guard' | 'top' | 'balanced';
}

/** A time word right after a side in its clause is that side's: "top now", "guard at first". */
const TRAILING_REACH = 2;
// …unless a turn ends the side's part first ("working guard so now it's even")
const TURNS: ReadonlySet<string> = new Set(['so', 'and', 'then', 'but', 'pero']);

export function nowOverPast<V extends PlacedVote>(tokens: readonly Token[], votes: readonly V[]): V[] {
  const timeOf = timesOf(tokens);
  if (!timeOf) return [...votes];
  const holdsNow = votes.some((v) => v.weight >= 1 && timeOf(v.at) !== 'past');
  return holdsNow ? votes.map((v) => (timeOf(v.at) === 'past' ? { ...v, weight: 0 } : v)) : [...votes];
}

/**
 * "used to love guard when I was younger", "back then I was all top": every side is of the past, none
 * is said to be preferred ("former wrestler so definitely top") and no start or change leads up to now
 * ("comecei a puxar guarda", "in bjj i've become a de la riva player").
 */
export function onlyPast(tokens: readonly Token[], votes: readonly PlacedVote[]): boolean {
  const timeOf = timesOf(tokens);
  if (timeOf === null || votes.length === 0 || tokens.some((t) => STARTS_OR_CHANGES.has(t.text))) return false;
  return votes.every((v) => timeOf(v.at) === 'past' && v.weight <= PLAIN);
}
const PLAIN = 1;
const STARTS_OR_CHANGES: ReadonlySet<string> = new Set([
  ...['start', 'started', 'starting', 'began', 'begun', 'comecei', 'comecou', 'empece', 'empeze', 'empezo'],
  ...['switched', 'switch', 'changed', 'become', 'became', 'turned', 'moved', 'transitioned', 'since'],
]);

/** The time of the side at a token, when the answer says any past; else null. */
function timesOf(tokens: readonly Token[]): ((at: number) => Time | null) | null {
  const found = findMentions(timeLexicon, tokens).filter((c) => !isNowAndThen(tokens, c.start));
  // "now at blue I'm more balanced": the belt named right after "now" is the one now
  const cues = found.filter(
    (c, k) => !(c.value === 'past' && found[k - 1]?.value === 'now' && found[k - 1]?.end === c.start),
  );
  if (!cues.some((c) => c.value === 'past')) return null;
  return (at: number): Time | null => {
    // "…I was passing in nearly every one, so top": a summing up is said now
    if (sumsUp(tokens, at)) return 'now';
    const trailing = cues.find(
      (c) =>
        c.start > at &&
        c.start - at <= TRAILING_REACH &&
        sameClause(tokens, at, c.start) &&
        !tokens.slice(at, c.start).some((t) => TURNS.has(t.text)),
    );
    return trailing?.value ?? cues.filter((c) => c.start < at).at(-1)?.value ?? null;
  };
}

// "now and then" is no time
const isNowAndThen = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === 'now' && tokens[k + 1]?.text === 'and' && tokens[k + 2]?.text === 'then';

const sameClause = (tokens: readonly Token[], a: number, b: number): boolean => tokens[a]?.clause === tokens[b]?.clause;
