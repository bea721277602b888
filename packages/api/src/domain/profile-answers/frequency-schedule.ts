// training_frequency as a timetable of several parts that add up: "Mon/Wed/Fri gi, Tue/Thu nogi" → 5,
// "class twice, open mat once, and a private" → 4, "doubles on tuesday and thursday, single on
// saturday" → 5, "weekday mornings and a saturday class, minus wednesdays" → 5, "morning and evening
// class on tue and thu, plus saturday" → 5, "mon through thurs evenings plus sat and sun mornings" → 6.
// Each part is read on its own (its days, its count, its sessions per day) and the parts are summed;
// days that only restate a rate before them ("once a week, sunday mornings") are not added; an answer
// of one part is left to the rate reading of frequency.ts.

import { readNumber } from './numbers';
import type { Token } from './text';
import { OTHER_ARTS } from './others';
import { skippedDays } from './weekdays';
import { teachesAt } from './frequency-not-bjj';
import { dayAt, daysTo, isDayRange } from './schedule-days';
import {
  EVERY,
  PART_DESCRIPTORS,
  RESTING,
  SESSION_KINDS,
  PER_DAY_WORDS,
  SCHEDULE_BREAKS,
  SCHEDULE_SESSIONS,
  SCHEDULE_UNSURE,
  SUBTRACT,
  TIMES_OF_DAY,
  TIMES_WORDS,
  WORKWEEK_WORDS,
  NOT_SKIPPING,
  SKIPPING,
} from './frequency-words';
import { OTHER_ACTIVITIES } from './sport-words';

interface Part {
  readonly tokens: readonly Token[];
  readonly sign: 1 | -1;
  /** The word that split it from the part before ("," or "plus"); '' for the first part. */
  readonly joiner: string;
}

const isClock = (tokens: readonly Token[], i: number): boolean =>
  (tokens[i]?.kind === 'number' && (tokens[i + 1]?.text === 'am' || tokens[i + 1]?.text === 'pm')) ||
  tokens[i]?.text === 'noon';

/** "morning and evening", "the morning class and the evening class": times of day joined by "and" at `i`. */
const joinsTimesOfDay = (tokens: readonly Token[], i: number): boolean => {
  const before = SCHEDULE_SESSIONS.has(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  const after = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
  return TIMES_OF_DAY.has(tokens[before]?.text ?? '') && TIMES_OF_DAY.has(tokens[after]?.text ?? '');
};
// "monday (noon + night)": a "+" between times of day joins them too
const TOD_JOINERS: ReadonlySet<string> = new Set(['and', '&', '/', '+']);

/** Sessions a day from times of day joined by "and" ("morning and evening" → 2), or null. */
function timesOfDayJoined(tokens: readonly Token[]): number | null {
  const joins = tokens.filter((t, i) => TOD_JOINERS.has(t.text) && joinsTimesOfDay(tokens, i)).length;
  return joins > 0 ? joins + 1 : null;
}

/** Splits at commas, "then", "plus"; at "and" only between parts, never inside "sat and sun" or "the 7am and the 6pm". */
function partsOf(tokens: readonly Token[]): Part[] {
  const parts: Part[] = [];
  let current: Token[] = [];
  let sign: 1 | -1 = 1;
  let joiner = '';
  const flush = (by: string): void => {
    if (current.length) parts.push({ tokens: current, sign, joiner });
    current = [];
    sign = 1;
    joiner = by;
  };
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
    const joinsLikes =
      ((t.text === 'and' || t.text === '&') &&
        ((dayAt(tokens, i - 1) && dayAt(tokens, next)) || (isClock(tokens, i - 2) && isClock(tokens, next)))) ||
      (TOD_JOINERS.has(t.text) && joinsTimesOfDay(tokens, i));
    if (SUBTRACT.has(t.text)) {
      flush(t.text);
      sign = -1;
    } else if ((SCHEDULE_BREAKS.has(t.text) || t.text === 'and' || t.text === '&') && !joinsLikes) flush(t.text);
    else current.push(t);
  });
  flush('');
  return parts;
}

