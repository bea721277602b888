// training_frequency: sessions per week from "twice", "2-3x a week", "most days", "8 times a month",
// "Mon, Wed and Fri", "been at it 10 years, twice a week now". Reading the rates is
// frequency-readings.ts; this file picks the one that is the user's current habit.

import { compileLexicon } from './lexicon';
import { markSpans, negatedSpans } from './context';
import { isAboutOthers, otherArtRanges, othersClauses } from './others';
import { readNumber } from './numbers';
import { tokenise, wordCount, type Token } from './text';
import { RATE_TIME_CUES } from './frequency-words';
import { EVERY_DAY } from './frequency-rates';
import { STRENGTH, changedFrom, findRates, hasNegativeNumber, type Rate } from './frequency-readings';
import { scheduleTotal } from './frequency-schedule';
import { doubledDays } from './frequency-doubled-days';
import { doublesAmongDays } from './frequency-doubled-some-days';
import { abbreviatedDays } from './schedule-days';
import { averagedRate, swingsFromNone } from './frequency-average';
import { alternatingWeeks } from './frequency-week-kinds';
import { everyClassCount } from './frequency-every-class';
import { coachedCount, namedElseAfter } from './frequency-not-bjj';
import { withoutElsewhere } from './frequency-elsewhere';
import { coachingRolledIn } from './frequency-coached-and-rolled';
import { notBegunYet } from './frequency-not-begun';
import { laidOffNow } from './frequency-laid-off';
import { afterTakenBack } from './frequency-taken-back';
import { shareOfCount } from './frequency-share';
import { withoutPromotionDay } from './frequency-promotion-day';
import { summedUpAtEnd } from './frequency-summed-up';
import { isWorkShifts } from './frequency-work-shifts';
import { everyOtherDayAsWeek } from './frequency-every-other-day';
import { inClauseOpeningOnNow } from './frequency-now-clause';
import { seasonNow } from './frequency-seasons';
import { addedToPast } from './frequency-now-also';
import { offDaysOfRota } from './frequency-rota';
import { classesOnEachDay } from './frequency-classes-each-day';
import { sessionsAtEachPlace } from './frequency-each-place';
import { restOfWeek } from './frequency-rest-of-week';
import { restDaysCounted } from './frequency-rest-count';
import { plannedLater } from './frequency-planned';
import { MAX_SESSIONS_PER_WEEK } from './types';
import { partsTotal } from './frequency-parts-total';
import { lessOneDropped } from './frequency-dropped-one';
import { lessShareNotTrained } from './frequency-share-not-trained';
import { rangePlusPart } from './frequency-range-plus';

const timeCues = compileLexicon(RATE_TIME_CUES);

/** The user's sessions per week now, or null when the reply states no current habit of their own. */
export function parseTrainingFrequency(text: string): number | null {
  for (const reading of frequencyReadings(text)) return reading.perWeek;
  return null;
}

/** One reader's answer to "how often do you train": its name and the sessions per week it reads. */
export interface FrequencyReading {
  readonly reader: string;
  readonly perWeek: number;
}

/**
 * Every reader that answers, in the order that decides: the first is the reading. Lazy, so a reply
 * the first reader answers costs no more than that reader.
 */
