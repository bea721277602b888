// training_frequency as a timetable of several parts that add up: "Mon/Wed/Fri gi, Tue/Thu nogi" → 5,
// "class twice, open mat once, and a private" → 4, "doubles on tuesday and thursday, single on
// saturday" → 5, "weekday mornings and a saturday class, minus wednesdays" → 5, "morning and evening
// class on tue and thu, plus saturday" → 5, "mon through thurs evenings plus sat and sun mornings" → 6.
// Each part is read on its own (its days, its count, its sessions per day) and the parts are summed;
// days that only restate a rate before them ("once a week, sunday mornings") are not added; an answer
// of one part is left to the rate reading of frequency.ts.

import { barringHindrance } from './schedule-barring';
import { wholeWeekUntold } from './schedule-whole-week';
import { daysNamed, restDays, saidNo, sessionsLeft } from './schedule-rest-days';
import { withoutDurations } from './schedule-durations';
import { monthAt, monthlyAsWeekly } from './schedule-monthly';
import type { Token } from './text';
import { skippedDays } from './weekdays';
import { WORKWEEK_WORDS } from './weekday-words';
import { gymsAmongPlaces } from './schedule-gym-among-places';
import { saidOfTheBody } from './schedule-body-part';
import { saidOfSomeoneElse } from './schedule-someone-else';
import { givenUp } from './schedule-given-up';
import { bareSession, tellsTheDouble } from './schedule-double-told';
import { bothClassesOnDaysBefore } from './schedule-both-classes';
import { isPortugueseOnThe } from './portuguese-on-the';
import { repeatedOn } from './schedule-repeat';
import { usualWeekOfDaysTold } from './frequency-days-told';
import { dayAt, isDayRange } from './schedule-days';
import { SCHEDULE_SESSIONS, SCHEDULE_UNSURE } from './schedule-words';
import { ADDING, addsSessions, everyOtherWeek, partsOf, type Part } from './schedule-parts';
import { perDayOnNamedDays } from './schedule-per-named-day';
import { atTheOther, countAtPlace } from './schedule-count-at-place';
import { doublesOnCount } from './schedule-doubles-counted';
import { usedByOthers } from './schedule-used-as';
import { splitAtCounts } from './schedule-count-split';
import { classNames, sessionsOnDay } from './schedule-same-day';
import { inCompany } from './schedule-company';
import { otherPlace } from './schedule-other-place';
import { valueOf, type PartValue } from './schedule-part-value';
import { countAfterDays, sameDoubleToo } from './schedule-days-repeated';
import { readNumber, workingHours } from './numbers';
import { goesTo, holdsSeveralCounts, inBackToBack, neverMisses, perDayPeriod } from './schedule-part-marks';
import { GENERIC_SESSIONS } from './schedule-session-named';
import { SESSION_KINDS } from './session-kind-words';

/**
 * The sessions a week of an answer that is a timetable of two or more described parts (days named
 * in several parts count once), or of one part with sessions per day on named days; else null.
 */
