// What surrounds a mention: is it negated, hedged, in the past, said of someone else?
// Kept separate from the vocabularies so every field reads context the same way.

import { compileLexicon, findMentions, type Lexicon, type Mention } from './lexicon';
import { isLaughter } from './laughter';
import { NEGATION_CUES, NEGATION_STOPS, NEGATION_WINDOW, type NegationCue } from './negation-words';
import type { Token } from './text';

export interface Span {
  readonly start: number;
  readonly end: number;
}

const negationLexicon = compileLexicon(NEGATION_CUES);

function clauseOf(tokens: readonly Token[], index: number): number {
  return tokens[index]?.clause ?? -1;
}

/**
 * Which of `spans` are negated. A pre-negator negates only the first span after it, within a few
 * words of the same clause ("not a white belt anymore, blue now"); a copular one may follow it
 * ("Guard isn't my thing"); a question answered with "nah" negates what was asked ("Tournaments? nah").
 */
export function negatedSpans(
  tokens: readonly Token[],
  spans: readonly Span[],
  cueLexicon: Lexicon<NegationCue> = negationLexicon,
): Set<number> {
  const negated = new Set<number>();
  const cues = findMentions(cueLexicon, tokens).filter((c) => c.value !== 'idiom');
  for (const cue of cues) {
    // the next mention, even one sharing the cue's last word ("stay away from" + "from top")
    const next = spans.findIndex(
      (s) =>
        s.start >= cue.end ||
        (s.start === cue.end - 1 && s.end > cue.end && SHARED_WORDS.has(tokens[s.start]?.text ?? '')),
    );
    const span = spans[next];
    if (span && cue.value !== 'post' && reaches(tokens, cue.end, span.start)) {
      negated.add(next);
      // "don't care about medals or belts": the rest of the list goes with it
      for (let k = next + 1; k < spans.length && joinedAsList(tokens, spans[k - 1] as Span, spans[k] as Span); k++)
        negated.add(k);
    }
    if (cue.value === 'both' || cue.value === 'post') {
      const prevIndex = lastIndexBefore(spans, cue.start);
      const prev = spans[prevIndex];
      // a denial that ends the clause reaches back over its verb: "ue ni naru no ga nigate"
      const reach = cue.value === 'post' ? POST_REACH : 2;
      if (prev && cue.start - prev.end <= reach && sameSubject(tokens, prev.end, cue.start)) {
        negated.add(prevIndex);
      }
    }
  }
  spans.forEach((span, i) => {
    if (answeredNo(tokens, span)) negated.add(i);
  });
  return negated;
}

const POST_REACH = 4;

/** A cue's last word a mention may start with: "stay away from" + "from top", "not for" + "for fun". */
const SHARED_WORDS: ReadonlySet<string> = new Set(['from', 'of', 'with', 'about', 'to', 'on', 'for']);
// Spanish "ni", Portuguese "nem": "no es para pelear en la calle ni competir"
const LIST_JOINERS: ReadonlySet<string> = new Set(['or', 'nor', '/', 'ni', 'nem']);
/** "medals or belts", "medals or getting shredded": a joiner, and at most one filler before the next item. */
const joinedAsList = (tokens: readonly Token[], a: Span, b: Span): boolean =>
  LIST_JOINERS.has(tokens[a.end]?.text ?? '') &&
  (b.start === a.end + 1 || (b.start === a.end + 2 && LIST_FILLERS.has(tokens[a.end + 1]?.text ?? '')));
const LIST_FILLERS: ReadonlySet<string> = new Set([
  ...['getting', 'being', 'the', 'a', 'any', 'some', 'more'],
  // "ni para defensa personal", "nem pra competir"
  ...['para', 'pra', 'por', 'la', 'el', 'o', 'de'],
  // "nem pela medalha", "ni por las medallas"
  ...['pela', 'pelo', 'pelas', 'pelos', 'a', 'as', 'os', 'las', 'los', 'del', 'da', 'do'],
]);

function reaches(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from) return true;
  if (to - from > NEGATION_WINDOW) return false;
  if (clauseOf(tokens, from) !== clauseOf(tokens, to)) return false;
  for (let i = from; i < to; i += 1)
    if ((NEGATION_STOPS.has(tokens[i]?.text ?? '') && !merelyFor(tokens, from, i)) || isDashBreak(tokens, i))
      return false;
  return true;
}

