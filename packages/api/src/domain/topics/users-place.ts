// Where the user is rather than what they escape: stuck somewhere, pinned under a position, in their
// own guard, playing it from the bottom or holding a pin from the top.
import { OFF_THE_MAT, UNDER_WORDS } from '../../data/topic-aliases';
import { type TopicUnit, type Unit, endsSentence, isTopic, rawOf as wordOf } from './match';
import type { Token } from './tokenize';
import { IBERIAN_ARTICLES } from './users-own-act';
import { SUBJECT_OPPONENTS } from './done-to-user';
import { GUARD_POSITIONS, family, pins, previousIndex } from './unit-words';

/** "stuck", "trapped", "end up in": where the user is, not what is done to them. */
export const isStuckWord = (u: Unit | undefined, tokens: readonly Token[]): boolean =>
  u?.kind === 'receiving' &&
  (STUCK_WORDS.has(tokens[u.start]?.raw ?? '') || (tokens[u.start]?.raw === 'hate' && isUnderWord(tokens[u.end - 1])));
// "i hate being under there": where the user is, like "stuck"
const isUnderWord = (t: Token | undefined): boolean => t?.raw === 'under' || t?.raw === 'underneath';
const STUCK_WORDS: ReadonlySet<string> = new Set([
  'stuck',
  'trapped',
  'atrapado',
  'atrapada',
  'end',
  'ending',
  'ended',
  'wind',
  'find',
]);

/**
 * The place after a stuck word is one off the mat ("in traffic", "at the office"), or a part the
 * user's own attack stalls on ("mata leão… always get stuck on the chin"): nothing to escape.
 */
export function stuckOffTheMat(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 3 && STUCK_LINKS.has(tokens[k]?.raw ?? '')) k++;
  return OFF_THE_MAT_PLACES.has(tokens[k]?.raw ?? '') || STALLING_ON.has(tokens[k]?.raw ?? '');
}
// ("stuck on that one for months", "stuck on it for weeks": stuck learning it; "stuck between going
// for the back and sweeping": undecided)
const STALLING_ON: ReadonlySet<string> = new Set([
  ...['chin', 'jaw', 'face', 'wrist', 'grip', 'grips', 'collar', 'sleeve'],
  ...['that', 'it', 'this', 'one', 'those', 'these', 'between'],
]);
const STUCK_LINKS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'a', 'the', 'my', 'an']);
const OFF_THE_MAT_PLACES: ReadonlySet<string> = new Set(OFF_THE_MAT);

/** "being smashed under side control", "how not to get submitted from bottom mount": the user is pinned. */
export function isUnder(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u)) return false;
  let j = previousIndex(units, i);
  // "getting flattened in 100 kilos", "i get flattened in turtle": crushed in a pin (or curled up
  // under one) is under it
  const crushed = IN_WORDS.has(wordOf(units[j]) ?? '') && CRUSHED.has(wordOf(units[j - 1]) ?? '');
  if (crushed && u.topics.every((t) => t === 'turtle')) return true;
  if (!u.topics.every((t) => pins.has(t))) return false;
  if (crushed || saysUserIsUnderneath(units, i)) return true;
  // "destroyed in knee on belly and north south": the pin listed after one the user is under
  if (LISTED.has(wordOf(units[j]) ?? '') && isUnder(units, previousIndex(units, j))) return true;
  // "bottom of mount", "quedo debajo de la montada"
  while (IBERIAN_ARTICLES.has(wordOf(units[j]) ?? '')) j--;
  if (OF_WORDS.has(wordOf(units[j]) ?? '')) j--;
  if (underWords.has(wordOf(units[j]) ?? '')) return true;
  // "every time he got into side control", "when they get to mount": the opponent reaching the pin
  if (!REACHED_INTO.has(wordOf(units[j]) ?? '')) return false;
  // "once hes in side control", "when they are in mount": the opponent in the pin
  if (OPPONENT_IS.has(wordOf(units[j - 1]) ?? '')) return true;
  const subject = wordOf(units[j - 2]) ?? '';
  return (
    SUBJECT_OPPONENTS.has(subject) &&
    (REACHING.has(wordOf(units[j - 1]) ?? '') || BEING.has(wordOf(units[j - 1]) ?? ''))
  );
}
const OPPONENT_IS: ReadonlySet<string> = new Set(['hes', 'shes', 'theyre']);
const BEING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** "when im in turtle", "i am in side control": the place the user says they are in. */
export function saysUserIsIn(units: readonly Unit[], j: number): boolean {
  if (!isTopic(units[j]) || family(units[j] as TopicUnit) !== 'position' || wordOf(units[j - 1]) !== 'in') return false;
  // ("when I am already in side control")
  let k = j - 2;
  if (ALREADY.has(wordOf(units[k]) ?? '')) k--;
  return wordOf(units[k]) === 'im' || (wordOf(units[k]) === 'am' && wordOf(units[k - 1]) === 'i');
}
const ALREADY: ReadonlySet<string> = new Set(['already', 'still', 'usually', 'always', 'just']);

