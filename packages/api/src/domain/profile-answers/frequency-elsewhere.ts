// training_frequency: the parts of a timetable that are not BJJ training, dropped before any reading
// so their days and counts are not added: another sport ("tuesday thursday muay thai", "the gym most
// mornings for weights"), a day of rest ("fri is my rest day", "sunday is family day") or a class only
// watched or helped with ("tues and thurs is my sons kids class (i just watch)").

import { restsAt } from './rest-said';
import type { Token } from './text';
import { OTHER_ARTS } from './others';
import { teachesAt } from './frequency-not-bjj';
import { TEACHING } from './frequency-words';
import { partsOf } from './schedule-parts';
import { dayAt } from './schedule-days';
import { OTHER_ACTIVITIES } from './sport-words';
import { EXCEPT, WORKWEEK_WORDS } from './weekday-words';
import { daysBarred } from './frequency-days-barred';

/** The tokens less each part about something other than training BJJ; all of them when every part is. */
export function withoutElsewhere(tokens: readonly Token[]): readonly Token[] {
  const parts = partsOf(tokens);
  if (parts.length < 2) return tokens;
  const index = new Map(tokens.map((t, i) => [t, i]));
  // "wednesday i take my daughter to her class and just watch": the watching, a part of its own, is that day's
  const watchedAfter = (k: number): boolean =>
    WATCH_JOINERS.has(parts[k + 1]?.joiner ?? '') &&
    onlyWatches(parts[k + 1]?.tokens ?? []) &&
    !namesDays(parts[k + 1]?.tokens ?? []);
  // "every day except sundays and my rest day wednesday": a rest day joined onto a list of exceptions
  // is one more of them, left for the exception to take out (weekdays.ts), not dropped
  const moreExceptions = (k: number): boolean =>
    parts[k]?.joiner === 'and' &&
    (EXCEPT.has(parts[k - 1]?.joiner ?? '') || (parts[k - 1]?.tokens ?? []).some((t) => EXCEPT.has(t.text)));
  // "weekdays are impossible with my commute"; but "mon to fri, fridays i dont go" takes a day out of
  // a span, which the exception reading does
  const spans = parts.map((p) => p.tokens.some((t) => SPANS.has(t.text) || WORKWEEK_WORDS.has(t.text)));
  const barred = (k: number): boolean => {
    const part = parts[k]?.tokens ?? [];
    const isDay = (i: number): boolean => dayAt(part, i) !== undefined || WORKWEEK_WORDS.has(part[i]?.text ?? '');
    return daysBarred(part, isDay) && !spans.some((s, other) => s && other !== k);
  };
  // "my daughter's class is mon/wed and i take the adult class at the same time both days": the days
  // of a part a later one points back at are kept for it
  const pointedBack = (k: number): boolean =>
    namesDays(parts[k]?.tokens ?? []) &&
    parts
      .slice(k + 1)
      .some((p) => p.tokens.some((t, i) => SAME_DAYS.has(t.text) && DAYS.has(p.tokens[i + 1]?.text ?? '')));
  // "mon-sat minus thursday (kids soccer practice)": the other thing is why a day is taken out
  const dropped = parts.map(
    (p, k) =>
      (notTraining(p.tokens) && !moreExceptions(k) && p.sign > 0 && !pointedBack(k)) ||
      barred(k) ||
      (namesDays(p.tokens) && watchedAfter(k)) ||
      (k > 0 && watchedAfter(k - 1)),
  );
  if (dropped.every(Boolean) || !dropped.some(Boolean)) return tokens;
  const drop = new Set<number>();
  parts.forEach((part, k) => {
    if (!dropped[k]) return;
    // the part with the joiner before it ("…, plus the gym"), or after it when it comes first
    const first = k === 0 ? 0 : (index.get(parts[k - 1]?.tokens.at(-1) as Token) ?? -1) + 1;
    const last =
      k === 0 ? (index.get(parts[1]?.tokens[0] as Token) ?? 0) - 1 : (index.get(part.tokens.at(-1) as Token) ?? -1);
    for (let i = first; i <= last; i++) drop.add(i);
  });
  return tokens.filter((_, i) => !drop.has(i));
}

