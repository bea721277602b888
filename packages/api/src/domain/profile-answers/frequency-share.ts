// training_frequency: a share of a count said before it: "in the gym every day but bjj only 3 of
// those", "6 days a week, 2 of them are bjj", "4 classes, 2 of them are pilates", "jiu só 3 desses",
// "bjj solo 3 de esos", "mon wed fri but i only make 2 of the 3". A share named BJJ or attended is the answer; one named another activity leaves the rest;
// one said to hold a second class adds it ("4 days, and 2 of them i stay for the second class" → 6).

import { readNumber } from './numbers';
import { OTHER_ARTS } from './others';
import { findRates, STRENGTH } from './frequency-readings';
import { OTHER_SPORTS } from './sport-words';
import type { Token } from './text';

/** The sessions a week a share of an earlier count leaves to BJJ, or null when no share is told apart. */
export function shareOfCount(tokens: readonly Token[]): number | null {
  for (let k = 0; k < tokens.length; k++) {
    const share = readNumber(tokens, k);
    const end = share ? ofThose(tokens, share.end) : 0;
    if (!share || !end) continue;
    const total = findRates(tokens.slice(0, k))
      .filter((r) => r.strength !== STRENGTH.bare)
      .at(-1);
    if (!total || share.value >= total.perWeek) continue;
    // what is said of the share (after the count, to its clause's end) and of the count (before it)
    const clause = tokens[k]?.clause;
    // "… 2 of those are yoga so bjj wise 4": what follows "so" sums up, it says nothing of the share
    const sumUp = tokens.findIndex((t, i) => i > share.end && t.clause === clause && SUMMING_UP.has(t.text));
    const saidOfShare = (t: Token, i: number): boolean => t.clause === clause && (sumUp < 0 || i < sumUp);
    const said = tokens.filter((t, i) => i >= total.end && (i < k || saidOfShare(t, i))).map((t) => t.text);
    const totalClause = tokens[total.start]?.clause;
    const totalSaid = tokens.filter((t, i) => i < total.end && t.clause === totalClause).map((t) => t.text);
    // "mon wed fri but i only make 2 of the 3": the share the user gets to is the habit
    if (attendedShare(tokens, k)) return share.value;
    // "bjj 5x a week, 3 of those gi": a share of BJJ sessions still counts them all
    if (said.some((w) => BJJ.has(w)) && !totalSaid.some((w) => BJJ.has(w))) return share.value;
    // "…, one of them is the wrestling class": wrestling at the gym is mat time too
    const elsewhere = (w: string): boolean => (OTHER_SPORTS.has(w) || OTHER_ARTS.has(w)) && !GRAPPLING.has(w);
    if (said.some(elsewhere)) return total.perWeek - share.value;
    // "4 days, and 2 of them i stay for the second class": those days hold one class more each
    const shareSaid = tokens.filter((t, i) => i >= share.end && saidOfShare(t, i)).map((t) => t.text);
    if (total.countsDays && shareSaid.some((w) => ONE_MORE.has(w))) return total.perWeek + share.value;
  }
  return null;
}

/** "i only make 2", "i usually get to 2", "i make it to 3": a verb of getting there leads the share at `k`. */
function attendedShare(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - ATTEND_REACH); i--)
    if (ATTENDING.has(tokens[i]?.text ?? '')) return tokens[i - 1]?.text !== 'to';
  return false;
}
const ATTEND_REACH = 4;
const ATTENDING: ReadonlySet<string> = new Set(['make', 'get', 'manage', 'catch', 'attend', 'hit']);

/** The end of "of those", "of them", "of which", "of the 3", "desses", "de esos" at `k`, or 0. */
function ofThose(tokens: readonly Token[], k: number): number {
  const word = tokens[k]?.text ?? '';
  if (CONTRACTED.has(word)) return k + 1;
  // "2 of the 3": the count it is a share of, said again
  if (word === 'of' && tokens[k + 1]?.text === 'the' && tokens[k + 2]?.kind === 'number') return k + 3;
  return OF.has(word) && THOSE.has(tokens[k + 1]?.text ?? '') ? k + 2 : 0;
}
const OF: ReadonlySet<string> = new Set(['of', 'de']);
const THOSE: ReadonlySet<string> = new Set([
  ...['those', 'them', 'these', 'which'],
  // Spanish "de esos", "de ellos", "de estos"
  ...['esos', 'esas', 'ellos', 'ellas', 'estos', 'estas'],
]);
// Portuguese "desses", "deles", "destes"
const CONTRACTED: ReadonlySet<string> = new Set(['desses', 'dessas', 'deles', 'delas', 'destes', 'destas']);
const GRAPPLING: ReadonlySet<string> = new Set(['wrestling', 'grappling']);
// "…2 of them i stay for the second class", "…2 of which are doubles"
const ONE_MORE: ReadonlySet<string> = new Set(['second', 'another', 'extra', 'double', 'doubles', 'twice']);
const SUMMING_UP: ReadonlySet<string> = new Set(['so', '=']);
const BJJ: ReadonlySet<string> = new Set(['bjj', 'jiu', 'jitsu', 'jiujitsu', 'grappling', 'jj']);