/** "i don't roll just to hang out": "just" before a purpose, after the denied verb, is "merely", no new clause. */
const merelyFor = (tokens: readonly Token[], from: number, i: number): boolean =>
  i > from && tokens[i]?.text === 'just' && PURPOSE.has(tokens[i + 1]?.text ?? '');
const PURPOSE: ReadonlySet<string> = new Set(['to', 'for']);

/** "knees said no — 3 now": a dash set apart by spaces ends what the "no" said; "2-3" is a range. */
const isDashBreak = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === '-' &&
  tokens[i]?.spaceBefore === true &&
  (tokens[i + 1]?.spaceBefore === true || tokens[i + 1]?.text === '-');

const PRONOUNS = new Set(['i', 'you', 'we', 'he', 'she', 'they', 'it', 'that', 'this']);

/** "guard isn't my thing" negates guard; "I play bottom, it isn't top" does not reach back. */
function sameSubject(tokens: readonly Token[], from: number, to: number): boolean {
  if (clauseOf(tokens, from - 1) !== clauseOf(tokens, to)) return false;
  for (let i = from; i < to; i += 1)
    if (PRONOUNS.has(tokens[i]?.text ?? '') || SUBORDINATORS.has(tokens[i]?.text ?? '')) return false;
  return true;
}
// "4 days a week when work isnt crazy": a clause of its own, with a subject of its own
const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'unless', 'while']);

function lastIndexBefore(spans: readonly Span[], position: number): number {
  let found = -1;
  spans.forEach((s, i) => {
    if (s.end <= position) found = i;
  });
  return found;
}

// Portuguese "não", Tagalog "hindi", Hindi "nahi", Korean "아니(요)", "아뇨" answer no as well
const ANSWERED_NO = new Set([
  ...['nah', 'no', 'nope', 'never', 'not', 'nao', 'nunca', 'hindi', 'nahi', 'nahin'],
  ...['아니', '아뇨'],
]);
/** "black? me? lol no": the user asking back who, before answering, as in "faixa preta? eu? kkkk não". */
const ECHOED: ReadonlySet<string> = new Set(['me', 'i', 'eu', 'yo', 'ako', 'main', 'moi', 'ich']);

function answeredNo(tokens: readonly Token[], span: Span): boolean {
  return askedThenNo(tokens, span) || laughedOff(tokens, span) || turnedDown(tokens, span);
}

/**
 * "anything where im flat on my back, nope", "comps. hard pass": a sentence's last clause that only
 * turns down takes back the clause before it.
 */
function turnedDown(tokens: readonly Token[], span: Span): boolean {
  const clause = tokens[span.start]?.clause;
  let i = span.end;
  while (tokens[i] && tokens[i]?.clause === clause && !EQUATES.has(tokens[i]?.text ?? '')) i += 1;
  // "playing from my back = no thanks", "guard -> nope": an arrow or equals sign ties the turn down on
  const equated = EQUATES.has(tokens[i]?.text ?? '');
  while (EQUATES.has(tokens[i]?.text ?? '')) i += 1;
  if (!equated && !TURN_DOWN_BREAKS.has(tokens[i - 1]?.text ?? '')) return false;
  const words: string[] = [];
  for (; i < tokens.length && !SENTENCE_ENDS.has(tokens[i]?.text ?? ''); i += 1)
    if (tokens[i]?.kind === 'word') words.push(tokens[i]?.text ?? '');
  // "…, so no thanks", "…, yeah nah": a word leading into the turn down leaves it one
  const lead = TURN_DOWN_LEADS.has(words[0] ?? '') ? 1 : 0;
  return TURN_DOWNS.has(words.join(' ')) || (lead > 0 && TURN_DOWNS.has(words.slice(lead).join(' ')));
}
const TURN_DOWN_LEADS: ReadonlySet<string> = new Set(['so', 'and', 'yeah', 'then', 'honestly', 'tbh', 'basically']);
const EQUATES: ReadonlySet<string> = new Set(['=', '-', '–', '—', '→', '>', '=>', '->']);
const TURN_DOWN_BREAKS: ReadonlySet<string> = new Set([',', '.', '!', ';', '…', ':']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';']);
const TURN_DOWNS: ReadonlySet<string> = new Set([
  ...['nope', 'nah', 'no way', 'hard pass', 'no thanks', 'no thank you', 'not for me', 'no chance', 'not a chance'],
  // not "never again", which vows ("got jumped once, never again")
  ...['hell no', 'heck no', 'nope nope', 'not happening', 'no sir', 'nah mate'],
  // Portuguese and Spanish: "de jeito nenhum", "ni loco", "nem pensar", "para nada"
  ...['de jeito nenhum', 'nem pensar', 'nem a pau', 'ni loco', 'ni de broma', 'para nada', 'jamas', 'jamais'],
]);