const SAME_DAYS: ReadonlySet<string> = new Set(['both', 'same', 'those', 'these']);
const DAYS: ReadonlySet<string> = new Set(['days', 'nights', 'day']);

/** A part naming another sport and no BJJ, a day off, or a class the user only watches or helps with. */
function notTraining(part: readonly Token[]): boolean {
  // "thursday's footy training so no jits", "sunday no bjj": a day said to have none
  if (namesDays(part) && part.some((t, i) => NONE.has(t.text) && BJJ_WORDS.has(part[i + 1]?.text ?? ''))) return true;
  if (part.some((t) => BJJ_WORDS.has(t.text))) return false;
  const other = part.some(
    (t, i) =>
      (OTHER_ACTIVITIES.has(t.text) || OTHER_ARTS.has(t.text)) &&
      !ALSO_BJJ.has(t.text) &&
      !dayAt(part, i) && // "pon-pt": Polish Friday, not physical training
      !when(part, i) &&
      !runsClasses(part, i),
  );
  const rests = part.some((_, i) => restsAt(part, i, RESTING) || dayFor(part, i));
  return other || (namesDays(part) && (rests || onlyWatches(part) || someoneElsesClass(part)));
}

const namesDays = (part: readonly Token[]): boolean =>
  part.some((t, i) => dayAt(part, i) !== undefined || WORKWEEK_WORDS.has(t.text));
// words that make a span of days another part may take a day out of: "mon to fri", "every day"
const SPANS: ReadonlySet<string> = new Set(['to', 'thru', 'through', '-', 'every', 'everyday', 'daily', 'all']);

/** "sunday is family day", "sunday is for the family", "domingo é dia da família": a day kept for something else. */
function dayFor(part: readonly Token[], i: number): boolean {
  const [word, next, before] = [part[i]?.text ?? '', part[i + 1]?.text ?? '', part[i - 1]?.text ?? ''];
  if (DAY_KINDS.has(word) && DAY_NOUNS.has(next)) return true;
  if (!FAMILY.has(word)) return false;
  const lead = ARTICLES.has(before) ? (part[i - 2]?.text ?? '') : before;
  return FOR.has(lead) || DAY_NOUNS.has(lead);
}
const DAY_NOUNS: ReadonlySet<string> = new Set(['day', 'time', 'dia']);
const FAMILY: ReadonlySet<string> = new Set(['family', 'familia', 'kids', 'wife', 'husband']);
const FOR: ReadonlySet<string> = new Set(['for', 'para', 'pra']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'my', 'la', 'a', 'da', 'de', 'mi', 'minha']);

/** "tues and thurs is my sons kids class", "i take my daughter to her class": a class of someone else's. */
const someoneElsesClass = (part: readonly Token[]): boolean =>
  part.some((t, i) => {
    if (!CLASSES.has(t.text)) return false;
    const k = KINDS_OF_CLASS.has(part[i - 1]?.text ?? '') ? i - 2 : i - 1;
    // "my son's class" is read "son s class"
    const owner = part[k]?.text === 's' ? part[k - 1]?.text : part[k]?.text;
    // "tues/thurs during my sons kids class (they have a parents group)": the user trains while it runs
    return THEIRS.has(owner ?? '') && !part.slice(0, i).some((w) => DURING.has(w.text));
  });
const DURING: ReadonlySet<string> = new Set(['during', 'while', 'alongside']);
// "…kids class and just watch", "…kids class, i just watch"
const WATCH_JOINERS: ReadonlySet<string> = new Set(['and', ',']);
const CLASSES: ReadonlySet<string> = new Set(['class', 'classes', 'practice', 'lesson', 'lessons', 'training']);
const KINDS_OF_CLASS: ReadonlySet<string> = new Set(['kids', 'bjj', 'judo', 'wrestling', 'gi', 'nogi', 'little']);
const THEIRS: ReadonlySet<string> = new Set([
  ...['her', 'his', 'their', 'sons', 'son', 'daughters', 'daughter', 'kid', 'kids', 'boys', 'girls', 'wifes'],
]);

