// Every statement of a rate in an answer, before choosing: counts with their unit ("2-3x a week",
// "twice daily", "8 times a month"), rate phrases ("most days", "every other day") and weekday runs.
// Durations, ages and times of day are read and dropped so they never pass for a rate.

import { compileLexicon, findMentions, matchPhraseAt, type Mention } from './lexicon';
import { readNumber } from './numbers';
import { countedAt } from './world-numbers';
import { gearAfter, kindAfter, kindAfterTimes, kindWords } from './frequency-kind-after';
import type { Token } from './text';
import { skippedDays, weekdayRuns, type SkippedDays, type WeekdayRun } from './weekdays';
import {
  ADDS_UP,
  BIAS_AFTER,
  CLAUSE_VERBS,
  CONJUNCTION_FOLLOWERS,
  BIAS_BEFORE,
  EVERY,
  EVERY_N,
  NOT_SESSIONS,
  PER_UNIT,
  RATE_PHRASES,
  TIMES_WORDS,
  COUNTED_DAY_WORDS,
} from './frequency-words';
import { SESSION_KINDS } from './session-kind-words';
import { WEEKDAYS, WORKWEEK_WORDS } from './weekday-words';
import { EVERY_DAY } from './frequency-rates';
import { CHANGED, CHANGE_PARTICLES } from './frequency-change-words';
import { periodBefore } from './frequency-unit-before';
import { daysBesides } from './frequency-except-days';
import { countedPerEveryN } from './frequency-every-n-count';
import { wholeWeekBefore } from './frequency-whole-week';
import { rangeHighEnd } from './frequency-ranges';
import { pointsAtAClass } from './session-one';
import { namesARole } from './frequency-role-one';

const ratePhrases = compileLexicon(RATE_PHRASES, { skipPeriods: true });
const perUnit = compileLexicon(PER_UNIT);
const biasBefore = compileLexicon(BIAS_BEFORE);
const biasAfter = compileLexicon(BIAS_AFTER);

const CLOCK_24H = /^(?:[01]\d|2[0-3])[0-5]\d$/;
/** The times-words written as "x", after which English names the class: "2x gi class". */
const TIMES_X: ReadonlySet<string> = new Set(['x', 'xs']);

/** How clearly a reading states a rate: "3x a week" beats "Mon and Wed" beats a lone "3". */
export const STRENGTH = { bare: 0, weekdays: 1, stated: 2 } as const;
export type Strength = (typeof STRENGTH)[keyof typeof STRENGTH];

export interface Rate {
  readonly perWeek: number;
  readonly start: number;
  readonly end: number;
  readonly strength: Strength;
  /** It counts days in a week ("5 days a week", "weekdays"): a per-day count multiplies it. */
  readonly countsDays: boolean;
  /** "two sessions a day": the count per day, to multiply by the days trained. */
  readonly perDay: number | null;
  /** The kind of session named ("gi", "nogi", "open mat"), so "3 gi, 2 nogi" adds up. */
  readonly kind: string;
  /** Sessions a week for one per the period stated ("a month" → 1/4); null with none ("4 nogi"). */
  readonly period: number | null;
}

/** "-3" is a negative number (nonsense); "2-3" is a range. */
export function hasNegativeNumber(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    return t.text === '-' && t.spaceBefore && next?.kind === 'number' && !next.spaceBefore && prev?.kind !== 'number';
  });
}

