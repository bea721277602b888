// training_frequency: sessions per week from "twice", "2-3x a week", "most days", "8 times a month",
// "Mon, Wed and Fri", "been at it 10 years, twice a week now". Reading the rates is
// frequency-readings.ts; this file picks the one that is the user's current habit.

import { compileLexicon } from './lexicon';
import { markSpans, negatedSpans } from './context';
import { OTHER_ARTS, isAboutOthers, otherArtRanges, othersClauses } from './others';
import { readNumber } from './numbers';
import { tokenise, wordCount, type Token } from './text';
import { ADDS_UP, RATE_TIME_CUES } from './frequency-words';
import { SESSION_KINDS } from './session-kind-words';
import { TRAINING_PLACES } from './schedule-words';
import { OTHER_SPORTS } from './sport-words';
import { NOT_TRAINING, alsoOnDays } from './frequency-also-days';
import { EVERY_DAY } from './frequency-rates';
import { STRENGTH, changedFrom, findRates, hasNegativeNumber, type Rate } from './frequency-readings';
import { scheduleTotal } from './frequency-schedule';
import { doubledDays } from './frequency-doubled-days';
import { abbreviatedDays } from './schedule-days';
import { averagedRate, swingsFromNone } from './frequency-average';
import { alternatingWeeks } from './frequency-week-kinds';
import { everyClassCount } from './frequency-every-class';
import { coachedCount, namedElseAfter } from './frequency-not-bjj';
import { withoutElsewhere } from './frequency-elsewhere';
import { notBegunYet } from './frequency-not-begun';
import { afterTakenBack } from './frequency-taken-back';
import { shareOfCount } from './frequency-share';
import { isWorkShifts } from './frequency-work-shifts';
import { everyOtherDayAsWeek } from './frequency-every-other-day';
import { inClauseOpeningOnNow } from './frequency-now-clause';
import { joinedBySlavicAnd } from './frequency-slavic-and';
import { seasonNow } from './frequency-seasons';
import { addedMore } from './frequency-more';
import { addedToPast } from './frequency-now-also';
import { offDaysOfRota } from './frequency-rota';
import { classesOnEachDay } from './frequency-classes-each-day';
import { sessionsAtEachPlace } from './frequency-each-place';
import { restOfWeek } from './frequency-rest-of-week';
import { restDaysCounted } from './frequency-rest-count';
import { plannedLater } from './frequency-planned';
import { atOneThenAnotherPlace } from './frequency-other-place';
import { WORLD_SKIP_FILLERS } from './world-words';
import { MAX_SESSIONS_PER_WEEK } from './types';

const timeCues = compileLexicon(RATE_TIME_CUES);

export function parseTrainingFrequency(text: string): number | null {
  // "mon wed bjj, tue thu muay thai": parts about another sport, a rest day or watching are no training
  // "open mat every other sunday": that day every other week
  const all = withoutElsewhere(everyOtherDayAsWeek(tokenise(text)));
  // "every day! ok not every day, like 5": what follows a rate denied as it is repeated
  const tokens = afterTakenBack(all) ?? all;
  const lower = text.toLowerCase();
  if (hasNegativeNumber(tokens) || (NOT_STARTED.test(lower) && !NOW_TOO.test(lower)) || notBegunYet(tokens))
    return null;
  const rounded = (perWeek: number | null): number | null => {
    if (perWeek === null) return null;
    // Round first: "0.001 times a week" must not slip through as a stored 0.
    const r = Math.round(perWeek * 100) / 100;
    return r > 0 && r <= MAX_SESSIONS_PER_WEEK ? r : null;
  };
  // read once, when a reading below first needs them
  let kept: Rate[] | undefined;
  const keptOnce = (): Rate[] => (kept ??= keptRates(tokens));
  // weeks that drop to none keep no count, unless one is said to be usual or the average
  if (swingsFromNone(tokens) && !averagedRate(tokens, keptOnce()) && !saidAsUsual(tokens, keptOnce())) return null;
  // a timetable of several parts adds up ("Mon/Wed/Fri gi, Tue/Thu nogi"); else the rate it states
  return (
    // "4 on 3 off, I train once on each off day": the rota's off days, not its counts
    rounded(offDaysOfRota(tokens)) ??
    // "2 days off and on both of them I do the noon class and the evening class": days × classes
    rounded(classesOnEachDay(tokens)) ??
    // "2 classes at each of my 2 gyms": the count over the places
    rounded(sessionsAtEachPlace(tokens)) ??
    rounded(totalBeforeBreakdown(tokens)) ??
    // "in the gym every day but bjj only 3 of those": read before another activity's part is dropped
    rounded(shareOfCount(tokenise(text))) ??
    // "some weeks 4, some weeks 2, averages out around 3": the average, not the parts added up
    rounded(averagedRate(tokens, keptOnce())?.perWeek ?? null) ??
    // "in winter 4, in summer only 1 and it's july now": the season said to be now
    rounded(seasonNow(tokens, keptOnce())) ??
    // "2 on day shift weeks, 4 on nights": weeks that alternate average out
    rounded(alternatingWeeks(tokens, keptOnce())) ??
    rounded(scheduleTotal(tokens)) ??
    rounded(everyClassCount(tokens)) ??
    // "used to go 3 times but now i also do the friday class": the old count goes on, with more
    rounded(addedToPast(tokens, keptOnce())) ??
    // "no sundays or mondays, rest of the week yes, once a day": the days left, that many times each
    rounded(perDayOnDaysLeft(tokens, keptOnce())) ??
    rounded(chooseRate(tokens, keptOnce())) ??
    // "not on fridays or weekends, all the other days": the days left
    rounded(restOfWeek(tokens)) ??
    rounded(abbreviatedDays(tokens))
  );
}