/** What one part of a timetable says: the days it names, its sessions, and how they were read. */
interface PartValue {
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

function valueOf(tokens: readonly Token[]): PartValue | null {
  const elsewhere = (t: Token, i: number): boolean =>
    (OTHER_ACTIVITIES.has(t.text) || OTHER_ARTS.has(t.text)) && !WHEN_WORDS.has(tokens[i - 1]?.text ?? '');
  if (tokens.some((t, i) => RESTING.has(t.text) || elsewhere(t, i) || teachesAt(tokens, i))) return null;
  const days = new Set<number>();
  let weekendAsPeriod = false;
  let workweek = false;
  let count: number | null = null;
  let perDay: number | null = null;
  let clocks = 0;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]?.text ?? '';
    if (isClock(tokens, i)) clocks++;
    const day = dayAt(tokens, i);
    if (day) {
      for (const d of daysTo(tokens, i, day)) days.add(d);
      if (text.startsWith('weekend') && tokens[i - 1]?.text === 'the') weekendAsPeriod = true;
      continue;
    }
    // "weekday lunchtimes tue/thu": the weekdays named, else all five (added after the loop)
    if (WORKWEEK_WORDS.has(text)) {
      workweek = true;
      continue;
    }
    if (text === 'week' && tokens[i - 1]?.text === 'all') for (const d of [0, 1, 2, 3, 4, 5, 6]) days.add(d);
    const perDayWord = PER_DAY_WORDS.get(text);
    if (perDayWord !== undefined) perDay = perDayWord;
    if (count !== null) continue;
    // "weekday lunch classes x3": a count after the days it picks from is the count
    if (text === 'x' && tokens[i + 1]?.kind === 'number') {
      count = tokens[i + 1]?.value ?? null;
      i += 1;
      continue;
    }
    const number = readNumber(tokens, i);
    if (number) {
      const after = tokens[number.end]?.text ?? '';
      if (WORKWEEK_WORDS.has(after) || after.startsWith('weekend')) {
        for (let d = 0; d < number.value; d++) days.add(COUNTED_DAYS + d); // counted days, not named ones
        i = number.end;
        continue;
      }
      if (
        number.isTimes ||
        TIMES_WORDS.has(after) ||
        SCHEDULE_SESSIONS.has(after) ||
        nextIsSession(tokens, number.end) ||
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
    // "a private", "an open mat", "a saturday class", "an extra class", "another class"
    const extra = EXTRA_ONE.has(tokens[i + 1]?.text ?? '') ? 1 : 0;
    if (['a', 'an', 'another'].includes(text) && nextIsSession(tokens, i + 1 + extra)) count = 1;
  }
  if (workweek && !WORKWEEK_DAYS.some((d) => days.has(d))) for (const d of WORKWEEK_DAYS) days.add(d);
  // "tue and thu, and both days i stay for the second class": more sessions on the days named elsewhere
  if (days.size === 0 && refersToNamedDays(tokens) && addsSessions({ tokens, sign: 1, joiner: '' }))
    return { ...baseOf(tokens, count), days, sessions: 0, perDay: false, on: new Set(), perNamedDay: count ?? 1 };
  if (clocks >= 2) perDay = clocks;
  perDay ??= timesOfDayJoined(tokens);
  if (tokens.some((t) => t.text === 'both') && tokens.some((t) => t.text === 'classes')) perDay = 2;
  // "one class every weekday": the count is each day's
  if (perDay === null && count !== null && everyDayNamed(tokens)) perDay = count;
  const described =
    days.size > 0 ||
    clocks > 0 ||
    tokens.some((t) => SESSION_KINDS.has(t.text) || SCHEDULE_SESSIONS.has(t.text) || PART_DESCRIPTORS.has(t.text)) ||
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

/** What a part says beside its sessions: whether it states a rate, names only days, or a kind of class. */
const baseOf = (tokens: readonly Token[], count: number | null) => ({
  described: tokens.some((t) => SCHEDULE_SESSIONS.has(t.text)),
  statesRate: count !== null && statesRate(tokens),
  onlyDays: namesOnlyDays(tokens),
  namesKind: tokens.some((t) => KINDS.has(t.text)),
  perNamedDay: 0,
});

/** "before work", "after lifting": another activity named as the time of a session, not as the session. */
const WHEN_WORDS: ReadonlySet<string> = new Set(['before', 'after']);

/** "2 in the morning", "1 at the weekend", "1 after work": a count of sessions at a time of day or week. */
function atATime(tokens: readonly Token[], start: number, end: number): boolean {
  // "at 6 in the morning" is a clock; "2 before work" is when those sessions are
  if (CLOCK_LEADS.has(tokens[start - 1]?.text ?? '')) return false;
  if (WHEN_WORDS.has(tokens[end]?.text ?? '')) return true;
  if (!['in', 'at', 'on'].includes(tokens[end]?.text ?? '')) return false;
  const word = tokens[tokens[end + 1]?.text === 'the' ? end + 2 : end + 1]?.text ?? '';
  return TIMES_OF_DAY.has(word) || word === 'weekend' || word === 'weekends';
}
const CLOCK_LEADS: ReadonlySet<string> = new Set(['at', '@', 'around', 'from', 'by', 'till', 'til', 'until']);

/** "both days", "those days", "the same days": the days another part named. */
const refersToNamedDays = (tokens: readonly Token[]): boolean =>
  tokens.some((t, i) => NAMED_DAYS_LEADS.has(t.text) && ['days', 'nights', 'dias'].includes(tokens[i + 1]?.text ?? ''));
const NAMED_DAYS_LEADS: ReadonlySet<string> = new Set([
  'both',
  'ambos',
  'those',
  'these',
  'same',
  // Portuguese "nesses dias", "ambos os dias" ; Spanish "esos dias", "los mismos dias"
  'nesses',
  'esses',
  'mesmos',
  'esos',
  'estos',
  'mismos',
]);

const WORKWEEK_DAYS: readonly number[] = [0, 1, 2, 3, 4];

/** Days counted ("2 weekdays") are numbered from here, apart from the named ones (0 = Monday…). */
const COUNTED_DAYS = 10;

/** "one class every weekday", "a private each saturday": every or each before the days. */
const everyDayNamed = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, i) =>
      EVERY.has(t.text) && (dayAt(tokens, i + 1) !== undefined || WORKWEEK_WORDS.has(tokens[i + 1]?.text ?? '')),
  );