/** "Tournaments? nah", "maybe black? lol no", "preta? eu? kkkk não": a question answered no, laughter and all. */
function askedThenNo(tokens: readonly Token[], span: Span): boolean {
  let i = span.end;
  while (tokens[i]?.kind === 'word' && tokens[i]?.clause === tokens[span.start]?.clause) i += 1;
  if (tokens[i]?.text !== '?') return false;
  const echoed = (k: number): boolean => ECHOED.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '?';
  while (tokens[i]?.kind === 'symbol' || laughs(tokens[i]?.text ?? '') || echoed(i)) i += 1;
  return ANSWERED_NO.has(tokens[i]?.text ?? '');
}

/**
 * "black lol no. brown", "purple haha nope, blue": laughter then a bare "no" takes back what was just
 * said; the "no" must end its clause ("blue haha no stripes yet" keeps blue).
 */
function laughedOff(tokens: readonly Token[], span: Span): boolean {
  let i = span.end;
  while (tokens[i]?.kind === 'symbol' && tokens[i]?.text !== '?') i += 1;
  if (!laughs(tokens[i]?.text ?? '')) return false;
  while (laughs(tokens[i]?.text ?? '')) i += 1;
  const next = tokens[i + 1];
  return TAKEN_BACK.has(tokens[i]?.text ?? '') && (next === undefined || next.kind === 'symbol');
}
// "jk" laughs a value off too (a correction reads "jk" as taking the whole answer back)
const laughs = (word: string): boolean => isLaughter(word) || word === 'jk';
const TAKEN_BACK: ReadonlySet<string> = new Set(['no', 'nah', 'nope']);

export type MarkerReach = 'nearest' | 'forward';

/**
 * Attaches each marker phrase ("maybe", "mostly", "used to") to the nearest span in its clause.
 * `forward` markers only reach a span after them ("my coach is a black belt").
 */
export function markSpans<M>(
  tokens: readonly Token[],
  spans: readonly Span[],
  markers: Lexicon<M>,
  reach: MarkerReach = 'nearest',
  window = 4,
): Map<number, Set<M>> {
  const marks = new Map<number, Set<M>>();
  for (const marker of findMentions(markers, tokens)) {
    const owner = nearestSpan(tokens, spans, marker, reach, window);
    if (owner < 0) continue;
    const set = marks.get(owner) ?? new Set<M>();
    set.add(marker.value);
    marks.set(owner, set);
  }
  return marks;
}

function nearestSpan<M>(
  tokens: readonly Token[],
  spans: readonly Span[],
  marker: Mention<M>,
  reach: MarkerReach,
  window: number,
): number {
  let best = -1;
  let bestDistance = Infinity;
  spans.forEach((span, i) => {
    const overlaps = span.start < marker.end && marker.start < span.end;
    if (overlaps) return;
    const after = span.start >= marker.end;
    if (reach === 'forward' && !after) return;
    // "if I pick one: fun", "honestly: fun": a colon right after a marker opens what it marks
    const markerClause = clauseOf(tokens, tokens[marker.end]?.text === ':' ? marker.end + 1 : marker.end - 1);
    const sameClause = after
      ? markerClause === clauseOf(tokens, span.start)
      : clauseOf(tokens, span.end - 1) === clauseOf(tokens, marker.start);
    if (!sameClause) return;
    const distance = after ? span.start - marker.end : marker.start - span.end;
    // Ties go forward: "fitness and maybe compete" hedges "compete".
    const score = distance + (after ? 0 : 0.5);
    if (distance <= window && score < bestDistance) {
      best = i;
      bestDistance = score;
    }
  });
  return best;
}