export function* frequencyReadings(text: string): Generator<FrequencyReading> {
  // "mon wed bjj, tue thu muay thai": parts about another sport, a rest day or watching are no training
  // "open mat every other sunday": that day every other week
  // "promoted to brown saturday …, 3 times a week": the day of the promotion is when, not a session
  // "coach mon wed fri and roll after every class": coaching rolled in after is training
  const all = withoutElsewhere(coachingRolledIn(everyOtherDayAsWeek(withoutPromotionDay(tokenise(text)))));
  // "every day! ok not every day, like 5": what follows a rate denied as it is repeated
  const tokens = afterTakenBack(all) ?? all;
  const lower = text.toLowerCase();
  const noneNow = notBegunYet(tokens) || laidOffNow(tokens);
  if (hasNegativeNumber(tokens) || (NOT_STARTED.test(lower) && !NOW_TOO.test(lower)) || noneNow) return;
  // "did 2 classes today back to back, dead", "rolled six times tonight": one day's log, no habit
  if (ONE_DAY.test(lower) && !HABIT.test(lower)) return;
  // read once, when a reading below first needs them
  let kept: Rate[] | undefined;
  const keptOnce = (): Rate[] => (kept ??= keptRates(tokens));
  // weeks that drop to none keep no count, unless one is said to be usual or the average
  if (swingsFromNone(tokens) && !averagedRate(tokens, keptOnce()) && !saidAsUsual(tokens, keptOnce())) return;
  // a timetable of several parts adds up ("Mon/Wed/Fri gi, Tue/Thu nogi"); else the rate it states
  const readers: ReadonlyArray<readonly [string, () => number | null]> = [
    // "4 on 3 off, I train once on each off day": the rota's off days, not its counts
    ['rota off days', () => offDaysOfRota(tokens)],
    // "2 days off and on both of them I do the noon class and the evening class": days × classes
    ['classes each day', () => classesOnEachDay(tokens)],
    // "2 classes at each of my 2 gyms": the count over the places
    ['sessions each place', () => sessionsAtEachPlace(tokens)],
    ['total before breakdown', () => totalBeforeBreakdown(tokens)],
    // "in the gym every day but bjj only 3 of those": read before another activity's part is dropped
    ['share of count', () => shareOfCount(tokenise(text))],
    // "gi mon wed, nogi tue, open mat saturday maybe, so 4ish": the total said at the end
    ['summed up at end', () => summedUpAtEnd(tokens)],
    // "3 days a week but i double on two of them": the days and their doubles
    ['doubles among days', () => doublesAmongDays(tokens, keptOnce())],
    // "some weeks 4, some weeks 2, averages out around 3": the average, not the parts added up
    ['averaged', () => averagedRate(tokens, keptOnce())?.perWeek ?? null],
    // "in winter 4, in summer only 1 and it's july now": the season said to be now
    ['season now', () => seasonNow(tokens, keptOnce())],
    // "2 on day shift weeks, 4 on nights": weeks that alternate average out
    ['alternating weeks', () => alternatingWeeks(tokens, keptOnce())],
    // "3 but one of those is me coaching the kids", "every day except sunday, but one of those is me
    // teaching": the count less what is not the user's training, before the days are summed
    ['share not trained', () => lessShareNotTrained(tokens, keptOnce())],
    ['schedule', () => scheduleTotal(tokens)],
    ['every class', () => everyClassCount(tokens)],
    // "used to go 3 times but now i also do the friday class": the old count goes on, with more
    ['added to past', () => addedToPast(tokens, keptOnce())],
    // "no sundays or mondays, rest of the week yes, once a day": the days left, that many times each
    ['per day on days left', () => perDayOnDaysLeft(tokens, keptOnce())],
    // "between 2 and 4 in the week, plus open mat sunday": the range's middle and the part added
    ['range plus', () => rangePlusPart(tokens, keptOnce())],
    // "4 classes but i dropped the thursday one": the count less the class dropped
    ['one dropped', () => lessOneDropped(tokens, keptOnce())],
    ['rate', () => chooseRate(tokens, keptOnce())],
    // "not on fridays or weekends, all the other days": the days left
    ['rest of week', () => restOfWeek(tokens)],
    ['abbreviated days', () => abbreviatedDays(tokens)],
  ];
  for (const [reader, read] of readers) {
    const perWeek = rounded(read());
    if (perWeek !== null) yield { reader, perWeek };
  }
}

/** Rounded to hundredths, or null when it is no possible week (none, or more than the cap). */
function rounded(perWeek: number | null): number | null {
  if (perWeek === null) return null;
  // Round first: "0.001 times a week" must not slip through as a stored 0.
  const r = Math.round(perWeek * 100) / 100;
  return r > 0 && r <= MAX_SESSIONS_PER_WEEK ? r : null;
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
  [...markSpans(tokens, rates, timeCues).values()].some((m) => m.has('now') || m.has('usual'));

// a rate said of now outranks the usual habit, which outranks a rate with no time said
const NOW_RANK = 3;
const USUAL_RANK = 2;

/** Orders readings: the current habit before past, hoped-for or occasional ones. */
function timeRank(marks: ReadonlySet<string> | undefined): number {
  if (marks?.has('now')) return NOW_RANK;
  if (marks?.has('usual')) return USUAL_RANK;
  if (marks?.has('not_now')) return 0;
  return 1;
}

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

const ONE_DAY = /\b(?:today|tonight|yesterday|last night|this morning|this evening)\b/;
const HABIT =
  /\b(?:weeks?|wk|weekly|per|daily|a day|every|each|usually|normally|typically|mostly|regularly|always|days|months?|x|times a|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\b|\d\s*x\b|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/;

/** "starting next month, prob 3x": a rate for training not begun yet ("…, but right now just 2" is one now). */
const NOT_STARTED = /^\s*(?:starting|start|beginning|begin)\s+(?:next|in|after|on|again next)\b/;
const NOW_TOO = /\b(?:right now|for now|currently|at the moment|atm)\b/;
const PAST_ONLY =
  /\b(?:used to|back when|before my(?! (?:shift|shifts|work|job|commute|lectures|office|9)\b)|in the past|in college|in high school|in my (?:twenties|thirties|\d0 s)|when i was|i was|back in)\b/;