const MAX_TOTAL_WORDS = 4;

/** The days left once some are ruled out, times a count a day that is the only rate said, else null. */
function perDayOnDaysLeft(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  const perDay = rates.length === 1 ? rates[0]?.perDay : null;
  const days = perDay ? restOfWeek(tokens) : null;
  return perDay && days ? perDay * days : null;
}

/** "4 sessions: 2 gi, 1 nogi, 1 open mat": a count stated before its breakdown is the total. */
function totalBeforeBreakdown(tokens: readonly Token[]): number | null {
  // "the 6:30am class": a clock's colon breaks nothing down
  const colon = tokens.findIndex(
    (t, i) => t.text === ':' && !(tokens[i + 1]?.kind === 'number' && !tokens[i + 1]?.spaceBefore),
  );
  if (colon <= 0) return null;
  const head = tokens.slice(0, colon);
  if (wordCount(head) > MAX_TOTAL_WORDS || !head.some((_, i) => readNumber(head, i) !== null)) return null;
  return statedRate(head);
}

function statedRate(tokens: readonly Token[]): number | null {
  return chooseRate(tokens, keptRates(tokens));
}

/** The rates that may be the user's habit now: not negated, not someone else's, not only hoped for. */
function keptRates(tokens: readonly Token[]): Rate[] {
  const rates = findRates(tokens);
  const negated = negatedSpans(tokens, rates);
  // A lone number over 14 is an age or a year, not a rate; a stated one ("20 times a week") is nonsense.
  const others = othersClauses(tokens);
  const artRanges = otherArtRanges(tokens);
  const marks = markSpans(tokens, rates, timeCues);
  return rates.filter(
    (r, i) =>
      !negated.has(i) &&
      !isAboutOthers(r, others, artRanges) &&
      !isHoped(tokens, rates, i, marks.get(i)) &&
      !isWorkShifts(tokens, r) &&
      // "starting 4x a week next month": a plan for later ("going from 2 to 3 next month" keeps the 2)
      !(tokens[r.start - 1]?.text !== 'from' && plannedLater(tokens, r.end)) &&
      !coachedCount(tokens, r.start) &&
      !(r.countsDays && restDaysCounted(tokens, r.start, r.end)) && // "the other five days are recovery days"
      !namedElseAfter(tokens, r.end) &&
      !(r.period === null && countedSoFar(tokens, r.end) && !rates.some((o) => o.period !== null)) &&
      (r.strength !== STRENGTH.bare || r.perWeek <= MAX_SESSIONS_PER_WEEK),
  );
}

/** "12 classes total", "done 8 so far": a count with no period, said as a running total, is no weekly rate. */
function countedSoFar(tokens: readonly Token[], end: number): boolean {
  const [next, after] = [tokens[end]?.text ?? '', tokens[end + 1]?.text ?? ''];
  return SO_FAR.has(next) || (next === 'in' && after === 'total') || (next === 'so' && after === 'far');
}
const SO_FAR: ReadonlySet<string> = new Set(['total', 'altogether', 'overall', 'lifetime', 'ever']);

