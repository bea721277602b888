// An answer the user takes back or restates: "zero. jk, 4", "twice a week? three if I count the open
// mat, so three", "3x, make that 4". What follows the last correction is the answer; every field
// reads it alike.

import { compileLexicon, findMentions } from './lexicon';
import { isLaughter } from './laughter';
import { readNumber } from './numbers';
import { ADDS_UP, TIMES_WORDS } from './frequency-words';
import { WEEKDAY_JOINERS, WEEKDAYS } from './weekday-words';
import { tokenise, type Token } from './text';
import type { Mention, PhraseTable } from './lexicon';
import { WORLD_JOKES } from './world-words';
import { REALITY_MARKERS, countFollows } from './correction-reality';
import { SLIP_MARKERS, betweenCounts } from './correction-slip';
import { OUTDATED_MARKERS } from './correction-outdated';
import { ART_SWITCH_MARKERS } from './correction-art';

/**
 * `joke` takes back what came before wherever it stands ("compete lol jk, just for fun"); `restates`
 * does so opening a clause; `count` only when a count follows at once: "so three" but not "so pretty
 * new", "i mean three" but not "i mean some weeks i miss one".
 */
type Marker = 'joke' | 'restates' | 'count' | 'means' | 'wish' | 'days' | 'really' | 'slip';

/** "no wait", "I mean", "or rather" in Spanish, Portuguese, Italian, French, German, Dutch, Tagalog, Hinglish. */
const OTHER_TONGUE_MARKERS: PhraseTable<Marker> = [
  ['no|nao espera|espere|pera|perai', 'joke'],
  // Italian, French, German and Dutch: "blu... no aspetta, viola", "bleue non attends, violette"
  ['no|non|nein|nee aspetta|aspetti|attends|attendez|warte|wacht', 'joke'],
  ['aspetta|aspetti|attends|attendez|warte|wacht', 'restates'],
  ['o meglio', 'joke'],
  ['ou plutot', 'joke'],
  ['espera|espere|pera|perai|perdon|perdao|desculpa|corrijo|teka|ruko', 'restates'],
  // "or rather" replaces what came before wherever it stands: "3x ou melhor 4x"
  ['mejor dicho', 'joke'],
  ['ou melhor', 'joke'],
  ['or rather', 'joke'],
  ['ay|ai mali', 'joke'],
  ['nahi nahi', 'joke'],
  ['matlab', 'means'],
  // "azul, digo, roxa", "tres, quiero decir, cuatro", "azul, bueno no, morado": restated opening a clause
  ['digo|perdon|perdao', 'restates'],
  ['quiero|quer|quero decir|dizer', 'restates'],
  ['bueno|bom|bem no|nao', 'restates'],
];

const CORRECTION_MARKERS: PhraseTable<Marker> = [
  ['jk|jking|kidding|joking', 'joke'],
  ['j / k', 'joke'],
  // "every day in my dreams lol", "white belt, blue in my dreams": takes back its own clause
  ['in my dreams', 'wish'],
  ['just kidding|joking', 'joke'],
  ['jokes|correction|actually|wait|sorry|oops', 'restates'],
  // "blue no wait purple", "3 no wait 4": taken back wherever it stands
  ['no wait|sorry', 'joke'],
  ['wait no', 'joke'],
  ['nah wait', 'joke'],
  // "scratch friday" drops a day (weekdays.ts), it restates nothing
  ['scratch that|this', 'restates'],
  ['make that|it', 'restates'],
  // "i mean" alone only before a count; right after another marker, before anything (spellsOutMarker)
  ['i mean', 'means'],
  ['call it', 'restates'],
  ['let s|lets say', 'restates'],
  ['so', 'count'],
  // "I skip the friday class so just mon and wed": restated wherever it stands, when only days follow
  ['so just|only', 'days'],
  // "preta kkkk brincadeira, branca", "negro jaja mentira, azul", "faixa preta? quem dera, sou branca"
  ['brincadeira|brincadeirinha|zueira|broma|bromita|bromeando|mentira|mentirinha', 'joke'],
  ['quem dera|quisiera', 'joke'],
  // "cuatro, no espera, cinco", "3x ou melhor 4x", "tatlo, ay mali, apat", "teen, nahi nahi, char"
  ...OTHER_TONGUE_MARKERS,
  ['to|tou|estou|toy|estoy brincando', 'joke'],
  // "uso uso" (lies), "je rigole", "żartuję", "şaka", "scherzo": just kidding
  ...WORLD_JOKES,
  // "…, so realistically 3": a count said as what really happens, wherever it stands
  ...REALITY_MARKERS,
  // "5x— no, 4x", "5x sorry 4x": a count taken back between two counts
  ...SLIP_MARKERS,
  // "I said white earlier but that was wrong, it's blue", "…but that's old, I'm blue"
  ...OUTDATED_MARKERS,
  // "I'd say black, oh you mean bjj? then white"
  ...ART_SWITCH_MARKERS,
];
const markers = compileLexicon(CORRECTION_MARKERS);