/** All rates stated in the answer, in text order. */
export function findRates(tokens: readonly Token[]): Rate[] {
  const phrases = findMentions(ratePhrases, tokens);
  const insidePhrase = (i: number) => phrases.some((p) => i >= p.start && i < p.end);
  const consumed: [number, number][] = [];
  const rates: Rate[] = [];
  const skipped = skippedDays(tokens);

  for (let i = 0; i < tokens.length;) {
    const counted = insidePhrase(i)
      ? null
      : (readEveryN(tokens, i) ?? readCount(tokens, i) ?? readAddedSession(tokens, i));
    if (!counted) {
      i += 1;
      continue;
    }
    // "dodge the sunday one": a day skipped is no count
    if (counted.rate && !skipped.tokens.has(i)) rates.push(counted.rate);
    consumed.push([i, counted.end]);
    i = Math.max(counted.end, i + 1);
  }

  const overlapsCount = (start: number, end: number) => consumed.some(([s, e]) => start < e && s < end);
  const notRun = (i: number) => overlapsCount(i, i + 1) || insidePhrase(i) || skipped.tokens.has(i);
  const runs = weekdayRuns(tokens, notRun);
  for (const phrase of phrases) {
    if (phrase.value === 'vague' || overlapsCount(phrase.start, phrase.end)) continue;
    if (pickedWeekdays(tokens, phrase, runs)) continue;
    rates.push({
      perWeek: lessSkipped(phrase.value, tokens.slice(phrase.start, phrase.end), skipped),
      start: phrase.start,
      end: phrase.end,
      strength: STRENGTH.stated,
      countsDays: phrase.value >= 1,
      perDay: null,
      kind: '',
      period: 1,
    });
  }

  for (const run of runs) {
    // "every day except sunday", "außer Sonntag jeden Tag" → 6; "every weekday but wednesday" → 4
    const besides = daysBesides(tokens, run, rates);
    if (besides) {
      const { rate, perWeek } = besides;
      rates.splice(rates.indexOf(rate), 1, { ...rate, perWeek, end: Math.max(rate.end, run.end) });
      continue;
    }
    // "all week apart from mondays" → 5; "mon to fri but i skip wednesdays" → 4
    const whole = wholeWeekBefore(tokens, run);
    const trained = whole === null ? [...run.days].filter((d) => !skipped.days.has(d)).length : 7 - run.days.size;
    if (trained === 0) continue;
    rates.push({
      perWeek: trained,
      start: whole ?? run.start,
      end: run.end,
      strength: whole === null ? STRENGTH.weekdays : STRENGTH.stated,
      countsDays: true,
      perDay: null,
      kind: '',
      period: 1,
    });
  }
  rates.sort((a, b) => a.start - b.start);
  return countedPerEveryN(tokens, rates);
}

/** "weekday lunchtimes tue/thu": weekdays followed by some of them named are those days only. */
function pickedWeekdays(tokens: readonly Token[], phrase: Mention<unknown>, runs: readonly WeekdayRun[]): boolean {
  if (!tokens.slice(phrase.start, phrase.end).some((t) => WORKWEEK_WORDS.has(t.text))) return false;
  const run = runs.find((r) => r.start === phrase.end);
  return run !== undefined && [...run.days].every((d) => d < WORKWEEK.length);
}

/** "every day, but i skip sundays" → 6; "weekdays, skipping fridays" → 4: the days of a phrase less those skipped. */
function lessSkipped(perWeek: number, phrase: readonly Token[], skipped: SkippedDays): number {
  if (skipped.days.size === 0) return perWeek;
  if (phrase.some((t) => WORKWEEK_WORDS.has(t.text))) return WORKWEEK.filter((d) => !skipped.days.has(d)).length;
  return perWeek >= EVERY_DAY ? 7 - skipped.days.size : perWeek;
}
const WORKWEEK: readonly number[] = [0, 1, 2, 3, 4];

interface Counted {
  readonly rate: Rate | null;
  readonly end: number;
}

/** "every 3 days" → 7/3; "every two weeks" → 0.5. */
function readEveryN(tokens: readonly Token[], i: number): Counted | null {
  const unit = readEveryNUnit(tokens, i);
  if (!unit) return null;
  return {
    rate: {
      perWeek: unit.factor,
      start: i,
      end: unit.end,
      strength: STRENGTH.stated,
      countsDays: false,
      perDay: null,
      kind: '',
      period: unit.factor,
    },
    end: unit.end,
  };
}

function readEveryNUnit(tokens: readonly Token[], i: number): { factor: number; end: number } | null {
  if (!EVERY.has(tokens[i]?.text ?? '')) return null;
  const n = readNumber(tokens, i + 1);
  if (!n || n.isTimes || !(n.value > 0)) return null;
  const per = EVERY_N.get(tokens[n.end]?.text ?? '');
  if (per === undefined) return null;
  return { factor: per / n.value, end: n.end + 1 };
}