/** "knee on belly — I'm the one underneath": the user under the pin named just before, in the same sentence. */
function saysUserIsUnderneath(units: readonly Unit[], i: number): boolean {
  for (let j = i + 1; j < units.length && j <= i + 6 && !endsSentence(units[j]); j++)
    if (UNDERNEATH.has(wordOf(units[j]) ?? '') && THE_ONE.has(wordOf(units[j - 1]) ?? '')) return true;
  return false;
}
const UNDERNEATH: ReadonlySet<string> = new Set(['underneath', 'under', 'bottom']);
const THE_ONE: ReadonlySet<string> = new Set(['one', 'im']);
const REACHED_INTO: ReadonlySet<string> = new Set(['into', 'to', 'in']);
const REACHING: ReadonlySet<string> = new Set([
  ...['gets', 'got', 'get', 'goes', 'went', 'go', 'makes', 'made'],
  // "when the big guys sit in knee on belly", "he just stays in side control"
  ...['sit', 'sits', 'sat', 'sitting', 'stay', 'stays', 'stayed', 'settle', 'settles'],
]);
const IN_WORDS: ReadonlySet<string> = new Set(['in', 'inside', 'em', 'en', 'na', 'no']);
/** Pressed flat under someone: "smashed", "flattened". */
export const FLATTENING: readonly string[] = ['smashed', 'crushed', 'flattened', 'squashed', 'pancaked'];
const CRUSHED: ReadonlySet<string> = new Set([
  ...FLATTENING,
  'squished',
  'stuck',
  'trapped',
  'pinned',
  // "getting destroyed in knee on belly"
  ...['destroyed', 'wrecked', 'mauled', 'bullied', 'dominated', 'demolished', 'murdered', 'killed'],
  // "how to not get cooked in north south"
  ...['cooked', 'smoked', 'bodied'],
]);
const LISTED: ReadonlySet<string> = new Set(['and', 'or', '&', '/', ',']);
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'da', 'do', 'del', 'ng']);
const underWords: ReadonlySet<string> = new Set(UNDER_WORDS);

/**
 * "stalling in my closed guard", "my partner escapes my side control": the user's own guard or pin
 * is where they are, never something to escape ("my mount escapes" are the user's escapes, though).
 */
export function isOwnGuard(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || wordOf(units[i - 1]) !== 'my') return false;
  if (u.topics.every((t) => GUARD_POSITIONS.has(t))) return true;
  return u.topics.every((t) => pins.has(t)) && units[i + 1]?.kind !== 'defending';
}

/**
 * "bottom half guard vs big guys who lie on me", "stuck playing half guard": a guard played from the
 * bottom is the user's, whatever is done to them there; escaping a guard is passing it.
 */
export function isPlayedFromBottom(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || !u.topics.every((t) => GUARD_POSITIONS.has(t))) return false;
  const said = [tokens[u.start - 1]?.raw, tokens[u.start]?.raw, tokens[u.end]?.raw];
  return said.some((w) => BOTTOM_WORDS.has(w ?? ''));
}
const BOTTOM_WORDS: ReadonlySet<string> = new Set(['bottom', 'playing']);

/** "on top in side control and the guy keeps shrimping": a pin the user holds is not one to escape. */
export function isHeldFromTop(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!isTopic(u) || !u.topics.every((t) => pins.has(t))) return false;
  const before = wordOf(units[i - 1]);
  // ("escape top side control" names the opponent's pin, so "top" must be where the user is)
  if ((before === 'in' || before === 'at') && wordOf(units[i - 2]) === 'top') return true;
  // "side control from the TOP — how do i hold it"
  const after = wordOf(units[i + 1]);
  const top = wordOf(units[i + 2]) === 'the' ? wordOf(units[i + 3]) : wordOf(units[i + 2]);
  return (after === 'from' || after === 'on') && top === 'top';
}
