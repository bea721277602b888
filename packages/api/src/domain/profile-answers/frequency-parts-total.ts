// training_frequency: counts said one after another that add up to the week ("3 gi classes and 2
// nogi a week" → 5, "4 at my home gym and 1 nogi at the affiliate"), as against a count restated
// by its days ("3x a week - mon wed fri") or a range's ends.

import type { Token } from './text';
import { ADDS_UP } from './frequency-words';
import { SESSION_KINDS } from './session-kind-words';
import { TRAINING_PLACES } from './schedule-words';
import { OTHER_SPORTS } from './sport-words';
import { OTHER_ARTS } from './others';
import { NOT_TRAINING, alsoOnDays } from './frequency-also-days';
import { STRENGTH, type Rate } from './frequency-readings';
import { joinedBySlavicAnd } from './frequency-slavic-and';
import { addedMore } from './frequency-more';
import { atOneThenAnotherPlace } from './frequency-other-place';
import { WORLD_SKIP_FILLERS } from './world-words';

const JOINS_ADDITIONS = new Set([
  ...ADDS_UP,
  ...SESSION_KINDS,
  // "privates twice a month and group class twice a week": the next count's own class named first
  ...['group', 'class', 'classes', 'session', 'sessions', 'adult', 'adults', 'kids', 'womens', 'mixed'],
  'on',
  'the',
  'a',
  'an',
  // "plus le samedi", "più il sabato"
  ...WORLD_SKIP_FILLERS,
  'extra',
  'every',
  // "3 times at my gym and once in my buddy's garage": where each count is trained
  'at',
  'in',
  'my',
  ...TRAINING_PLACES,
  // "2 gi classes and usually 1 nogi"; "3 gi and then 1-2 nogi"
  'then',
  'usually',
  'normally',
  'typically',
  ',',
  '/',
  '(',
  ')',
]);

export interface Ranked {
  readonly rate: Rate;
  readonly time: number;
  readonly order: number;
}

/**
 * "3 gi classes and 2 nogi a week" → 5: counts joined by "and"/"+", or of different kinds, add up,
 * on either side of the clearest one ("3 adult classes + 1 private a week").
 */
export function partsTotal(tokens: readonly Token[], ranked: readonly Ranked[], best: Ranked): number {
  // "2 gi classes and usually 1 nogi": the usual and the plainly stated are both the habit now
  const isNow = (time: number): boolean => time >= 1;
  const inOrder = ranked.filter((r) => isNow(r.time) === isNow(best.time)).sort((a, b) => a.order - b.order);
  const rates = inOrder.map((r) => r.rate);
  const at = inOrder.indexOf(best);
  // a bare number before "and" ("between 3 and 4 times") is a range's end; before "+" it is a part
  const partBefore = (a: Rate, b: Rate): boolean =>
    (a.strength !== STRENGTH.bare || joinedBy(tokens, a, b, PLUS) || toldByPlace(tokens, a, b)) && addsTo(tokens, a, b);
  let first = at;
  while (first > 0 && partBefore(rates[first - 1] as Rate, rates[first] as Rate)) first -= 1;
  let last = at;
  while (last < rates.length - 1 && addsTo(tokens, rates[last] as Rate, rates[last + 1] as Rate)) last += 1;
  const parts = rates.slice(first, last + 1);
  // "8 gi classes a month + 4 nogi": a part with no period of its own is counted over its neighbours'
  const periods = new Set(parts.flatMap((r) => (r.period === null ? [] : [r.period])));
  const shared = periods.size === 1 ? ([...periods][0] ?? 1) : 1;
  return parts.reduce((sum, r) => sum + (r.period === null ? r.perWeek * shared : r.perWeek), 0);
}

/** Two neighbouring counts that add up: joined by "and"/"+", or of different kinds of session. */
function addsTo(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  if (restatesAsDays(tokens, a, b)) return false;
  if (alsoOnDays(tokens, a, b) || joinedBySlavicAnd(tokens, a, b) || addedMore(tokens, a, b)) return true;
  if (toldByPlace(tokens, a, b) || atAnotherPlace(tokens, a, b) || plusDays(tokens, a, b)) return true;
  // "mara mbili gi na mara moja nogi": Swahili "na" (and) before its "mara" (times); not Portuguese "na"
  if (b.start === a.end + 1 && tokens[a.end]?.text === 'na' && tokens[b.start]?.text === 'mara') return true;
  if (b.strength === STRENGTH.bare && !joinedBy(tokens, a, b, ADDS_UP)) return false;
  if (!joinedBy(tokens, a, b, JOINS_ADDITIONS)) return false;
  const otherKind = a.kind !== '' && b.kind !== '' && a.kind !== b.kind;
  return hasAddition(tokens, a, b) || otherKind;
}

