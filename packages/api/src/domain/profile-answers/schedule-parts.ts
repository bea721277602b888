// A training_frequency timetable split into its parts ("mon/wed/fri gi, plus an open mat sat") and
// what each part's joiner and period say; frequency-schedule.ts sums them.

import { readNumber } from './numbers';
import type { Token } from './text';
import { dayAt, isDayRange, wholeWeekAt } from './schedule-days';
import { EVERY } from './frequency-words';
import { RESTING, SCHEDULE_BREAKS, SCHEDULE_SESSIONS, SUBTRACT, TIMES_OF_DAY } from './schedule-words';
import { WORLD_ADDS_UP } from './world-words';
import { perDayListComma } from './schedule-day-list';
import { DAY_ABBREVIATIONS, WORKWEEK_WORDS } from './weekday-words';

export interface Part {
  readonly tokens: readonly Token[];
  readonly sign: 1 | -1;
  /** The word that split it from the part before ("," or "plus"); '' for the first part. */
  readonly joiner: string;
}

export const isClock = (tokens: readonly Token[], i: number): boolean =>
  (tokens[i]?.kind === 'number' && (tokens[i + 1]?.text === 'am' || tokens[i + 1]?.text === 'pm')) ||
  tokens[i]?.text === 'noon' ||
  isFourDigitClock(tokens, i);

/**
 * "one 1900 class", "the 0630 session": a 24-hour clock in four digits, only right before the session
 * it times (a year or a count is no clock: "since 2019", "1000 hours").
 */
export function isFourDigitClock(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.kind !== 'number' || token.text.length !== 4 || !Number.isInteger(token.value)) return false;
  return token.value % 100 < 60 && token.value < 2400 && SCHEDULE_SESSIONS.has(tokens[i + 1]?.text ?? '');
}