export function scheduleTotal(allTokens: readonly Token[]): number | null {
  // "nogi this arvo, gi tomorrow and thursday, that's me regular week": days told from today
  const told = usualWeekOfDaysTold(allTokens);
  if (told !== null) return told;
  // "i skip mondays, train tues to fri": the days skipped are no part, and are taken out of the others
  const skipped = skippedDays(allTokens);
  // "uni club tue thu, the gym mon wed fri": a gym among the places trained at is one of them
  const tokens = gymsAmongPlaces(allTokens.filter((_, i) => !skipped.tokens.has(i)));
  // "…. the knees file a complaint every sunday": the body's day is no session; "no more two-a-days,
  // …" is no part of the week now
  // "twice gi twice nogi": counts of kinds said one after another are parts each
  const split = partsOf(tokens)
    .flatMap(splitAtCounts)
    .filter((p) => !saidOfTheBody(p.tokens) && !saidOfSomeoneElse(p.tokens) && !givenUp(p.tokens))
    .map(everyOtherWeek)
    // "…, sunday off", "my rest day wednesday": days taken out, as after "except"
    .map((p) => (p.sign > 0 && restDays(p.tokens) ? { ...p, sign: -1 as const } : p));
  // "twice a day, 5 days a week" multiplies (frequency.ts); "2 a day on tue and thu, 1 on sat" and
  // "twice a day on weekdays, once on saturday" are parts
  const namesDays = (p: Part): boolean => p.tokens.some((t, i) => dayAt(p.tokens, i) || WORKWEEK_WORDS.has(t.text));
  if (split.some((p) => perDayPeriod(p.tokens) && !namesDays(p))) return null;
  // "…, sometimes sat open mat": a part that happens only sometimes counts half; unsure anywhere
  // else ("maybe", "if"), or every part only sometimes, is no timetable
  const sometimes = (p: Part): boolean => p.tokens.some((t) => SOMETIMES.has(t.text));
  // "mon through thurs" is a range of days, not a hedge like "2 to 3"; "never miss saturday" is sure;
  // "on weeks im working from home, which is every other week" says which weeks, already halved
  const unsure = (p: Part & { readonly alternate: boolean }): boolean =>
    p.tokens.some(
      (t, i) =>
        SCHEDULE_UNSURE.has(t.text) &&
        !(p.alternate && t.text === 'weeks') &&
        !SOMETIMES.has(t.text) &&
        !isDayRange(p.tokens, i) &&
        !(weekly && monthAt(p.tokens, i)) && // "privates 2x a month": a period, no hedge
        !workingHours(p.tokens, i + 1) && // "before my 9-5": office hours hedge nothing
        !inAName(p.tokens, i) && // "at tri-force shinjuku": a hyphen inside a name hedges nothing
        !isPortugueseOnThe(p.tokens, i) && // "seg, qua e sex no tatame"
        !inBackToBack(p.tokens, i) &&
        !neverMisses(p.tokens, i) &&
        !goesTo(p.tokens, i) &&
        !inCompany(p.tokens, i) &&
        !barringHindrance(p.tokens, i) && // "sat open mat if nobody has a birthday party"
        !otherPlace(p.tokens, i) && // "and the other academy on saturdays"
        !atTheOther(p.tokens, i) && // "3 at the other"
        !usedByOthers(p.tokens, i) && // "where i get used as a crash mat"
        !saidNo(p.tokens), // "mon yes, tue no": a day gone through and answered
    );
  // "…on monday, same again on thursday": the days the timetable before is repeated on
  const repeats = split.map((p, k) => (k > 0 ? repeatedOn(p.tokens) : null));
  const valueOfPart = (all: readonly Token[]): PartValue | null => {
    const tokens = withoutDurations(all);
    return (
      valueOf(tokens) ?? perDayOnNamedDays(tokens) ?? countAtPlace(tokens) ?? doublesOnCount(tokens) ?? restDays(tokens)
    );
  };
  const readAsSaid = split.map((p, k) =>
    repeats[k] || wholeWeekUntold(tokens, split, k)
      ? null
      : // "…, and tue thu i do 2": days told again with their count
        (countAfterDays(split, k) ??
        valueOfPart(p.tokens.filter((t) => !SOMETIMES.has(t.text))) ??
        // "mon-sat minus thursday (kids soccer practice)": the days taken out, whatever the reason
        (p.sign < 0 ? daysNamed(p.tokens) : null)),
  );
  // "…, and privates 2x a month": a month's sessions made a week's
  const weekly = monthlyAsWeekly(split, readAsSaid);
  const read = weekly ?? readAsSaid;
  const both = read.map((v, k) =>
    bothClassesOnDaysBefore(split[k]?.tokens ?? [], v, read[k - 1], split[k - 1]?.tokens),
  );
  const values = read.map((v, k) => both[k] ?? sameDoubleToo(split[k], read[k - 1]) ?? v);
  // "…, i try not to miss any": an unsure part that names no days and no count hedges nothing counted
  const hedges = (p: Part & { readonly alternate: boolean }, k: number): boolean =>
    unsure(p) && (values[k] !== null || repeats[k] !== null);
  if (split.some(hedges) || split.every(sometimes) || split.some(holdsSeveralCounts)) return null;
  // "i do both the gi" + "and the nogi class there": the second of the two classes is the same both
  const toldDouble = tellsTheDouble(split, values).map(
    (told, k) => told || (Boolean(both[k - 1]) && split[k]?.joiner === 'and' && bareSession(read[k])),
  );
  const parts = split.flatMap((p, k) => {
    const value = values[k];
    if (!value || toldDouble[k] || restatesRate(p, value, ...rateBefore(values, split, k))) return [];
    const share = sometimes(p) || p.alternate ? HALF : 1;
    return [{ ...value, sign: p.sign, share, adds: addsSessions(p), names: classNames(p.tokens) }];
  });
  const single = parts.length === 1 && parts[0]?.perDay === true;
  const repeatDays = new Set(repeats.flatMap((r) => [...(r ?? [])]));
  if (!single && (parts.length + repeatDays.size < 2 || parts.some((p) => !p.described))) return null;
  // each day once, at the most sessions a part gives it, unless another part names another class on it
  const held = new Map<number, { sessions: number; names: ReadonlySet<string> }>();
  const taken = new Set<number>(skipped.days);
  for (const p of parts)
    for (const d of p.days)
      if (p.sign < 0) taken.add(d);
      else {
        const had = held.get(d);
        held.set(d, { sessions: sessionsOnDay(had, p), names: new Set([...(had?.names ?? []), ...p.names]) });
      }
  const days = new Map([...held].map(([d, h]) => [d, h.sessions]));
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
    } else sessions += p.sign * p.share * sessionsLeft(p, taken);
  }
  for (const d of taken) days.delete(d);
  for (const p of parts) sessions += p.sign * p.share * p.perNamedDay * days.size;
  const total = sessions + [...days.values()].reduce((sum, share) => sum + share, 0);
  return total > 0 ? total * repeated(parts, repeatDays) : null;
}