/** "they only run 4 a week": the gym runs its classes; the user runs at the part's start or after "i". */
const runsClasses = (part: readonly Token[], i: number): boolean =>
  RUN.has(part[i]?.text ?? '') && i > 0 && !RUNNER_LEADS.has(part[i - 1]?.text ?? '');
const RUN: ReadonlySet<string> = new Set(['run', 'runs']);
const RUNNER_LEADS: ReadonlySet<string> = new Set(['i', 'also', 'go', 'a', 'to', 'then', 'long', 'short', 'easy']);

/**
 * "2 before work", "after lifting": the other activity says when the session is; "once a week rn bc
 * wrestling season", "because of football", "during rugby season": why or while, not what is trained.
 */
const when = (part: readonly Token[], i: number): boolean => {
  const before = part[i - 1]?.text ?? '';
  return (
    WHEN.has(before) ||
    REASON.has(before) ||
    (before === 'of' && REASON.has(part[i - 2]?.text ?? '')) ||
    SEASON.has(part[i + 1]?.text ?? '')
  );
};
const WHEN: ReadonlySet<string> = new Set(['before', 'after']);
const REASON: ReadonlySet<string> = new Set(['because', 'bc', 'cause', 'cuz', 'coz', 'cos', 'bcz', 'during']);
const SEASON: ReadonlySet<string> = new Set(['season', 'seasons', 'szn']);

/** "i just watch", "i help with the kids class", "i coach it", "but i dont actually train then". */
const onlyWatches = (part: readonly Token[]): boolean =>
  part.some(
    (t, i) =>
      (WATCHING.has(t.text) && WATCH_LEADS.has(part[i - 1]?.text ?? '')) ||
      (HELPING.has(t.text) && HELP_OBJECTS.has(part[i + 1]?.text ?? '')) ||
      // "…and i also teach the kids class on saturdays" is split at "also": a part may open on the verb
      teachesAt(part, i) ||
      (i === 0 && TEACHING.has(t.text)) ||
      (NOT_DOING.has(t.text) && trainsNext(part, i + 1)),
  );
// "i dont actually train then" (not "never go mondays", a day skipped, which weekdays.ts reads)
const trainsNext = (part: readonly Token[], from: number): boolean => {
  let k = from;
  while (FILLERS.has(part[k]?.text ?? '')) k++;
  return TRAIN_VERBS.has(part[k]?.text ?? '') && THEN.has(part[k + 1]?.text ?? '');
};

const BJJ_WORDS: ReadonlySet<string> = new Set(['bjj', 'jiu', 'jitsu', 'jiujitsu', 'gi', 'nogi', 'grappling']);
const NONE: ReadonlySet<string> = new Set(['no', 'zero']);
// "gym" and "work" name where or when as often as what ("at my gym", "after work")
const ALSO_BJJ: ReadonlySet<string> = new Set(['gym', 'work', 'job']);
const RESTING: ReadonlySet<string> = new Set(['off', 'rest', 'recovery', 'descanso', 'folga']);
// "sunday is family day", "saturday is date night"
const DAY_KINDS: ReadonlySet<string> = new Set(['family', 'date', 'lazy', 'free', 'chill']);
const WATCHING: ReadonlySet<string> = new Set(['watch', 'watching', 'spectate']);
const WATCH_LEADS: ReadonlySet<string> = new Set(['i', 'just', 'only', 'and', 'm']);
const HELPING: ReadonlySet<string> = new Set(['help', 'helping', 'assist', 'assisting']);
const HELP_OBJECTS: ReadonlySet<string> = new Set(['with', 'out', 'coach', 'teach', 'run', 'at']);
const NOT_DOING: ReadonlySet<string> = new Set(["don't", 'dont', "doesn't", 'never', 'not']);
const TRAIN_VERBS: ReadonlySet<string> = new Set(['train', 'training', 'roll', 'rolling', 'join', 'go']);
const FILLERS: ReadonlySet<string> = new Set(['actually', 'really', 'even']);
const THEN: ReadonlySet<string> = new Set(['then', 'there', 'that', 'those', 'in']);