/** "i never miss saturday open mat", "don't skip fridays": a day always trained. */
const neverMisses = (tokens: readonly Token[], i: number): boolean =>
  NOT_SKIPPING.has(tokens[i]?.text ?? '') && SKIPPING.has(tokens[i + 1]?.text ?? '');

/** "3 gi 1 nogi and an open mat": a part of several counts is no one part; the rate reading adds them. */
const holdsSeveralCounts = (part: Part): boolean =>
  part.tokens.filter((_, i) => {
    const number = readNumber(part.tokens, i);
    return number !== null && !number.isTimes && SESSION_KINDS.has(part.tokens[number.end]?.text ?? '');
  }).length >= 2;

/** "i go to the comp class on sat": a "to" with no count beside it goes somewhere, it is no range ("2 to 3"). */
const goesTo = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'to' && !readNumber(tokens, i - 1) && !readNumber(tokens, i + 1) && tokens[i - 1]?.text !== 'up';

/** "once a week", "3x", "2 classes a week": a count stated as a rate. */
const statesRate = (tokens: readonly Token[]): boolean =>
  tokens.some((t, i) => RATE_WORDS.has(t.text) || readNumber(tokens, i)?.isTimes === true);
const RATE_WORDS: ReadonlySet<string> = new Set(['week', 'weekly', 'wk', 'times', 'x']);

/** Days, times of day and filler, but no kind of session: "sunday mornings", "usually tue and thu". */
const namesOnlyDays = (tokens: readonly Token[]): boolean =>
  tokens.every(
    (t) =>
      (!SESSION_KINDS.has(t.text) && !SCHEDULE_SESSIONS.has(t.text)) ||
      TIMES_OF_DAY.has(t.text) ||
      GENERIC_SESSIONS.has(t.text),
  );
const GENERIC_SESSIONS: ReadonlySet<string> = new Set(['class', 'classes', 'session', 'sessions', 'training']);

