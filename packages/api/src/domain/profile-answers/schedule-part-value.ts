// What one part of a training_frequency timetable says: its days, its sessions, how they were read.

import { readNumber } from './numbers';
import type { Token } from './text';
import { OTHER_ARTS } from './others';
import { teachesAt } from './frequency-not-bjj';
import { dayAt, daysTo, wholeWeekAt } from './schedule-days';
import { EVERY, TIMES_WORDS } from './frequency-words';
import { SESSION_KINDS } from './session-kind-words';
import { WORKWEEK_WORDS } from './weekday-words';
import { PART_DESCRIPTORS, RESTING, PER_DAY_WORDS, SCHEDULE_SESSIONS, TIMES_OF_DAY } from './schedule-words';
import { OTHER_ACTIVITIES } from './sport-words';
import { gymAsPlace } from './gym-place';
import { restsAt } from './rest-said';
import { gymForAGroup } from './schedule-group-gym';
import { runByTheGym } from './schedule-held-by';
import { pointsAtAClass } from './session-one';
import { namesAPlace } from './schedule-count-at-place';
import { ONE, theSessionOpensPart } from './schedule-the-session';

import { addsSessions, EXTRA_ONE, isClock, timesOfDayJoined } from './schedule-parts';
import {
  backToBackEnd,
  clockEnd,
  inBackToBack,
  perDayAfter,
  perDayPeriod,
  refersToNamedDays,
} from './schedule-part-marks';
import { KINDS, kindAt, namesOnlyDays, nextIsSession } from './schedule-session-named';

/** What one part of a timetable says: the days it names, its sessions, and how they were read. */
export interface PartValue {
  /** Days named (0 = Monday…), or counted ("2 weekdays": 10, 11): parts naming the same day restate it. */
  readonly days: ReadonlySet<number>;
  /** Sessions not tied to named days ("class twice", "a private"), or per-day sessions times the days. */
  readonly sessions: number;
  /** The part counted sessions per day on its days ("doubles on tuesday", "the 7am and the 6pm on…"). */
  readonly perDay: boolean;
  /** It names what it counts (a kind of class, a day, a time of day): "twice, three times tops" does not. */
  readonly described: boolean;
  /** A count per week stated outright ("once a week", "3x"), which days named after it may restate. */
  readonly statesRate: boolean;
  /** It names days and times of day and no kind of session ("sunday mornings", "tue and thu"). */
  readonly onlyDays: boolean;
  /** The named days its sessions fall on ("twice on wednesdays", "doubles on thursday"), else empty. */
  readonly on: ReadonlySet<number>;
  /** It names a kind of class ("nogi 2x tue thu"): other sessions than the days' plain ones. */
  readonly namesKind: boolean;
  /** Sessions it adds on each day the other parts name ("and both days i stay for the second class"). */
  readonly perNamedDay: number;
}

