// belt_level: belts given and moved through. "my coach gave me my brown", "mi profe me dio la azul"
// are the user's even in a sentence about someone else; "promoted from purple to brown" held purple
// and holds brown; "just got promoted from white", "fui promovido da branca" left white for the belt
// after it.

import type { Mention } from './lexicon';
import { BELT_NOUNS, type BeltSignal, type BeltTime } from './belt-words';
import type { Token } from './text';
import { maoriIAm } from './belt-maori';
import { bareI } from './belt-bare-i';
import { sharedWithUser } from './belt-shared';

/** Words a possessor needs before "is a … black belt" stops being about them: the user as subject. */
export const OTHER_PERSON_REACH = 8;

/**
 * A belt given to the user even in a sentence about someone else: "my coach gave me my brown belt",
 * "professor tied the black belt on me", "coach promoted me and my brother to blue", "mi profe me dio
 * la azul".
 */
export function isTheUsers(tokens: readonly Token[], mention: Mention<BeltSignal>): boolean {
  const clause = tokens[mention.start]?.clause;
  const before = (k: number): string => tokens[mention.start - k]?.text ?? '';
  if (before(1) === 'my' || (before(1) === 'to' && before(2) === 'me')) return true;
  if (promotedOnTo(tokens, mention.start)) return true;
  if (maoriIAm(tokens, mention)) return true; // "he blue belt ahau": I am a blue belt
  // "me and my wife both got our blue belts": the user is among them
  if (before(1) === 'our' && tokens.some((t) => t.text === 'me' || t.text === 'we')) return true;
  if (sharedWithUser(tokens, mention)) return true; // "my husband got his purple the same day I did"
  for (
    let k = mention.start - 1;
    k >= Math.max(0, mention.start - OTHER_PERSON_REACH) && tokens[k]?.clause === clause;
    k--
  )
    // "Ami é sintu roxu": Kriolu "ami" is I, not French "ami"
    if (saysIAm(tokens, k) || bareI(tokens, k)) return true;
  // "tied the black belt on me", "wrapped a brown belt around my waist"
  for (let k = mention.end; k < mention.end + 4 && tokens[k]?.clause === clause; k++)
    if ((tokens[k]?.text === 'me' && tokens[k - 1]?.text === 'on') || tokens[k]?.text === 'waist') return true;
  for (let k = mention.start - 1; k >= 0 && tokens[k]?.clause === clause; k--)
    if (tokens[k]?.text === 'me' && PROMOTING.has(tokens[k - 1]?.text ?? '')) return true;
  return givenToMe(tokens, mention.start);
}

/** "I got promoted! ...to a white belt": "to" the colour, told on from the promotion past a pause. */
function promotedOnTo(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (ARTICLES.has(tokens[k]?.text ?? '')) k--;
  if (tokens[k]?.text !== 'to' || tokens[k - 1]?.kind !== 'symbol') return false;
  k--;
  while (tokens[k]?.kind === 'symbol') k--;
  return tokens[k]?.text === 'promoted';
}
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my']);

/**
 * "me dio la azul", "me deram a faixa roxa", "o professor me graduou pra roxa": a belt handed over, the
 * "me" before its verb.
 */
function givenToMe(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (BELT_NOUNS.has(tokens[k]?.text ?? '')) k--;
  if (DETERMINERS.has(tokens[k]?.text ?? '')) k--;
  if (ONTO.has(tokens[k]?.text ?? '') && tokens[k]?.text !== 'to') k--;
  return IBERIAN_GIVEN.has(tokens[k]?.text ?? '') && tokens[k - 1]?.text === 'me';
}
// past tense only: "me da la azul" (gives me, at the next grading) is still to come
const IBERIAN_GIVEN: ReadonlySet<string> = new Set([
  ...['dio', 'dieron', 'entrego', 'entregaron', 'puso', 'pusieron', 'amarro', 'amarraron', 'ascendieron'],
  ...['deu', 'deram', 'entregou', 'entregaram', 'colocou', 'colocaram', 'amarrou', 'graduou', 'graduaram'],
]);
const DETERMINERS: ReadonlySet<string> = new Set(['la', 'el', 'mi', 'a', 'o', 'minha', 'meu']);

const PROMOTING: ReadonlySet<string> = new Set([
  // "coach had me go back to blue"
  'had',
  'put',
  'promoted',
  'gave',
  // "coach hasnt given me anything yet so white i guess"
  'given',
  'handed',
  'awarded',
  'bumped',
  'moved',
  // "coach surprised me with a brown belt", "presented me with my purple": handed over as a surprise
  'surprised',
  'presented',
  'tied',
  'wrapped',
  // "prof kept me at white": held back is still given the belt
  'kept',
  'keeps',
  // "they made me start back at white", "coach started me again at white"
  'made',
  'started',
  'restarted',
  'sent',
  'reset',
  'keeping',
  'held',
  'holding',
]);
const LEAVING: ReadonlySet<string> = new Set(['graduated', 'outgrew', 'left', 'on', 'up']);