const KINDS: ReadonlySet<string> = new Set([
  'gi',
  'nogi',
  'comp',
  'regular',
  'kids',
  'adult',
  'adults',
  'group',
  'beginner',
  'beginners',
  'advanced',
  'intermediate',
  'fundamentals',
  'fundies',
  'basics',
  'levels',
  'competition',
  'sparring',
  'rolling',
  'drilling',
  'morning',
  'evening',
  'lunch',
  'lunchtime',
  'noon',
]);

/** A session named after a count: "3 gi classes", "a saturday class", or a kind alone ending the part ("two nogi"). */
function nextIsSession(tokens: readonly Token[], i: number): boolean {
  let kinds = 0;
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    if (SCHEDULE_SESSIONS.has(tokens[k]?.text ?? '')) return true;
    if (KINDS.has(tokens[k]?.text ?? '')) kinds++;
    else if (!dayAt(tokens, k)) return false;
  }
  return kinds > 0 && i + kinds >= tokens.length;
}

const perDayPeriod = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, i) =>
      t.text === 'daily' ||
      ((t.text === 'day' || t.text === 'night') && ['a', 'per', 'each', '/'].includes(tokens[i - 1]?.text ?? '')),
  );

/** "sunday every other week", "a private every 2 weeks": a part trained every second week counts half. */
function everyOtherWeek(part: Part): Part & { readonly alternate: boolean } {
  const length = (i: number): number => {
    const word = (d: number): string => part.tokens[i + d]?.text ?? '';
    if (FORTNIGHTLY.has(word(0))) return 1;
    if (!EVERY.has(word(0))) return 0;
    if (word(1) === 'fortnight') return 2;
    const second = SECOND.has(word(1)) || readNumber(part.tokens, i + 1)?.value === 2;
    return second && WEEK.has(word(2)) ? 3 : 0;
  };
  const at = part.tokens.findIndex((_, i) => length(i) > 0);
  if (at < 0) return { ...part, alternate: false };
  const end = at + length(at);
  return { ...part, tokens: part.tokens.filter((_, i) => i < at || i >= end), alternate: true };
}
const FORTNIGHTLY: ReadonlySet<string> = new Set(['biweekly', 'fortnightly']);
const SECOND: ReadonlySet<string> = new Set(['other', 'second', 'alternate']);
const WEEK: ReadonlySet<string> = new Set(['week', 'weeks']);

/**
 * The sessions a week of an answer that is a timetable of two or more described parts (days named
 * in several parts count once), or of one part with sessions per day on named days; else null.
 */
export function scheduleTotal(allTokens: readonly Token[]): number | null {
  // "i skip mondays, train tues to fri": the days skipped are no part, and are taken out of the others
  const skipped = skippedDays(allTokens);
  const tokens = allTokens.filter((_, i) => !skipped.tokens.has(i));
  const split = partsOf(tokens).map(everyOtherWeek);
  // "twice a day, 5 days a week" multiplies (frequency.ts); "2 a day on tue and thu, 1 on sat" is a part
  if (split.some((p) => perDayPeriod(p.tokens) && !p.tokens.some((_, i) => dayAt(p.tokens, i)))) return null;
  // "…, sometimes sat open mat": a part that happens only sometimes counts half; unsure anywhere
  // else ("maybe", "if"), or every part only sometimes, is no timetable
  const sometimes = (p: Part): boolean => p.tokens.some((t) => SOMETIMES.has(t.text));
  // "mon through thurs" is a range of days, not a hedge like "2 to 3"; "never miss saturday" is sure
  const unsure = (p: Part): boolean =>
    p.tokens.some(
      (t, i) =>
        SCHEDULE_UNSURE.has(t.text) &&
        !SOMETIMES.has(t.text) &&
        !isDayRange(p.tokens, i) &&
        !neverMisses(p.tokens, i) &&
        !goesTo(p.tokens, i),
    );
  if (split.some(unsure) || split.every(sometimes) || split.some(holdsSeveralCounts)) return null;
  const values = split.map((p) => valueOf(p.tokens.filter((t) => !SOMETIMES.has(t.text))));
  const parts = split.flatMap((p, k) => {
    const value = values[k];
    if (!value || restatesRate(p, value, values[k - 1], split[k - 1])) return [];
    return [{ ...value, sign: p.sign, share: sometimes(p) || p.alternate ? HALF : 1, adds: addsSessions(p) }];
  });
  const single = parts.length === 1 && parts[0]?.perDay === true;
  if (!single && (parts.length < 2 || parts.some((p) => !p.described))) return null;
  // each day once, at the most sessions a part gives it
  const days = new Map<number, number>();
  const taken = new Set<number>(skipped.days);
  for (const p of parts)
    for (const d of p.days)
      if (p.sign < 0) taken.add(d);
      else days.set(d, Math.max(days.get(d) ?? 0, p.share));
  const named = new Set(days.keys());
  let sessions = 0;
  for (const p of parts) {
    if (p.sign > 0 && onItsDays(p, named)) {
      // "mon/wed/fri, twice on wednesdays": wednesday has two sessions, not one and two more
      const each = p.sessions / p.on.size;
      for (const d of p.on) {
        const had = days.get(d) ?? 0;
        days.set(d, Math.max(had, had + p.share * (each - had)));
      }
    } else sessions += p.sign * p.share * p.sessions;
  }
  for (const d of taken) days.delete(d);
  for (const p of parts) sessions += p.sign * p.share * p.perNamedDay * days.size;
  const total = sessions + [...days.values()].reduce((sum, share) => sum + share, 0);
  return total > 0 ? total : null;
}