function readUnit(tokens: readonly Token[], i: number): { factor: number; end: number } | null {
  const everyN = readEveryNUnit(tokens, i);
  if (everyN) return everyN;
  const unit = matchPhraseAt(perUnit, tokens, i);
  return unit ? { factor: unit.value, end: unit.end } : null;
}

/**
 * A count with what it counts and its period: "3x", "2-3 times a week", "x4", "twice daily",
 * "3 gi classes", "at least 3". Durations, ages and times of day are consumed and dropped.
 */
function readCount(tokens: readonly Token[], i: number): Counted | null {
  let j = i;
  let timesWord = false;
  if (tokens[j]?.text === 'x' && tokens[j + 1]?.kind === 'number') {
    timesWord = true; // "x4"
    j += 1;
  }
  // "the evening one": a class pointed at is no count
  const first = pointsAtAClass(tokens, j) ? null : readNumber(tokens, j);
  if (!first) return null;
  // "once my new job settles down": a conjunction; "one day" with no period after it: someday
  // ("once nights finish", "once harvest is over": a subject then its verb)
  const [next, afterNext] = [tokens[first.end]?.text ?? '', tokens[first.end + 1]?.text ?? ''];
  if (tokens[j]?.text === 'once' && (CONJUNCTION_FOLLOWERS.has(next) || CLAUSE_VERBS.has(afterNext)))
    return { rate: null, end: first.end };
  if (tokens[j]?.text === 'one' && tokens[first.end]?.text === 'day' && !readUnit(tokens, first.end + 1))
    return { rate: null, end: first.end + 1 };
  // "three 12s", "in my 20s": a number made plural names shifts or decades, not sessions
  const plural = tokens[first.end];
  if (tokens[j]?.kind === 'number' && plural?.text === 's' && !plural.spaceBefore)
    return { rate: null, end: first.end + 1 };
  // "the 1800 class": a 24-hour clock, not a count
  if (CLOCK_24H.test(tokens[j]?.text ?? '')) return { rate: null, end: first.end };
  let count = first.value;
  timesWord ||= first.isTimes;
  j = first.end;

  // "went from 2 to 5 a week": a change, the count before "to" was and the one after is now
  const changed = tokens[j]?.text === 'to' && tokens[i - 1]?.text === 'from' && changedFrom(tokens, i - 1);
  const second = changed ? null : rangeHighEnd(tokens, i, j, count);
  if (second) {
    count = (count + second.value) / 2; // "2-3x" → 2.5, "once or twice" → 1.5, "between 4 and 5" → 4.5
    timesWord ||= second.isTimes;
    j = second.end;
  }

  let bias = biasEndingAt(tokens, i);
  const after = matchPhraseAt(biasAfter, tokens, j);
  if (after && !(after.value > 0 && tokens[after.end]?.kind === 'number')) {
    bias = after.value;
    j = after.end;
  }

  if (!timesWord && NOT_SESSIONS.has(tokens[j]?.text ?? '')) return { rate: null, end: j + 1 };
  // "apat na beses": past the linker to what is counted
  if (!timesWord) j = countedAt(tokens, j - 1, TIMES_WORDS);

  let k = j;
  while (SESSION_KINDS.has(tokens[k]?.text ?? '') && k - j < 3) k += 1;
  const gear = k === j && !timesWord ? gearAfter(tokens, j) : null; // "2 de kimono", "1 sem kimono"
  const namedKind = k > j || gear !== null;
  let kind = gear?.kind ?? kindWords(tokens, j, k);
  let countsDays = false;
  if (!timesWord && TIMES_WORDS.has(tokens[k]?.text ?? '')) {
    countsDays = COUNTED_DAY_WORDS.has(tokens[k]?.text ?? '');
    timesWord = true;
    j = k + 1;
    // "2 clases de competición": the kind said after what is counted
    const named = namedKind
      ? null
      : (kindAfter(tokens, j) ?? (TIMES_X.has(tokens[k]?.text ?? '') ? kindAfterTimes(tokens, j) : null));
    if (named) [kind, j] = [named.kind, named.end];
  } else if (namedKind) {
    j = gear?.end ?? k;
  }

  const unit = readUnit(tokens, j);
  if (unit) j = unit.end;
  // "haftada 3 kez", "shuu ni yon kai": the period said before the count
  const before = unit ? null : periodBefore(tokens, i);
  const factor = unit?.factor ?? before ?? 1; // no period given: the question asked per week
  const stated = timesWord || unit !== null || before !== null || namedKind;
  // "I'm the one at home with the kids": a role, not a count
  if (!stated && (isAge(tokens, i) || namesARole(tokens, i))) return { rate: null, end: j };

  const perDay = factor === 7 && !countsDays ? count + bias : null;
  const rate: Rate = {
    perWeek: (count + bias) * factor,
    start: i,
    end: j,
    strength: stated ? STRENGTH.stated : STRENGTH.bare,
    countsDays: countsDays && factor === 1,
    perDay,
    kind,
    period: unit?.factor ?? before ?? null,
  };
  return { rate, end: j };
}

