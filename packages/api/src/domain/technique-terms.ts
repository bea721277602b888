import {
  TECHNIQUE_TERMS,
  TERM_DEFENCE_CUES,
  TERM_DONE_TO_USER,
  TERM_ON_USER,
  type TechniqueTerm,
} from '../data/technique-terms';
import { compilePhrases, hasAnyPhrase, phraseAt, stemsOf } from './phrases';
import { withinOneEdit } from './topics/one-edit';

// Finds the named techniques of data/technique-terms.ts in a text: whole-word phrases over stems, so
// "truck" is never "trucker" and "50/50" reads as "50 50".

interface Phrase {
  stems: readonly string[];
  term: TechniqueTerm;
  blockers: readonly (readonly string[])[];
}

// Compiled once: phrases by their first stem, longest first so "knee cut" wins over a shorter phrase.
const byFirstStem = new Map<string, Phrase[]>();
for (const term of TECHNIQUE_TERMS) {
  const blockers = (term.notWhen ?? []).map(stemsOf);
  for (const phrase of term.phrases) {
    const stems = stemsOf(phrase);
    const list = byFirstStem.get(stems[0]!) ?? [];
    list.push({ stems, term, blockers });
    list.sort((a, b) => b.stems.length - a.stems.length);
    byFirstStem.set(stems[0]!, list);
  }
}

// A one-word name this long is still read with one letter wrong in a message ("berimbollo").
const SLIP_MIN_LENGTH = 7;
const longSingleWords = [...byFirstStem.values()]
  .flat()
  .filter((p) => p.stems.length === 1 && p.stems[0]!.length >= SLIP_MIN_LENGTH);

/** The phrases that may start at a message's stem: exactly, or a long one-word name with a slip. */
function phrasesAt(stem: string): readonly Phrase[] {
  const exact = byFirstStem.get(stem);
  if (exact || stem.length < SLIP_MIN_LENGTH) return exact ?? [];
  return longSingleWords.filter((p) => withinOneEdit(stem, p.stems[0]!)).map((p) => ({ ...p, stems: [stem] }));
}

interface Match {
  term: TechniqueTerm;
  start: number;
  end: number;
}

/**
 * The named techniques a text names, left to right, each the longest phrase standing at its place:
 * `candidates` says which phrases may start at a stem, `standsAt` whether one stands there.
 */
function* matchesIn(
  stems: readonly string[],
  candidates: (stem: string) => readonly Phrase[],
  standsAt: (stems: readonly string[], i: number, phrase: Phrase) => boolean,
): Generator<Match> {
  for (let i = 0; i < stems.length; i++)
    for (const phrase of candidates(stems[i]!)) {
      if (!standsAt(stems, i, phrase)) continue;
      yield { term: phrase.term, start: i, end: i + phrase.stems.length };
      i += phrase.stems.length - 1;
      break;
    }
}

const exactly = (stems: readonly string[], i: number, phrase: Phrase): boolean =>
  phraseAt(stems, i, phrase.stems) && !phrase.blockers.some((b) => phraseAt(stems, i, b));
const withASlip = (stems: readonly string[], i: number, phrase: Phrase): boolean =>
  slipPhraseAt(stems, i, phrase.stems) && !phrase.blockers.some((b) => phraseAt(stems, i, b));
const exactFirstStem = (stem: string): readonly Phrase[] => byFirstStem.get(stem) ?? [];

/** The ids of the named techniques in a text, in order of first appearance. */
export function termsIn(text: string): string[] {
  const found: string[] = [];
  for (const { term } of matchesIn(stemsOf(text), exactFirstStem, exactly))
    if (!found.includes(term.id)) found.push(term.id);
  return found;
}

const byId = new Map(TECHNIQUE_TERMS.map((t) => [t.id, t]));

export const techniqueTerm = (id: string): TechniqueTerm | undefined => byId.get(id);