/** "morning and evening", "the morning class and the evening class": times of day joined by "and" at `i`. */
const joinsTimesOfDay = (tokens: readonly Token[], i: number): boolean => {
  // "mornings and evenings": a plural time of day is a session word too, but it is the time itself
  const before = SCHEDULE_SESSIONS.has(tokens[i - 1]?.text ?? '') && !timeOfDayAt(tokens, i - 1) ? i - 2 : i - 1;
  // "a morning and an evening class"
  const after = TOD_ARTICLES.has(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
  return timeOfDayAt(tokens, before) && timeOfDayAt(tokens, after);
};
const TOD_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** "morning", or "am"/"pm" said alone for one ("am and pm class"), not a clock's ("6 pm"). */
const timeOfDayAt = (tokens: readonly Token[], k: number): boolean =>
  TIMES_OF_DAY.has(tokens[k]?.text ?? '') || (MERIDIEM.has(tokens[k]?.text ?? '') && tokens[k - 1]?.kind !== 'number');
const MERIDIEM: ReadonlySet<string> = new Set(['am', 'pm']);
// Portuguese "e" and Spanish "y" join parts as "and" does: "de manhã seg qua sex e de noite ter e qui"
// …and so do the other tongues' "und", "et", "ve", "dan" (world-words.ts)
// "m/w/f lunch class n a double on sat": chat's "n" is "and"
const AND: ReadonlySet<string> = new Set(['and', '&', 'n', 'e', 'y', ...WORLD_ADDS_UP]);
// "weekends (sat+sun)", "mon+wed": a "+" between two days lists them as "and" does, adding no part
const DAY_JOINERS: ReadonlySet<string> = new Set(['+']);
/** "2 gi classes saturday + tue nogi": the day after the "+" has a kind of class of its own, so a part of its own. */
function otherKindAfter(tokens: readonly Token[], day: number, current: readonly Token[]): boolean {
  const kind = tokens[day + 1]?.text ?? '';
  return ATTIRES.has(kind) && current.some((t) => ATTIRES.has(t.text) && t.text !== kind);
}
const ATTIRES: ReadonlySet<string> = new Set(['gi', 'nogi']);
// "monday (noon + night)": a "+" between times of day joins them too
const TOD_JOINERS: ReadonlySet<string> = new Set(['and', '&', '/', '+']);

/** Sessions a day from times of day joined by "and" ("morning and evening" → 2), or null. */
export function timesOfDayJoined(tokens: readonly Token[]): number | null {
  const joins = tokens.filter((t, i) => TOD_JOINERS.has(t.text) && joinsTimesOfDay(tokens, i)).length;
  return joins > 0 ? joins + 1 : null;
}

/**
 * "mon/wed/fri at 7pm and the 10am on saturday": each clock has its own days, so they are two parts;
 * "the 7am and the 6pm on tue and thu" (days on one side only) are two classes on the same days.
 */
const eachClockHasDays = (tokens: readonly Token[], current: readonly Token[], next: number): boolean => {
  if (!current.some((_, k) => dayAt(current, k))) return false;
  for (let k = next + 1; k < tokens.length && !SCHEDULE_BREAKS.has(tokens[k]?.text ?? ''); k++)
    if (dayAt(tokens, k)) return true;
  return false;
};

/** "tuesday/thursday also evening": the time of day after "also" is those days' other class, one part. */
const alsoAtATime = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'also' && dayAt(tokens, i - 1) !== undefined && TIMES_OF_DAY.has(tokens[i + 1]?.text ?? '');

/** A comma in a run of days that a time of day before shares ("morning and evening on mon, wed, fri"). */
const daysComma = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === ',' && tokens.slice(0, i).some((t, k) => TOD_JOINERS.has(t.text) && joinsTimesOfDay(tokens, k));

/** Splits at commas, "then", "plus"; at "and" only between parts, never inside "sat and sun" or "the 7am and the 6pm". */
export function partsOf(tokens: readonly Token[]): Part[] {
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
      // "mon, wed, fri": a comma inside a run of days splits nothing either
      (daysComma(tokens, i) && dayAt(tokens, i - 1) && dayAt(tokens, i + 1)) ||
      // "seg, qua e sex": a short day name is a day only beside the run it is in
      (t.text === ',' &&
        DAY_ABBREVIATIONS.has(tokens[i - 1]?.text ?? '') &&
        dayAt(tokens, i - 1) &&
        dayAt(tokens, i + 1) &&
        !ownClauseAfter(tokens, i)) ||
      perDayListComma(tokens, i, current) ||
      (DAY_JOINERS.has(t.text) &&
        dayAt(tokens, i - 1) &&
        dayAt(tokens, next) &&
        !everyOtherWeekAfter(tokens, next) &&
        !otherKindAfter(tokens, next, current)) ||
      (AND.has(t.text) &&
        ((dayAt(tokens, i - 1) && dayAt(tokens, next) && !everyOtherWeekAfter(tokens, next)) ||
          (isClock(tokens, i - 2) && isClock(tokens, next) && !eachClockHasDays(tokens, current, next)))) ||
      (TOD_JOINERS.has(t.text) && joinsTimesOfDay(tokens, i)) ||
      alsoAtATime(tokens, i) ||
      bothOfTwo(tokens, i, current);
    if (SUBTRACT.has(t.text) || butLeavesOut(tokens, i, current)) {
      flush(t.text);
      sign = -1;
    } else if ((SCHEDULE_BREAKS.has(t.text) || AND.has(t.text)) && !joinsLikes) flush(t.text);
    // "…, and not wednesday": a part that opens by denying days takes them out
    else if (t.text === 'not' && current.length === 0 && dayAt(tokens, i + 1)) sign = -1;
    else current.push(t);
  });
  flush('');
  return parts;
}

/** "tue/thu + every other sat" (read as "sat every other week"): a day with a period of its own is a part of its own. */
const everyOtherWeekAfter = (tokens: readonly Token[], day: number): boolean =>
  EVERY.has(tokens[day + 1]?.text ?? '') &&
  SECOND.has(tokens[day + 2]?.text ?? '') &&
  WEEK.has(tokens[day + 3]?.text ?? '');