const PLUS: ReadonlySet<string> = new Set(['+', 'plus']);

/**
 * "two times in the week, tuesday and thursday", "3x a week - mon wed fri": days named after a count,
 * no more of them than it counts and nothing added, are when those sessions fall, not more of them.
 */
function restatesAsDays(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  if (a.strength !== STRENGTH.stated || b.strength !== STRENGTH.weekdays || b.perWeek > a.perWeek) return false;
  const between = tokens.slice(a.end, b.start);
  const after = tokens[b.end]?.text ?? '';
  // "…, saturday open mat" or "…, sundays too" are sessions beside the count
  return (
    !between.some((t) => ADDS_UP.has(t.text) || ADDING.has(t.text)) && !ADDING.has(after) && !SESSION_KINDS.has(after)
  );
}
const ADDING: ReadonlySet<string> = new Set(['too', 'also', 'extra', 'additionally', 'another', 'well']);

// "at checkmat and", "at my cousins gym across town and"
const MAX_PLACE_WORDS = 8;

/** "two at my gym and two at my cousins gym": counts told by where they are trained, joined by "and". */
function atPlaces(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  const between = tokens.slice(a.end, b.start).map((t) => t.text);
  return (
    (AT.has(between[0] ?? '') || (AT_IBERIAN.has(between[0] ?? '') && between.some((w) => IBERIAN_PLACES.has(w)))) &&
    between.length <= MAX_PLACE_WORDS &&
    between.some((w) => ADDS_UP.has(w) || w === ',')
  );
}

// "4 at my home gym and 1 nogi at the affiliate": a bare count is a part too when its place tells it
const toldByPlace = (tokens: readonly Token[], a: Rate, b: Rate): boolean =>
  atPlaces(tokens, a, b) || atOneThenAnotherPlace(tokens, a, b);

const AT: ReadonlySet<string> = new Set(['at', 'in']);
// "dos veces en la academia y dos más en…", "duas vezes na academia e…"; not "4 veces en verano, …"
const AT_IBERIAN: ReadonlySet<string> = new Set(['en', 'na', 'no', 'em']);
const IBERIAN_PLACES: ReadonlySet<string> = new Set(['academia', 'gimnasio', 'club', 'clube', 'dojo', 'casa']);

/** "3x a week and I drop in at a buddy's gym once": a count at another place, named before it. */
function atAnotherPlace(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  const between = tokens.slice(a.end, b.start).map((t) => t.text);
  const at = between.findIndex((w, k) => (w === 'at' || w === 'in') && between.slice(k + 1).some((p) => PLACES.has(p)));
  return (
    b.strength === STRENGTH.stated &&
    ADDS_UP.has(between[0] ?? '') &&
    at > 0 &&
    between.length <= MAX_PLACE_WORDS + 2 &&
    !between.some((w) => OTHER_SPORTS.has(w) || OTHER_ARTS.has(w) || NOT_TRAINING.has(w))
  );
}
const PLACES: ReadonlySet<string> = new Set(TRAINING_PLACES);

/** "MWF when I'm not on duty, plus saturday": days added with "plus" after days trained. */
function plusDays(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  if (!a.countsDays || b.strength !== STRENGTH.weekdays || !PLUS.has(tokens[b.start - 1]?.text ?? '')) return false;
  const between = tokens.slice(a.end, b.start).map((t) => t.text);
  return !between.some((w) => OTHER_SPORTS.has(w) || OTHER_ARTS.has(w) || NOT_TRAINING.has(w));
}

function joinedBy(tokens: readonly Token[], a: Rate, b: Rate, allowed: ReadonlySet<string>): boolean {
  for (let i = a.end; i < b.start; i += 1) {
    const word = tokens[i]?.text ?? '';
    // "twice on weekdays if i can get out of the office on time and once on saturday": a condition on
    // the first part runs to the word that adds the next
    if (CONDITIONS.has(word)) {
      const next = tokens.findIndex((t, j) => j > i && j < b.start && ADDS_UP.has(t.text));
      if (next > i) {
        i = next - 1;
        continue;
      }
    }
    if (!allowed.has(word)) return false;
  }
  return true;
}
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'whenever']);

function hasAddition(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  for (let i = a.end; i < b.start; i += 1) if (ADDS_UP.has(tokens[i]?.text ?? '')) return true;
  return false;
}