/**
 * Sessions that are counted on their days, so a day said twice is counted once at its most: sessions
 * per day ("doubles on thursday", "one class every weekday"), or a count on days already named
 * ("tue thu, two classes on thursdays"). Not another kind of class ("gi tue thu, nogi 2x tue thu") nor
 * sessions said to be extra ("mon wed fri, plus an extra class on wednesday").
 */
function onItsDays(part: PartValue & { readonly adds: boolean }, named: ReadonlySet<number>): boolean {
  if (part.on.size === 0 || part.namesKind) return false;
  return part.perDay || (!part.adds && [...part.on].every((d) => named.has(d)));
}

/** "plus a class on wednesday", "and a second class on wednesdays": sessions on top of the days' own. */
const addsSessions = (part: Part): boolean =>
  ADDING_JOINERS.has(part.joiner) || part.tokens.some((t) => ADDING.has(t.text) || MORE_SESSIONS.has(t.text));
const ADDING_JOINERS: ReadonlySet<string> = new Set(['+', 'plus', 'also']);
const EXTRA_ONE: ReadonlySet<string> = new Set(['extra', 'second', 'additional']);
const MORE_SESSIONS: ReadonlySet<string> = new Set(['another', 'second', 'more', 'again']);

/**
 * "once a week, sunday mornings", "3x a week, mon wed fri": days named after a stated rate, no more
 * of them than it counts, say when those sessions are; "twice a week plus saturday" adds one.
 */
function restatesRate(
  part: Part,
  value: PartValue,
  before: PartValue | null | undefined,
  beforePart: Part | undefined,
): boolean {
  // "once a week, saturday too" adds; "open mat 2x a week, classes tue and thu" are other sessions
  const adds = part.tokens.some((t) => ADDING.has(t.text));
  const otherSessions =
    part.tokens.some((t) => GENERIC_SESSIONS.has(t.text)) &&
    (beforePart?.tokens.some((t) => SCHEDULE_SESSIONS.has(t.text) && !GENERIC_SESSIONS.has(t.text)) ?? false);
  return (
    RESTATING.has(part.joiner) &&
    !adds &&
    !otherSessions &&
    value.onlyDays &&
    value.sessions === 0 &&
    before?.statesRate === true &&
    value.days.size <= before.sessions
  );
}
const RESTATING: ReadonlySet<string> = new Set([',', ';', ':', '.']);
const ADDING: ReadonlySet<string> = new Set(['too', 'also', 'well', 'extra', 'plus', 'additionally']);

const SOMETIMES: ReadonlySet<string> = new Set(['sometimes', 'occasionally']);
const HALF = 0.5;