/** Words that may come before a correction in its clause: "but yeah call it 3", "wait no, top". */
const FILLERS: ReadonlySet<string> = new Set([
  'but',
  'yeah',
  'yea',
  'ya',
  'ok',
  'okay',
  'well',
  'oh',
  'no',
  'and',
  'lol',
  'um',
  'uh',
  'hmm',
  'haha',
]);

/** Words or numbers beyond laughter: "every day in my dreams lol" says nothing after the wish. */
const hasContent = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => (t.kind === 'word' && !isLaughter(t.text)) || t.kind === 'number');

function startsClause(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]?.clause === tokens[i]?.clause && FILLERS.has(tokens[k]?.text ?? '')) k -= 1;
  // "white - sorry blue", "brown- sorry purple": a dash with a space after it breaks off what came
  // before, as a comma does ("no-gi", with none, joins its words)
  return k < 0 || spacedDash(tokens, k) || tokens[k]?.clause !== tokens[i]?.clause;
}
const spacedDash = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === '-' && tokens[k + 1]?.spaceBefore === true;

/**
 * "… lol jk", "… just kidding" at the very end takes the answer back; "not kidding", "no joking" and a
 * "no wait" with nothing after insist or trail off instead.
 */
function takesItAllBack(tokens: readonly Token[], start: number): boolean {
  const first = tokens[start]?.text ?? '';
  const before = tokens[start - 1]?.text ?? '';
  return (
    (first === 'jk' || first === 'jking' || first === 'j' || first === 'just') && before !== 'not' && before !== 'no'
  );
}

/**
 * The text after the last correction that opens a clause, or null when the answer has none; ""
 * when a joke marker ends the answer and takes all of it back ("to become ufc champ lol jk").
 */
export function correctedTail(text: string): string | null {
  const tokens = tokenise(text);
  // a "realistically" goes with a count it stands before, never with the correction before it; a bare
  // "no" after one is what the correction says ("mentira, não todo dia")
  const all = findMentions(markers, tokens);
  const found = all.filter((m) => m.value !== 'wish' && m.value !== 'really' && m.value !== 'slip');
  const last = all
    .filter((m) => !spellsOutMarker(tokens, found, m) && !countMissing(tokens, found, m))
    .filter(
      (m) =>
        spelledOut(tokens, found, m) ||
        (m.value === 'really'
          ? countFollows(tokens, m.end)
          : m.value === 'slip'
            ? betweenCounts(tokens, m.start, m.end) || noOpensSentence(tokens, m)
            : m.value === 'joke' ||
              m.value === 'wish' ||
              m.value === 'days' ||
              startsClause(tokens, m.start) ||
              // "5x sorry 4x": a restating word between two counts, wherever it stands
              (m.value === 'restates' && betweenCounts(tokens, m.start, m.end))),
    )
    .at(-1);
  if (!last) return null;
  if (last.value === 'wish') {
    // only its own clause goes: "purple in my dreams lol, white for now" is white
    const clause = tokens[last.start]?.clause;
    const left = tokens.filter((t) => t.clause !== clause);
    return hasContent(left) ? textOf(left) : '';
  }
  const rest = tokens.slice(chainEnd(tokens, found, last.end));
  if (!hasContent(rest)) return takesItAllBack(tokens, last.start) ? '' : null;
  if ((last.value === 'count' || last.value === 'means') && !readNumber(rest, 0)) return null;
  if (
    last.value === 'days' &&
    !rest.every((t) => t.kind !== 'word' || WEEKDAYS.has(t.text) || WEEKDAY_JOINERS.has(t.text))
  )
    return null;
  return textOf(rest);
}