export function valueOf(tokens: readonly Token[]): PartValue | null {
  // "at my gym" is where the user trains; "the gym for weights" is another activity
  const elsewhere = (t: Token, i: number): boolean =>
    (OTHER_ACTIVITIES.has(t.text) || OTHER_ARTS.has(t.text)) &&
    !WHEN_WORDS.has(tokens[i - 1]?.text ?? '') &&
    !dayAt(tokens, i) && // "pon-pt": Polish Friday, not physical training
    !nearIt(tokens, i) &&
    !(t.text === 'gym' && OWN_GYM.has(tokens[i - 1]?.text ?? '')) &&
    !gymAsPlace(tokens, i) &&
    !gymForAGroup(tokens, i) &&
    !givenAsReason(tokens, i) &&
    !runByTheGym(tokens, i);
  if (tokens.some((t, i) => restsAt(tokens, i, RESTING) || elsewhere(t, i) || teachesAt(tokens, i))) return null;
  const days = new Set<number>();
  let weekendAsPeriod = false;
  let workweek = false;
  let wholeWeek = false;
  let count: number | null = null;
  let perDay: number | null = null;
  let clocks = 0;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]?.text ?? '';
    if (isClock(tokens, i)) clocks++;
    const day = dayAt(tokens, i);
    if (day) {
      // "weekends just sat open mat": the weekend narrowed to the day named after it
      if (text.startsWith('weekend') && NARROWING.has(tokens[i + 1]?.text ?? '') && dayAt(tokens, i + 2)) continue;
      for (const d of daysTo(tokens, i, day)) days.add(d);
      if (text.startsWith('weekend') && tokens[i - 1]?.text === 'the') weekendAsPeriod = true;
      continue;
    }
    // "weekday lunchtimes tue/thu": the weekdays named, else all five (added after the loop)
    // ("1x weekday": one session on a weekday, not one on each; "once every weekday" is each)
    if (WORKWEEK_WORDS.has(text)) {
      if (!(text === 'weekday' && count !== null && !EVERY.has(tokens[i - 1]?.text ?? ''))) workweek = true;
      continue;
    }
    // "all week", "every day except sun": the whole week, less any days a part takes out
    // ("one class every day mon to fri": the days named, added after the loop)
    if (wholeWeekAt(tokens, i)) wholeWeek = true;
    const perDayWord = PER_DAY_WORDS.get(text);
    // "every single day": "single" stresses "every", it counts no sessions a day
    if (perDayWord !== undefined && !EVERY.has(tokens[i - 1]?.text ?? '')) perDay = perDayWord;
    if (count !== null) continue;
    // "weekday lunch classes x3": a count after the days it picks from is the count
    if (text === 'x' && tokens[i + 1]?.kind === 'number') {
      count = tokens[i + 1]?.value ?? null;
      i += 1;
      continue;
    }
    // "the evening one on monday": a class pointed at, on the days named, counts none of its own
    const number = pointsAtAClass(tokens, i) ? null : readNumber(tokens, i);
    if (number) {
      const after = tokens[number.end]?.text ?? '';
      if (WORKWEEK_WORDS.has(after) || after.startsWith('weekend')) {
        for (let d = 0; d < number.value; d++) days.add(COUNTED_DAYS + d); // counted days, not named ones
        i = number.end;
        continue;
      }
      // "one wednesday", "two on saturday back to back", "two back to back on wednesday": that many
      // sessions on the day named
      const dayFrom = backToBackEnd(tokens, number.end);
      const onDay = dayAt(tokens, dayFrom) ?? (tokens[dayFrom]?.text === 'on' ? dayAt(tokens, dayFrom + 1) : undefined);
      if (onDay && number.value <= MAX_PER_DAY && !CLOCK_LEADS.has(tokens[i - 1]?.text ?? '')) {
        count = number.value;
        i = number.end - 1;
        continue;
      }
      if (
        number.isTimes ||
        perDayAfter(tokens, number.end) ||
        TIMES_WORDS.has(after) ||
        SCHEDULE_SESSIONS.has(after) ||
        nextIsSession(tokens, number.end) ||
        // "three 6am classes": the clock between the count and its sessions says when they are
        (isClock(tokens, number.end) && SCHEDULE_SESSIONS.has(tokens[clockEnd(tokens, number.end)]?.text ?? '')) ||
        atATime(tokens, i, number.end)
      ) {
        count = number.value;
        // "2 classes each", "2 classes a day on tue and thu": that many on each day named
        const each = tokens[number.end]?.text === 'each' || tokens[number.end + 1]?.text === 'each';
        if (each || perDayPeriod(tokens)) perDay = number.value;
        i = number.end - 1;
        continue;
      }
    }
    // "a private", "an open mat", "a saturday class", "an extra class", "another class", "and the comp class"
    const extra = EXTRA_ONE.has(tokens[i + 1]?.text ?? '') ? 1 : 0;
    if ((ONE.has(text) || theSessionOpensPart(tokens, i)) && nextIsSession(tokens, i + 1 + extra)) count = 1;
  }
  if (workweek && !WORKWEEK_DAYS.some((d) => days.has(d))) for (const d of WORKWEEK_DAYS) days.add(d);
  if (wholeWeek && days.size === 0) for (const d of [0, 1, 2, 3, 4, 5, 6]) days.add(d);
  // "tue and thu, and both days i stay for the second class": more sessions on the days named elsewhere
  // "gi tue thu and nogi straight after on both days": a class after the one of those days is one more
  const follows = tokens.some((t) => FOLLOWING.has(t.text));
  if (days.size === 0 && refersToNamedDays(tokens) && (follows || addsSessions({ tokens, sign: 1, joiner: '' })))
    return {
      ...baseOf(tokens, count),
      described: true,
      days,
      sessions: 0,
      perDay: false,
      on: new Set(),
      perNamedDay: count ?? 1,
    };
  // "6am and 7pm on tue thu" is two a day; "6am m-f and saturday 9am" is each day's own clock
  if (clocks >= 2 && !daysBetweenClocks(tokens)) perDay = clocks;
  perDay ??= timesOfDayJoined(tokens);
  // "both classes", "both the gi and the nogi class": two on each day named
  if (tokens.some((t, i) => t.text === 'both' && bothClasses(tokens, i))) perDay = 2;
  // "one class every weekday", "two classes back to back on tue and thu": the count is each day's
  const backToBack = tokens.some((_, k) => inBackToBack(tokens, k));
  // "one class on tue thu and sat": one class can only fall on several days named as one each ("once
  // on weekends" is once over the weekend)
  const oneOnEach = count === 1 && days.size > 1 && !tokens.some((t) => t.text.startsWith('weekend'));
  if (perDay === null && count !== null && (everyDayNamed(tokens) || backToBack || oneOnEach)) perDay = count;
  const described =
    days.size > 0 ||
    clocks > 0 ||
    tokens.some((t) => SESSION_KINDS.has(t.text) || SCHEDULE_SESSIONS.has(t.text) || PART_DESCRIPTORS.has(t.text)) ||
    tokens.some((t, i) => KINDS.has(t.text) || namesAPlace(tokens, i)) ||
    // "6 days, doubles on 3 of them": the days trained
    tokens.some((t, i) => t.text === 'days' && tokens[i - 1]?.kind === 'number') ||
    // "2 before work": when the sessions are describes them
    tokens.some((t, i) => WHEN_WORDS.has(t.text) && OTHER_ACTIVITIES.has(tokens[i + 1]?.text ?? ''));
  const base = { ...baseOf(tokens, count), described, on: new Set<number>() };
  // "doubles on the weekend" is two sessions that weekend, not two on each day
  const on = weekendAsPeriod ? new Set<number>() : new Set([...days].filter((d) => d < COUNTED_DAYS));
  if (perDay !== null && days.size > 0)
    return { ...base, days: new Set(), sessions: perDay * (weekendAsPeriod ? 1 : days.size), perDay: true, on };
  if (count !== null) return { ...base, days: new Set(), sessions: count, perDay: false, on };
  if (days.size > 0) return { ...base, days, sessions: 0, perDay: false };
  // a session named alone as one part of the list: "3 classes + 1 private + open mat"
  const named = tokens.filter((t) => t.kind === 'word');
  const onlyASession =
    named.length <= 3 &&
    named.some((t) => SCHEDULE_SESSIONS.has(t.text)) &&
    named.every((t) => SCHEDULE_SESSIONS.has(t.text) || KINDS.has(t.text));
  return onlyASession ? { ...base, days, sessions: 1, perDay: false } : null;
}

