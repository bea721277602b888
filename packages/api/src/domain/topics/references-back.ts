// A topic said again after it was ruled out: the same one, still out ("no armbars pls, everyone sees
// the armbar coming"), unless it is asked again in a place of its own or as a defence.
import { namedAsDisliked } from './disliked-then-else';
import { isAttire } from '../../data/canonical-topics';
import { type TopicUnit, type Unit, endsSentence, isTopic, rawOf, nameStemsOf } from './match';
import type { Token } from './tokenize';
import { GET_FORMS } from '../get-forms';

/**
 * "no armbars pls, everyone sees the armbar coming": "the armbar" after it was ruled out is the one
 * ruled out, said again to explain why, and so is one said again under a negation; "no armbars
 * from guard, armbars from mount" asks again.
 */
export function withReferencesBack(
  units: readonly Unit[],
  tokens: readonly Token[],
  ruledOut: ReadonlySet<number>,
): ReadonlySet<number> {
  if (!ruledOut.size) return ruledOut;
  // the same name, not just the same topic: "not the knee cut, the smash pass" asks the smash pass
  const nameOf = (u: Unit) => nameStemsOf(tokens, u);
  const names = new Map([...ruledOut].map((j) => [nameOf(units[j]!), j]));
  // negated, another name of what was ruled out is said again too: "NOT from the back, i never get
  // back control", "no leg locks, i never get heel hooks anyway"
  const ruledOutAs = (u: TopicUnit): number | undefined =>
    [...ruledOut].find((j) => {
      const out = units[j];
      return isTopic(out) && u.topics.every((t) => out.topics.includes(t));
    });
  const out = new Set(ruledOut);
  units.forEach((u, i) => {
    if (!isTopic(u) || out.has(i)) return;
    const negated = negatedNear(units, i);
    // "sweeps that arent from butterfly, i hate butterfly": disliked, it says why it is out
    const told = toldAsDone(units, i) || toldNotAsked(units, i) || namedAsDisliked(units, i);
    if (!(REFERRING.has(wordBefore(units, i)) || negated || told)) return;
    // "…, show me the armbar from mount" and "i cant defend heel hooks" ask it again
    if (hasOwnPlace(units, i) || nearDefence(units, i)) return;
    // "no more passing vids, i need to work on not getting passed": not being done to is a defence asked
    if (negated && u.hasParticiple && PASSIVE_GETTING.has(wordBefore(units, i))) return;
    // ("… the straight footlock gets defended every time": the same one by another name, pointed at
    // in a later sentence; in the same breath another name is the one asked: "not the knee cut, the
    // smash pass")
    const other = ruledOutAs(u);
    const pointedAt =
      REFERRING.has(wordBefore(units, i)) &&
      other !== undefined &&
      sentenceEndsBetween(units, other, i) &&
      !sentenceAsks(units, i);
    const j = names.get(nameOf(u)) ?? (negated || told || pointedAt ? other : undefined);
    // "… no heel hooks in the gi rule but anything goes in nogi. … I want to learn the heel hook finish":
    // wanted again in a sentence of its own, it is asked; so is one ruled out only as part of a name of
    // two ("not the kimura sweep, i want to finish the kimura")
    const partOfTwo = j !== undefined && isTopic(units[j + 1]) && ruledOut.has(j + 1);
    if (j !== undefined && !negated && (sentenceEndsBetween(units, j, i) || partOfTwo) && wantedRightBefore(units, i))
      return;
    // "I don't need toe hold defense, I need to hit the toe hold myself": the defence was ruled out, the attack asked
    if (j !== undefined && isDefended(units, j) && !negated && !nearReceiving(units, i)) return;
    if (j !== undefined && j < i) out.add(i);
  });
  return out;
}
const REFERRING: ReadonlySet<string> = new Set(['the', 'that', 'this', 'those', 'these']);
const sentenceEndsBetween = (units: readonly Unit[], from: number, to: number): boolean =>
  units.slice(from, to).some(endsSentence);
/**
 * "Anything except the triangle. I'm long and everyone assumes I should play triangles": said again in
 * a later sentence that asks nothing, the name explains why it is out.
 */