/**
 * A rate only wished for or planned ("goal is 5x a week", "planning on 3 times a week once…"); in
 * "hoping to go from once a week to three" the one after "from" is the habit now.
 */
function isHoped(
  tokens: readonly Token[],
  rates: readonly Rate[],
  i: number,
  mark: ReadonlySet<string> | undefined,
): boolean {
  const rate = rates[i];
  if (!rate) return false;
  // "went from twice a week to four": a change made, so the count after "to" is now and the one before was
  if (tokens[rate.start - 1]?.text === 'from') return changedFrom(tokens, rate.start - 1);
  const previous = rates[i - 1];
  if (tokens[rate.start - 1]?.text === 'to' && previous && tokens[previous.start - 1]?.text === 'from')
    return !changedFrom(tokens, previous.start - 1);
  return mark?.has('hope') === true;
}

const saidAsUsual = (tokens: readonly Token[], rates: readonly Rate[]): boolean =>
  [...markSpans(tokens, rates, timeCues).values()].some((m) => m.has('now'));

const NOW_RANK = 2;

/** Orders readings: the current habit before past, hoped-for or occasional ones. */
function timeRank(marks: ReadonlySet<string> | undefined): number {
  if (marks?.has('now')) return NOW_RANK;
  if (marks?.has('not_now')) return 0;
  return 1;
}

const JOINS_ADDITIONS = new Set([
  ...ADDS_UP,
  ...SESSION_KINDS,
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

function chooseRate(tokens: readonly Token[], rates: readonly Rate[]): number | null {
  if (rates.length === 0) return null;
  const marks = markSpans(tokens, rates, timeCues);
  // "…, now I'm purple and go 5x": a clause opening on "now" is the habit now
  const time = (rate: Rate, i: number): number =>
    inClauseOpeningOnNow(tokens, rates, rate) ? NOW_RANK : timeRank(marks.get(i));
  const ranked = rates.map((rate, i) => ({ rate, time: time(rate, i), order: i }));
  ranked.sort((a, b) => b.time - a.time || b.rate.strength - a.rate.strength || a.order - b.order);
  const best = ranked[0];
  if (!best) return null;
  // "used to train 5 days a week before my knee surgery": only a past habit says nothing of now
  if (best.time === 0 && PAST_ONLY.test(tokens.map((t) => t.text).join(' '))) return null;

  // "two sessions a day, 5 days a week" → 10; not "5 days a week, sometimes twice a day".
  const current = ranked.filter((r) => r.time >= 1).map((r) => r.rate);
  const perDay = current.find((r) => r.perDay !== null);
  const days = current.find((r) => r.countsDays && r !== perDay);
  // "twice a day every day": every day is all seven here
  if (perDay?.perDay != null && days) return perDay.perDay * (days.perWeek === EVERY_DAY ? 7 : days.perWeek);
  // "like 9 sessions, i double most days": a count of sessions said outright is the total the doubles make
  const sessionsSaid = current.some((r) => r !== days && !r.countsDays && r.strength !== STRENGTH.bare);
  const doubled = days && days.perWeek !== EVERY_DAY && !sessionsSaid ? doubledDays(tokens, days) : null;
  if (doubled !== null) return doubled;

  return partsTotal(tokens, ranked, best);
}

/** "starting next month, prob 3x": a rate for training not begun yet ("…, but right now just 2" is one now). */
const NOT_STARTED = /^\s*(?:starting|start|beginning|begin)\s+(?:next|in|after|on|again next)\b/;
const NOW_TOO = /\b(?:right now|for now|currently|at the moment|atm)\b/;
const PAST_ONLY =
  /\b(?:used to|back when|before my|in the past|in college|in high school|in my (?:twenties|thirties|\d0 s)|when i was|i was|back in)\b/;

interface Ranked {
  readonly rate: Rate;
  readonly time: number;
  readonly order: number;
}

/**
 * "3 gi classes and 2 nogi a week" → 5: counts joined by "and"/"+", or of different kinds, add up,
 * on either side of the clearest one ("3 adult classes + 1 private a week").
 */
function partsTotal(tokens: readonly Token[], ranked: readonly Ranked[], best: Ranked): number {
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
  for (let i = a.end; i < b.start; i += 1) if (!allowed.has(tokens[i]?.text ?? '')) return false;
  return true;
}

function hasAddition(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  for (let i = a.end; i < b.start; i += 1) if (ADDS_UP.has(tokens[i]?.text ?? '')) return true;
  return false;
}