/** "every day but sunday", "weekdays but not fridays": "but" right before days leaves them out of a whole week or span. */
const butLeavesOut = (tokens: readonly Token[], i: number, current: readonly Token[]): boolean => {
  if (tokens[i]?.text !== 'but') return false;
  const day = tokens[i + 1]?.text === 'not' ? i + 2 : i + 1;
  if (!dayAt(tokens, day)) return false;
  // the days end what is said ("but sunday, and …"), unlike "but friday i rolled 3 times"
  let end = day;
  while (dayAt(tokens, end) || (DAY_LIST_JOINERS.has(tokens[end]?.text ?? '') && dayAt(tokens, end + 1))) end++;
  if (!DAYS_CLOSED_BY.has(tokens[end]?.text ?? '')) return false;
  return current.some((t, k) => wholeWeekAt(current, k) || WORKWEEK_WORDS.has(t.text) || isDayRange(current, k));
};
/**
 * "mon-thu, fri off", "mon-thu, sat i do 2": the day after the comma at `i` opens a clause of its
 * own (Polish "pon, śr i pt" lists on: "i" there is "and").
 */
export const ownClauseAfter = (tokens: readonly Token[], i: number): boolean =>
  RESTING.has(tokens[i + 2]?.text ?? '') || (SUBJECTS.has(tokens[i + 2]?.text ?? '') && !dayAt(tokens, i + 3));
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'im']);
const DAY_LIST_JOINERS: ReadonlySet<string> = new Set(['and', '&', ',', '/', 'or']);
const DAYS_CLOSED_BY: ReadonlySet<string> = new Set(['', ',', '.', ';', '!', 'and', 'cos', 'cause', 'because', 'bc']);

/** "both the gi and the nogi class": the "and" of "both … and" lists the two classes of one part. */
const bothOfTwo = (tokens: readonly Token[], i: number, current: readonly Token[]): boolean => {
  if (!AND.has(tokens[i]?.text ?? '')) return false;
  const both = current.findLastIndex((t) => t.text === 'both');
  return both >= 0 && current.length - both <= BOTH_REACH && !current.slice(both).some((t) => AND.has(t.text));
};
const BOTH_REACH = 4;

/** "sunday every other week", "a private every 2 weeks": a part trained every second week counts half. */
export function everyOtherWeek(part: Part): Part & { readonly alternate: boolean } {
  const length = (i: number): number => {
    const word = (d: number): string => part.tokens[i + d]?.text ?? '';
    if (FORTNIGHTLY.has(word(0))) return 1;
    if (!EVERY.has(word(0))) return 0;
    if (word(1) === 'fortnight') return 2;
    const second = SECOND.has(word(1)) || readNumber(part.tokens, i + 1)?.value === 2;
    // "every second wednesday": the day stays, every other week
    if (second && dayAt(part.tokens, i + 2)) return 2;
    return second && WEEK.has(word(2)) ? 3 : 0;
  };
  const at = part.tokens.findIndex((_, i) => length(i) > 0);
  if (at < 0) return { ...part, alternate: false };
  const end = at + length(at);
  return { ...part, tokens: part.tokens.filter((_, i) => i < at || i >= end), alternate: true };
}
const FORTNIGHTLY: ReadonlySet<string> = new Set(['biweekly', 'fortnightly']);
export const SECOND: ReadonlySet<string> = new Set(['other', 'second', 'alternate']);
const WEEK: ReadonlySet<string> = new Set(['week', 'weeks']);

/** "plus a class on wednesday", "and a second class on wednesdays": sessions on top of the days' own. */
export const addsSessions = (part: Part): boolean =>
  ADDING_JOINERS.has(part.joiner) ||
  part.tokens.some((t, i) => ADDING.has(t.text) || MORE_SESSIONS.has(t.text) || backFor(part.tokens, i));
/** "then go back for the 5:30pm on those same days": back to the mats for another session. */
const backFor = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === 'back' && tokens[i + 1]?.text === 'for' && RETURNING.has(tokens[i - 1]?.text ?? '');
const RETURNING: ReadonlySet<string> = new Set([
  'go',
  'goes',
  'going',
  'went',
  'come',
  'comes',
  'coming',
  'head',
  'stay',
]);
const ADDING_JOINERS: ReadonlySet<string> = new Set(['+', 'plus', 'also']);
export const EXTRA_ONE: ReadonlySet<string> = new Set(['extra', 'second', 'additional']);
const MORE_SESSIONS: ReadonlySet<string> = new Set(['another', 'second', 'more', 'again']);
/** Words that add a part's sessions to the others': "saturday too", "plus an extra class". */
export const ADDING: ReadonlySet<string> = new Set(['too', 'also', 'well', 'extra', 'plus', 'additionally']);