/** How many times over the timetable is trained: days repeated over the days it named ("same on thu" after "mon" → 2). */
function repeated(parts: readonly PartValue[], repeatDays: ReadonlySet<number>): number {
  if (repeatDays.size === 0) return 1;
  const named = new Set(parts.flatMap((p) => [...p.days, ...p.on]));
  const added = [...repeatDays].filter((d) => !named.has(d)).length;
  return named.size > 0 ? (named.size + added) / named.size : 1;
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

/**
 * "once a week, sunday mornings", "3x a week, mon wed fri": days named after a stated rate, no more
 * of them than it counts, say when those sessions are; "twice a week plus saturday" adds one.
 */
function restatesRate(
  part: Part,
  value: PartValue,
  before: PartValue | null | undefined,
  beforePart: Part | undefined,
  daysSince: number,
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
    ((value.onlyDays && value.sessions === 0 && daysSince <= (before?.sessions ?? 0)) ||
      namesTheOne(part, value, before) ||
      daysOfABareRate(value, beforePart, daysSince, before)) &&
    before?.statesRate === true
  );
}
const RESTATING: ReadonlySet<string> = new Set([',', ';', ':', '.']);

/** "once a week, lunch class": one session named, with no count of its own, after a rate of one says which one it is. */
/**
 * "once a week, just the sunday open mat": days named with their class, no more of them than a rate
 * said of no class counts, say when it is ("2 classes a week, sunday open mat" adds the open mat).
 */
const daysOfABareRate = (
  value: PartValue,
  beforePart: Part | undefined,
  daysSince: number,
  before: PartValue | null | undefined,
): boolean =>
  value.sessions === 0 &&
  value.days.size > 0 &&
  daysSince <= (before?.sessions ?? 0) &&
  !(beforePart?.tokens.some((t) => SCHEDULE_SESSIONS.has(t.text) || SESSION_KINDS.has(t.text)) ?? true);

const namesTheOne = (part: Part, value: PartValue, before: PartValue | null | undefined): boolean =>
  before?.sessions === 1 &&
  bareSession(value) &&
  value.sessions === 1 &&
  !part.tokens.some((_, i) => readNumber(part.tokens, i, { article: true }) !== null);

/**
 * The part a day part may restate, and all the days named since it: "four times a week, monday,
 * tuesday, thursday and saturday" names four days over three parts after the rate. Only a run of
 * day parts joined by commas reaches back past the part right before.
 */
function rateBefore(
  values: readonly (PartValue | null)[],
  split: readonly Part[],
  k: number,
): [PartValue | null | undefined, Part | undefined, number] {
  let j = k - 1;
  let days = values[k]?.days.size ?? 0;
  while (j > 0 && values[j]?.onlyDays && values[j]?.sessions === 0 && RESTATING.has(split[j]?.joiner ?? '')) {
    days += values[j]?.days.size ?? 0;
    j--;
  }
  return [values[j], split[j], days];
}

const SOMETIMES: ReadonlySet<string> = new Set(['sometimes', 'occasionally']);

/** A hyphen written between two words with no space ("tri-force", "jiu-jitsu"), not a range ("2-3"). */
const inAName = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === '-' &&
  tokens[i - 1]?.kind === 'word' &&
  tokens[i + 1]?.kind === 'word' &&
  !tokens[i]?.spaceBefore &&
  !tokens[i + 1]?.spaceBefore;
const HALF = 0.5;