function toldNotAsked(units: readonly Unit[], i: number): boolean {
  return sentenceBounds(units, i)[0] > 0 && !sentenceAsks(units, i);
}
/** The sentence of unit `i` is a question, or holds a word of asking or another name. */
function sentenceAsks(units: readonly Unit[], i: number): boolean {
  const [start, end] = sentenceBounds(units, i);
  if (rawOf(units[end]) === '?') return true;
  return units.slice(start, end).some((v, k) => (isTopic(v) && start + k !== i) || ASKING.has(rawOf(v) ?? ''));
}
/** A want or learn a few words before unit `i`, in its sentence: "I want to learn the heel hook". */
function wantedRightBefore(units: readonly Unit[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - WANT_REACH) && !endsSentence(units[k]); k--)
    if (WANTING.has(rawOf(units[k]) ?? '')) return true;
  return false;
}
const WANT_REACH = 5;
const WANTING: ReadonlySet<string> = new Set(['want', 'wanna', 'learn', 'need', 'teach']);

/** The first unit of the sentence around unit `i`, and the unit that ends it. */
function sentenceBounds(units: readonly Unit[], i: number): [number, number] {
  let start = i;
  while (start > 0 && !endsSentence(units[start - 1])) start--;
  let end = i;
  while (end < units.length && !endsSentence(units[end])) end++;
  return [start, end];
}
const ASKING: ReadonlySet<string> = new Set([
  ...['want', 'wanna', 'need', 'show', 'looking', 'how', 'teach', 'give', 'send', 'help', 'learn', 'prefer'],
  ...['instead', 'rather', 'what', 'which', 'any', 'can', 'could', 'should', 'but', 'only', 'just', 'work', 'like'],
  ...['other', 'else', 'alternative', 'welche', 'wie', 'que', 'qual', 'como', 'quiero', 'quero'],
]);
const PASSIVE_GETTING: ReadonlySet<string> = new Set(['getting', 'get', 'being']);
/** "NOT butterfly, we did butterfly the whole of last month", "I've drilled enough armbars": why it is out. */
function toldAsDone(units: readonly Unit[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4 && units[j]?.kind === 'word'; j--)
    if (DONE_WORDS.has(rawOf(units[j]) ?? '')) return true;
  return false;
}
const DONE_WORDS: ReadonlySet<string> = new Set([
  'did',
  'done',
  'drilled',
  'enough',
  'covered',
  'spent',
  'watched',
  'seen',
]);
// "… that dont start from turtle. i never get people turtled": said again, negated, it is still out
// ("my legs are too short to close it": why it is out)
const NEGATING: ReadonlySet<string> = new Set(['never', 'not', 'dont', 'no', 'cant', 'too']);
const negatedNear = (units: readonly Unit[], i: number): boolean =>
  units.slice(Math.max(0, i - 3), i).some((u) => u.kind === 'word' && NEGATING.has(u.raw));
const PLACE_WORDS: ReadonlySet<string> = new Set(['from', 'in', 'on', 'out']);
function hasOwnPlace(units: readonly Unit[], i: number): boolean {
  const [word, place] = [units[i + 1], units[i + 2]];
  return word?.kind === 'word' && PLACE_WORDS.has(word.raw) && isTopic(place) && !place.topics.every(isAttire);
}
const DEFENCE_WORDS: ReadonlySet<string> = new Set([
  'defend',
  'defense',
  'defence',
  'stop',
  'escape',
  'survive',
  'counter',
]);
// ("the straight footlock gets defended every time" is the opponent defending it: why it is out)
const nearDefence = (units: readonly Unit[], i: number): boolean =>
  units
    .slice(Math.max(0, i - 3), i + 3)
    .some(
      (u, k, near) =>
        (u.kind === 'defending' && !PASSIVE.has(rawOf(near[k - 1]) ?? '')) ||
        (u.kind === 'word' && DEFENCE_WORDS.has(u.raw)),
    );
const PASSIVE: ReadonlySet<string> = new Set([...GET_FORMS, 'is', 'was', 'being']);
const isDefended = (units: readonly Unit[], j: number): boolean => {
  const u = units[j];
  return (isTopic(u) && u.defending) || units[j + 1]?.kind === 'defending';
};
const nearReceiving = (units: readonly Unit[], i: number): boolean =>
  units.slice(i + 1, i + 4).some((u) => u.kind === 'receiving' || u.kind === 'defending');
const wordBefore = (units: readonly Unit[], i: number): string => {
  const u = units[i - 1];
  return u?.kind === 'word' ? u.raw : '';
};
