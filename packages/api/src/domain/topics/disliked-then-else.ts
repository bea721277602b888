// "i hate the berimbolo honestly. something else to attack from de la riva?": a technique the user
// says they dislike, then asks for something else, is what the "else" leaves out.
import { family } from './unit-words';
import { endsSentence, isTopic, rawOf, type TopicUnit, type Unit } from './match';
import { isGuard } from './whose-guard';

const DISLIKING: ReadonlySet<string> = new Set([
  'hate',
  'hates',
  'hated',
  'loathe',
  'despise',
  'detest',
  'odeio',
  'odio',
]);
const ELSE: ReadonlySet<string> = new Set(['else', 'alternative', 'alternatives', 'instead']);
// "other"/"another" ask for something else only before a choice or a name: "what other attacks",
// "another armbar", not "what other details am i missing" or "from the other side"
const OTHER: ReadonlySet<string> = new Set(['other', 'another']);
const CHOICES: ReadonlySet<string> = new Set([
  ...['option', 'options', 'technique', 'techniques', 'move', 'moves', 'attack', 'attacks', 'sub', 'subs'],
  ...['submission', 'submissions', 'finish', 'finishes', 'choke', 'chokes', 'way', 'ways', 'stuff', 'things'],
  ...['guard', 'guards', 'pass', 'passes', 'sweep', 'sweeps', 'lock', 'locks', 'one', 'ones'],
]);
const asksElse = (units: readonly Unit[], k: number): boolean =>
  ELSE.has(rawOf(units[k]) ?? '') ||
  (OTHER.has(rawOf(units[k]) ?? '') && (CHOICES.has(rawOf(units[k + 1]) ?? '') || isTopic(units[k + 1]))) ||
  asksWhichGuard(units, k);
// "closed guard doesnt really work for me … what guard should a small guy play": a choice among guards
const WHICH: ReadonlySet<string> = new Set(['what', 'which', 'whats', 'best']);
const GUARD_CHOICE: ReadonlySet<string> = new Set(['guard', 'guards']);
const asksWhichGuard = (units: readonly Unit[], k: number): boolean =>
  WHICH.has(rawOf(units[k]) ?? '') && GUARD_CHOICE.has(rawOf(units[k + 1]) ?? '');
// the dislike reaches over an article or a possessive to the name: "i hate the berimbolo"
const BEFORE_NAME: ReadonlySet<string> = new Set([
  ...['the', 'a', 'an', 'that', 'doing', 'playing', 'hitting'],
  ...['de', 'do', 'da', 'o', 'el', 'la'],
]);

/** "i hate butterfly", "i hate the berimbolo", "cant stand lasso": the unit is named as disliked. */
export function namedAsDisliked(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  while (BEFORE_NAME.has(rawOf(units[j]) ?? '')) j--;
  const words = [j - 2, j - 1, j].map((k) => rawOf(units[k]) ?? '');
  return (
    DISLIKING.has(words[2]!) || DISLIKING_SAID.has(words.slice(1).join(' ')) || DISLIKING_SAID.has(words.join(' '))
  );
}
// (Portuguese and Spanish: "não curto heel hook", "não gosto de berimbolo", "no me gusta el heel hook";
// not "me gusta", which likes it)
const DISLIKING_SAID: ReadonlySet<string> = new Set(['cant stand', 'nao curto', 'nao gosto', 'no me gusta']);

/** "i hate heel hooks, show me kneebars": after the dislike's clause, another technique asked by name. */
function anotherAskedAfter(units: readonly Unit[], i: number): boolean {
  let k = i + 1;
  while (k < units.length && !CLAUSE_ENDS.has(rawOf(units[k]) ?? '')) k++;
  // ("i hate deep half, is lasso guard ok": a question opening with "is")
  const asking = units.slice(k, k + 4).some((u) => ASKING.has(rawOf(u) ?? '')) || rawOf(units[k + 1]) === 'is';
  if (!asking) return false;
  const other = units.find((u, n) => n > k && isTopic(u));
  if (!isTopic(other)) return false;
  const disliked = units[i] as TopicUnit;
  // ("i hate deep half, is lasso guard ok to learn": a guard for a guard)
  const guards = disliked.topics.every(isGuard);
  const sameKind = guards ? other.topics.every(isGuard) : family(other) === 'technique';
  return sameKind && !other.topics.some((t) => disliked.topics.includes(t));
}
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', '.', '!', '?', ';', 'so', 'but']);
const ASKING: ReadonlySet<string> = new Set(['show', 'teach', 'give', 'want', 'need', 'quero', 'quiero', 'prefer']);

/** "every video i find is the bow and arrow and that's useless on tuesdays": judged useless in its sentence. */
function judgedUseless(units: readonly Unit[], i: number): boolean {
  for (let k = i + 1; k < units.length && !endsSentence(units[k]); k++) {
    const word = rawOf(units[k]) ?? '';
    if (USELESS.has(word)) return true;
    // "doesnt work", "doesnt really work for me"
    const next = rawOf(units[k + 1]) ?? '';
    const verb = HEDGES.has(next) ? rawOf(units[k + 2]) : next;
    if ((word === 'never' || word === 'doesnt' || word === 'dont') && WORKS.has(verb ?? '')) return true;
  }
  return false;
}
const USELESS: ReadonlySet<string> = new Set(['useless', 'pointless', 'trash', 'garbage', 'overrated', 'sucks']);
const WORKS: ReadonlySet<string> = new Set(['works', 'work', 'worked']);
const HEDGES: ReadonlySet<string> = new Set(['really', 'even', 'ever', 'actually', 'always']);

/** The technique units disliked in a sentence before a later one that asks for something else. */
export function dislikedThenElse(units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  units.forEach((u, i) => {
    const kind = isTopic(u) && (family(u) === 'technique' || u.topics.every(isGuard));
    if (kind && namedAsDisliked(units, i) && anotherAskedAfter(units, i)) out.add(i);
  });
  const elseAt = units.findLastIndex((_, k) => asksElse(units, k));
  if (elseAt < 0) return out;
  const guardsAsked = units.some((_, k) => k <= elseAt && asksWhichGuard(units, k));
  units.forEach((u, i) => {
    if (i >= elseAt || !isTopic(u)) return;
    // a guard is left out only when the ask is for another guard
    const kind = guardsAsked ? u.topics.every(isGuard) : family(u as TopicUnit) === 'technique';
    if (!kind) return;
    if (!namedAsDisliked(units, i) && !judgedUseless(units, i)) return;
    // the ask for something else comes after the sentence of the dislike ends
    const ends = units.slice(i + 1, elseAt).some((v) => endsSentence(v) || rawOf(v) === ',' || rawOf(v) === 'so');
    if (ends) out.add(i);
  });
  return out;
}