/**
 * "… and a comp class", "plus an open mat a month": one session added to counts before it, read as a
 * count of one so the counts add up ("2 fundamentals 2 all levels and a comp class" → 5).
 */
function readAddedSession(tokens: readonly Token[], i: number): Counted | null {
  // "2-3 classes plus open mat": after "plus" the open mat needs no article
  const first = tokens[i - 1]?.text === 'plus' && tokens[i]?.text === 'open' ? i : i + 1;
  if (!ADDS_UP.has(tokens[i - 1]?.text ?? '') || (first > i && !ARTICLES.has(tokens[i]?.text ?? ''))) return null;
  let k = first;
  while (k - i <= 3 && (SESSION_KINDS.has(tokens[k]?.text ?? '') || WEEKDAYS.has(tokens[k]?.text ?? ''))) k++;
  const named = (t: string): boolean => ONE_SESSION.has(t) || (k > first && t === ONE_OF_KIND);
  const last = k > first && ONE_SESSION.has(tokens[k - 1]?.text ?? '') ? k : named(tokens[k]?.text ?? '') ? k + 1 : 0;
  if (!last) return null;
  const unit = readUnit(tokens, last);
  const kind = tokens
    .slice(first, last)
    .filter((t) => SESSION_KINDS.has(t.text))
    .map((t) => t.text)
    .join(' ');
  const rate: Rate = {
    perWeek: unit?.factor ?? 1,
    start: i,
    end: unit?.end ?? last,
    strength: STRENGTH.stated,
    countsDays: false,
    perDay: null,
    kind,
    // its own period is its own ("and a private a month"), not one the counts before it share
    period: unit ? 1 : null,
  };
  return { rate, end: rate.end };
}
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another']);
/** What one session added is called: "a comp class", "an open mat", "a private". */
const ONE_SESSION: ReadonlySet<string> = new Set(['class', 'session', 'sesh', 'private', 'lesson', 'practice', 'mat']);
/** "and a lunchtime one": "one" names a session only after its kind. */
const ONE_OF_KIND = 'one';

function biasEndingAt(tokens: readonly Token[], i: number): number {
  // "bumped it up to 4": the count raised to, no ceiling
  if (tokens[i - 1]?.text === 'to' && changedFrom(tokens, i - 1)) return 0;
  for (const mention of findMentions(biasBefore, tokens.slice(Math.max(0, i - 3), i))) {
    if (mention.end === Math.min(3, i)) return mention.value;
  }
  return 0;
}

/**
 * "went from 2 to 5", "upped training from 2 to 4", "bumped it up from 2 to 4": a change verb right
 * before "from" (or "to"), one word before, or before its particles.
 */
export function changedFrom(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (from - k <= MAX_PARTICLES && CHANGE_PARTICLES.has(tokens[k]?.text ?? '')) k--;
  return CHANGED.has(tokens[k]?.text ?? '') || CHANGED.has(tokens[from - 2]?.text ?? '');
}
const MAX_PARTICLES = 2;

/** "I'm 12", "age 40": a number that is not a count. */
function isAge(tokens: readonly Token[], i: number): boolean {
  const before = [tokens[i - 2]?.text, tokens[i - 1]?.text].join(' ');
  return /(^| )(i m|im|i am|age|aged|turning|turned)$/.test(before) || tokens[i - 1]?.text === 'im';
}