/** Where the answer after a marker ending at `end` starts: "sorry i mean 4", "wait, actually 3" chain. */
function chainEnd(tokens: readonly Token[], found: readonly Mention<Marker>[], end: number): number {
  let from = afterSymbols(tokens, end);
  for (let next = markerAfter(tokens, found, end); next; next = markerAfter(tokens, found, next.end))
    from = afterSymbols(tokens, next.end);
  // "3... actually no, 4", "5... actually no its 4": a bare "no" after the marker, set off or followed
  // by the count, only says again that it takes back
  if (!TAKING_BACK.has(tokens[from]?.text ?? '')) return from;
  if (tokens[from + 1]?.kind === 'symbol') return afterSymbols(tokens, from + 1);
  const count = IT_IS.has(tokens[from + 1]?.text ?? '') ? from + 2 : from + 1;
  return readNumber(tokens, count) ? count : from;
}
const IT_IS: ReadonlySet<string> = new Set(['its', "it's", 'prob', 'probably']);

/**
 * "so" and a lone "i mean" restate only a count said at once: "…, I've signed up for the British Open,
 * so competition" restates nothing, and a correction before it ("actually scratch that") still stands.
 */
const countMissing = (tokens: readonly Token[], found: readonly Mention<Marker>[], m: Mention<Marker>): boolean =>
  (m.value === 'count' || m.value === 'means') && !readNumber(tokens, chainEnd(tokens, found, m.end));

/**
 * "Fitness. Well no, really I'm training for Pans": a bare "no" opening a later sentence, set off by
 * a comma, takes back the answer before it ("3x a week, no exceptions" goes on with no comma). So does
 * one after a hesitation, which stops the answer as a full stop would: "white, hmm, no, blue".
 */
function noOpensSentence(tokens: readonly Token[], m: Mention<Marker>): boolean {
  if (m.end !== m.start + 1 || !TAKING_BACK.has(tokens[m.start]?.text ?? '') || tokens[m.end]?.text !== ',')
    return false;
  let k = m.start - 1;
  let hesitated = false;
  const pause = (j: number): boolean => tokens[j]?.text === ',' && HESITATIONS.has(tokens[j - 1]?.text ?? '');
  for (; k >= 0 && (FILLERS.has(tokens[k]?.text ?? '') || HESITATIONS.has(tokens[k]?.text ?? '') || pause(k)); k -= 1)
    hesitated ||= HESITATIONS.has(tokens[k]?.text ?? '');
  return (k > 0 && SENTENCE_ENDS.has(tokens[k]?.text ?? '')) || (hesitated && k >= 0);
}
const TAKING_BACK: ReadonlySet<string> = new Set(['no', 'nah', 'nope', 'nao']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '…', ';']);
// the sounds of thinking again, not words that go on with the answer ("well", "and")
const HESITATIONS: ReadonlySet<string> = new Set(['hmm', 'hm', 'hmmm', 'um', 'umm', 'uh', 'uhh', 'erm', 'er']);

const afterSymbols = (tokens: readonly Token[], from: number): number => {
  let k = from;
  while (tokens[k]?.kind === 'symbol') k += 1;
  return k;
};