/** "I'm", "i am", "im": the user saying what they are. */
const saysIAm = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === 'im' || (tokens[k]?.text === 'i' && ['m', 'am'].includes(tokens[k + 1]?.text ?? ''));

const ARROWS: ReadonlySet<string> = new Set(['→', '>', '⇒']);

/** "promoted from purple to brown": the belt after "from" was, the one after "to" is. */
export function progression(
  tokens: readonly Token[],
  mentions: readonly Mention<BeltSignal>[],
  i: number,
): ReadonlySet<BeltTime> | undefined {
  const start = mentions[i]?.start ?? 0;
  // "from white straight to purple": a word saying how directly is read past
  const said = mentions[i]?.end ?? 0;
  // "from white belt 1 stripe to white belt 2 stripes": the stripes held are part of the belt moved from
  const striped = STRIPE_WORDS.has(tokens[said + 1]?.text ?? '') && tokens[said]?.kind === 'number' ? said + 2 : said;
  const end = DIRECTLY.has(tokens[striped]?.text ?? '') ? striped + 1 : striped;
  const next = mentions[i + 1];
  // "white → blue", "white -> blue" read as "white to blue"
  const before = ARROWS.has(tokens[start - 1]?.text ?? '') ? 'to' : tokens[start - 1]?.text;
  const arrowOrTo = tokens[end]?.text === 'to' || ARROWS.has(tokens[end]?.text ?? '');
  // "-" then ">" is one arrow
  const dashArrow = tokens[end]?.text === '-' && tokens[end + 1]?.text === '>';
  const onTo = (arrowOrTo && next?.start === end + 1) || (dashArrow && next?.start === end + 2);
  const left = leftFrom(tokens, start, onTo || promotedTo(tokens, end, next));
  if (left) return new Set([left]);
  const previous = mentions[i - 1];
  if (before === 'to' && previous && tokens[previous.start - 1]?.text === 'from') return new Set(['now']);
  // "blue to purple at the last seminar": the first held before, the second now
  if (before === 'to' && (previous?.end === start - 1 || previous?.end === start - 2)) return new Set(['now']);
  if (onTo) return new Set(['past']);
  return undefined;
}

const STRIPE_WORDS: ReadonlySet<string> = new Set(['stripe', 'stripes']);
const DIRECTLY: ReadonlySet<string> = new Set(['straight', 'directly', 'right', 'up']);

/**
 * A belt moved on from: "graduated from white" and "just got promoted from white" (no belt after it)
 * left it for the next; "promoted from purple to brown" held it before. Spanish and Portuguese "de",
 * "da" count as "from" only after such a verb: "fui promovido da branca", "me ascendieron de blanca".
 */
function leftFrom(tokens: readonly Token[], start: number, onward: boolean): BeltTime | null {
  let k = start - 1;
  if (BELT_NOUNS.has(tokens[k]?.text ?? '')) k--;
  if (DETERMINERS.has(tokens[k]?.text ?? '')) k--;
  const [from, verb] = [tokens[k]?.text ?? '', tokens[k - 1]?.text ?? ''];
  if (from === 'from') return LEAVING.has(verb) || (PROMOTED.has(verb) && !onward) ? 'after' : 'past';
  if (!IBERIAN_FROM.has(from) || !PROMOTED.has(verb)) return null;
  return onward ? 'past' : 'after';
}
const IBERIAN_FROM: ReadonlySet<string> = new Set(['de', 'da', 'do', 'del']);
const PROMOTED: ReadonlySet<string> = new Set([
  ...['promoted', 'bumped', 'upgraded', 'moved', 'graded', 'promotion'],
  ...['promovido', 'promovida', 'promovieron', 'promoveram', 'ascendido', 'ascendida', 'ascendieron', 'ascendi'],
  ...['graduado', 'graduada', 'graduaron', 'graduaram', 'subi', 'subiu', 'sai', 'saiu', 'sali', 'passei', 'pase'],
]);

/** "de blanca a azul", "da branca pra azul": the belt moved on to, right after. */
const promotedTo = (tokens: readonly Token[], end: number, next: Mention<BeltSignal> | undefined): boolean =>
  next !== undefined && next.start <= end + 2 && ONTO.has(tokens[end]?.text ?? '');
const ONTO: ReadonlySet<string> = new Set(['to', 'a', 'pra', 'para', 'al']);