/** "both classes", "both the gi and the nogi (class)": "both" at `i` opens two classes. */
export const bothClasses = (tokens: readonly Token[], i: number): boolean => {
  const rest = tokens.slice(i + 1, i + 1 + BOTH_CLASSES_REACH);
  return (
    rest.some((t) => t.text === 'classes') ||
    (rest.some((t) => t.text === 'and') && rest.some((t) => KINDS.has(t.text)))
  );
};
const BOTH_CLASSES_REACH = 6;
/** A day is named between the first clock of the part and its last. */
function daysBetweenClocks(tokens: readonly Token[]): boolean {
  const at = tokens.flatMap((_, i) => (isClock(tokens, i) ? [i] : []));
  const [first, last] = [at[0] ?? 0, at.at(-1) ?? 0];
  return tokens.some((_, i) => i > first && i < last && dayAt(tokens, i) !== undefined);
}

const FOLLOWING: ReadonlySet<string> = new Set(['after', 'afterwards', 'afterward']);

/** What a part says beside its sessions: whether it states a rate, names only days, or a kind of class. */
const baseOf = (tokens: readonly Token[], count: number | null) => ({
  described: tokens.some((t) => SCHEDULE_SESSIONS.has(t.text)),
  statesRate: count !== null && statesRate(tokens),
  onlyDays: namesOnlyDays(tokens),
  namesKind: tokens.some((t, i) => kindAt(tokens, i) && !(TIMES_OF_DAY.has(t.text) && saysDouble(tokens))),
  perNamedDay: 0,
});