/** The marker in `found` right after `end`, with nothing but symbols between. */
const markerAfter = (
  tokens: readonly Token[],
  found: readonly Mention<Marker>[],
  end: number,
): Mention<Marker> | undefined => {
  const from = afterSymbols(tokens, end);
  return found.find((m) => m.start === from);
};

/**
 * An "I mean" right after another correction marker, symbols between: a correction said twice over
 * ("lose weight no wait, I mean to have fun", "scratch that, I mean compete"). It only spells out
 * that correction, so it needs no count after it (as a lone "I mean" does).
 */
const spellsOutMarker = (tokens: readonly Token[], found: readonly Mention<Marker>[], m: Mention<Marker>): boolean =>
  m.value === 'means' && found.some((p) => p.value !== 'means' && afterSymbols(tokens, p.end) === m.start);

/** A correction marker with an "I mean" right after it: the pair takes back what came before, wherever it stands. */
const spelledOut = (tokens: readonly Token[], found: readonly Mention<Marker>[], m: Mention<Marker>): boolean =>
  m.value !== 'means' && markerAfter(tokens, found, m.end)?.value === 'means';

const textOf = (tokens: readonly Token[]): string =>
  tokens
    .map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.text)
    .join('')
    .trim();

/**
 * "actually 4, forgot i do the saturday open mat": a corrected tail opening on a count, its clause
 * nothing but that count, gives the count; what follows explains it. Null when the next clause adds
 * to the count ("actually 3, plus an open mat") or the tail opens otherwise.
 */
export function leadingCount(tail: string): string | null {
  const tokens = tokenise(tail);
  const number = readNumber(tokens, 0);
  if (!number) return null;
  const clause = tokens[0]?.clause;
  // "3 - the friday class got cancelled": a dash set apart by spaces ends the count's clause too
  const dash = tokens.findIndex((t, k) => t.clause === clause && spacedDash(tokens, k));
  // "4 since i added the saturday open mat": a reason after the count explains it, as a new clause does
  const reasonWord = tokens.findIndex((t, k) => k >= number.end && t.clause === clause && REASON_WORDS.has(t.text));
  // "3 i forgot thursdays": the user who forgot opens the reason
  const reason = reasonWord > number.end && tokens[reasonWord - 1]?.text === 'i' ? reasonWord - 1 : reasonWord;
  const end = Math.min(...[dash, reason].filter((k) => k >= 0), tokens.length);
  const cut = (t: Token, k: number): boolean => t.clause === clause && k < end;
  const first = tokens.filter(cut);
  const rest = tokens.filter((t, k) => !cut(t, k));
  // the count itself may be words: "five, i forgot thursday nogi"
  const afterCount = first.slice(number.end);
  if (rest.length === 0 || afterCount.some((t) => t.kind === 'word' && !COUNT_WORDS.has(t.text))) return null;
  const opener = rest.find((t) => t.kind !== 'symbol')?.text ?? '';
  return ADDS_ON.has(opener) ? null : textOf(first);
}
/** What a clause stating only a count may hold: "4", "4x a week", "3-4 times per week". */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  ...TIMES_WORDS,
  'a',
  'per',
  'week',
  'wk',
  'weekly',
  'or',
  'to',
  'x',
  'once',
  'twice',
  'thrice',
]);
/** Words that open the reason for a count: "since", "because", "cause", "cuz", "bc", "forgot". */
// "…, 4 i forgot the saturday open mat": what was forgotten explains the count restated
const REASON_WORDS: ReadonlySet<string> = new Set([
  ...['since', 'because', 'cause', 'cuz', 'coz', 'cos', 'bc'],
  ...['forgot', 'forget', 'forgetting', 'forgotten'],
]);
/** A clause after the count that adds sessions to it rather than explaining it. */
const ADDS_ON: ReadonlySet<string> = new Set([...ADDS_UP, 'too', 'extra', 'sometimes', 'except', 'minus']);