/** The ways a text writes each named technique it names, by id ("the berimbolos" → berimbolo: ["berimbolos"]). */
export function termPhrasesIn(text: string): Map<string, string[][]> {
  const stems = stemsOf(text);
  const found = new Map<string, string[][]>();
  // the words as the message writes them ("knee sclice"), so they can be found in it again
  for (const { term, start, end } of matchesIn(stems, phrasesAt, withASlip))
    found.set(term.id, [...(found.get(term.id) ?? []), stems.slice(start, end)]);
  return found;
}

/** A phrase at `i`, a word of it past the first (4+ letters) written with one slip: "knee sclice". */
function slipPhraseAt(stems: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((p, k) => {
    const typed = stems[i + k];
    if (typed === p) return true;
    return (
      k > 0 &&
      typed !== undefined &&
      typed.length >= SLIP_WORD_LENGTH &&
      p.length >= SLIP_WORD_LENGTH &&
      withinOneEdit(typed, p)
    );
  });
}
const SLIP_WORD_LENGTH = 4;

const DEFENCE_CUES = compilePhrases(TERM_DEFENCE_CUES);
const DONE_TO_USER = compilePhrases(TERM_DONE_TO_USER);
const ON_USER = TERM_ON_USER.map(stemsOf);
// "knee cut keeps going straight thru my guard"
const DONE_TO_USER_REACH = 7;

/** After a named technique, it is done to the user: "knee cut keeps going thru my guard", "… on me". */
const doneToUserAt = (stems: readonly string[], end: number): boolean =>
  hasAnyPhrase(stems.slice(end, end + DONE_TO_USER_REACH), DONE_TO_USER) ||
  ON_USER.some((p) => phraseAt(stems, end, p));

/** The named techniques a message says are done to the user ("the guys just stand up on me"). */
export function termsDoneToUser(text: string): string[] {
  const stems = stemsOf(text);
  const done: string[] = [];
  for (const { term, end } of matchesIn(stems, phrasesAt, exactly))
    if (doneToUserAt(stems, end) && !done.includes(term.id)) done.push(term.id);
  return done;
}
// How far before a named technique a defending word still reaches it ("get out of the 50/50").
const DEFENCE_REACH = 4;
/** A verb of stopping with its object after it (as stems): the named technique before it is what stops. */
const STOPPING: ReadonlySet<string> = new Set(['stop', 'counter']);
const STOPPED: ReadonlySet<string> = new Set(['my', 'me', 'the', 'it', 'everyth', 'every', 'all']);

/** The named techniques a text asks to get out of: a defending word just before ("escape the saddle") or right after ("50/50 escapes"). */
export function defendedTermsIn(text: string): string[] {
  const stems = stemsOf(text);
  const defended: string[] = [];
  let last: Match | undefined;
  for (const match of matchesIn(stems, phrasesAt, exactly)) {
    const { term, start, end } = match;
    const before = stems.slice(Math.max(0, start - DEFENCE_REACH), start);
    // "the knee shield stops my knee cut": the user's own move stopped, and the one that stops it
    const usersOwn = stems[start - 1] === 'my';
    const stopsSomething = STOPPING.has(stems[end] ?? '') && STOPPED.has(stems[end + 1] ?? '');
    if (
      (hasAnyPhrase(before, DEFENCE_CUES) && !usersOwn) ||
      (hasAnyPhrase(stems.slice(end, end + 1), DEFENCE_CUES) && !stopsSomething) ||
      doneToUserAt(stems, end)
    )
      if (!defended.includes(term.id)) defended.push(term.id);
    last = match;
  }
  // "… into a front headlock and i panic. how do i get out": a defence asked last, with nothing named
  // after it, is of the technique named last
  if (!defended.length && last && endsOnDefence(stems, last.end)) defended.push(last.term.id);
  return defended;
}

/** After `from`, a defending phrase ends the message ("how do i get out", "how to escape?"). */
function endsOnDefence(stems: readonly string[], from: number): boolean {
  let end = stems.length;
  while (end > from && !/[a-z]/.test(stems[end - 1]!)) end--;
  return ENDING_DEFENCES.some((p) => end - p.length >= from && phraseAt(stems, end - p.length, p));
}
const ENDING_DEFENCES = ['get out', 'get out of it', 'escape', 'escape it', 'defend it', 'survive'].map(stemsOf);