// "double up on wednesdays (noon and night)", "on wednesdays I do both the lunch and the evening class":
// the times of day of a double are its two sessions, one of them the day's own class, not another kind
// of class on top of it
const saysDouble = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => (PER_DAY_WORDS.get(t.text) ?? 0) > 1 || t.text === 'both');

const OWN_GYM: ReadonlySet<string> = new Set(['my', 'our', 'own', 'home', 'main', 'usual', 'regular']);

/** "before work", "after lifting": another activity named as the time of a session, not as the session. */
const WHEN_WORDS: ReadonlySet<string> = new Set(['before', 'after']);
/** "the gym near work", "a club close to the office": another activity named as where, not what. */
const nearIt = (tokens: readonly Token[], i: number): boolean =>
  NEAR.has(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.text === 'to' && tokens[i - 2]?.text === 'close');
const NEAR: ReadonlySet<string> = new Set(['near', 'nearby', 'by']);
/** "minus friday cos thats work drinks": work named as why a day is missed is not what the part counts. */
const givenAsReason = (tokens: readonly Token[], i: number): boolean =>
  tokens.slice(Math.max(0, i - REASON_REACH), i).some((t) => REASONS.has(t.text));
const REASON_REACH = 3;
const REASONS: ReadonlySet<string> = new Set(['cos', 'coz', 'cuz', 'cause', 'because', 'bc', 'porque', 'pq', 'por']);

const NARROWING: ReadonlySet<string> = new Set(['just', 'only']);

/** "2 in the morning", "1 at the weekend", "1 after work": a count of sessions at a time of day or week. */
function atATime(tokens: readonly Token[], start: number, end: number): boolean {
  // "at 6 in the morning" is a clock; "2 before work" is when those sessions are
  if (CLOCK_LEADS.has(tokens[start - 1]?.text ?? '')) return false;
  if (WHEN_WORDS.has(tokens[end]?.text ?? '')) return true;
  if (!['in', 'at', 'on'].includes(tokens[end]?.text ?? '')) return false;
  const word = tokens[tokens[end + 1]?.text === 'the' ? end + 2 : end + 1]?.text ?? '';
  return TIMES_OF_DAY.has(word) || word === 'weekend' || word === 'weekends';
}
const MAX_PER_DAY = 3;
const CLOCK_LEADS: ReadonlySet<string> = new Set(['at', '@', 'around', 'from', 'by', 'till', 'til', 'until']);

const WORKWEEK_DAYS: readonly number[] = [0, 1, 2, 3, 4];

/** Days counted ("2 weekdays") are numbered from here, apart from the named ones (0 = Monday…). */
const COUNTED_DAYS = 10;

/** "one class every weekday", "a private each saturday": every or each before the days. */
const everyDayNamed = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, i) =>
      EVERY.has(t.text) && (dayAt(tokens, i + 1) !== undefined || WORKWEEK_WORDS.has(tokens[i + 1]?.text ?? '')),
  );

/** "once a week", "3x", "2 classes a week": a count stated as a rate. */
const statesRate = (tokens: readonly Token[]): boolean =>
  tokens.some((t, i) => RATE_WORDS.has(t.text) || readNumber(tokens, i)?.isTimes === true);
// ("5 days, mon to fri": the days counted, then named)
const RATE_WORDS: ReadonlySet<string> = new Set(['week', 'weekly', 'wk', 'times', 'x', 'days', 'semana']);
