// The days an answer names, for the timetable reading: "mon/wed/fri", "m/w/f", "seg, qua e sex",
// "mon through thurs" (a range spans the days between).

import type { Token } from './text';
import { DAY_ABBREVIATIONS, WEEKDAYS, WEEKDAY_RANGE } from './weekday-words';
import { TO_IS_AND } from './world-words';
import { SESSION_KINDS } from './session-kind-words';
import { EVERY } from './frequency-words';

export const dayAt = (tokens: readonly Token[], i: number): readonly number[] | undefined => {
  const text = tokens[i]?.text ?? '';
  const named = WEEKDAYS.get(text);
  if (named) return named;
  // single letters are days only in a slashed or comma run: "m/w/f"; "…, qua e sex" ends one with "and"
  const abbreviated = DAY_ABBREVIATIONS.get(text);
  const [before, after] = [tokens[i - 1]?.text ?? '', tokens[i + 1]?.text ?? ''];
  const closesRun =
    RUN_ENDS.has(before) && DAY_ABBREVIATIONS.has(tokens[i - 2]?.text ?? '') && tokens[i - 3]?.text === ',';
  const joined =
    ['/', ','].includes(before) ||
    ['/', ','].includes(after) ||
    closesRun ||
    spacedRun(tokens, i) ||
    besideKind(tokens, i) ||
    lettersRange(tokens, i) ||
    spacedLetters(tokens, i);
  return abbreviated && joined && !slashWith(tokens, i) ? abbreviated : undefined;
};

/** "open mat w/ my boy", "w/o": a letter and slash opening no run of days is "with", not a day. */
const slashWith = (tokens: readonly Token[], i: number): boolean => {
  const [before, after, next] = [tokens[i - 1]?.text ?? '', tokens[i + 1]?.text ?? '', tokens[i + 2]?.text ?? ''];
  return (
    after === '/' &&
    !['/', ','].includes(before) &&
    !DAY_ABBREVIATIONS.has(next) &&
    !WEEKDAYS.has(next) &&
    !WEEKDAYS.has(before)
  );
};

/** "seg qua sex", "ter e qui", "mar y jue": a short name of three letters or more beside another day. */
const spacedRun = (tokens: readonly Token[], i: number): boolean => {
  const short = (k: number): boolean =>
    (tokens[k]?.text.length ?? 0) >= MIN_SPACED && DAY_ABBREVIATIONS.has(tokens[k]?.text ?? '');
  const day = (k: number): boolean => short(k) || WEEKDAYS.has(tokens[k]?.text ?? '');
  // "seg a sex", "lun-vie": a range joins them too
  const joins = (k: number): boolean => RUN_ENDS.has(tokens[k]?.text ?? '') || WEEKDAY_RANGE.has(tokens[k]?.text ?? '');
  const before = joins(i - 1) ? i - 2 : i - 1;
  const after = joins(i + 1) ? i + 2 : i + 1;
  return short(i) && (day(before) || day(after));
};
const MIN_SPACED = 3;

/** "m t w th": three or more day letters in a row, spaced, are days. */
const spacedLetters = (tokens: readonly Token[], i: number): boolean => {
  const letter = (k: number): boolean => DAY_ABBREVIATIONS.has(tokens[k]?.text ?? '');
  // ("t th nogi": two, when the class trained follows them)
  const kind = (k: number): boolean =>
    SESSION_KINDS.has(tokens[k]?.text ?? '') || DAY_SESSIONS.has(tokens[k]?.text ?? '');
  return (
    letter(i) &&
    ((letter(i - 2) && letter(i - 1)) ||
      (letter(i - 1) && letter(i + 1)) ||
      (letter(i + 1) && letter(i + 2)) ||
      (letter(i - 1) && kind(i + 1)) ||
      (letter(i + 1) && kind(i + 2)) ||
      // ("nogi m w, gi t th": or when it comes before them)
      (kind(i - 1) && letter(i + 1)) ||
      (kind(i - 2) && letter(i - 1)))
  );
};

/** "m-f", "m-th": single letters at both ends of a hyphen are a range of days. */
const lettersRange = (tokens: readonly Token[], i: number): boolean =>
  (tokens[i - 1]?.text === '-' && DAY_ABBREVIATIONS.has(tokens[i - 2]?.text ?? '')) ||
  (tokens[i + 1]?.text === '-' && DAY_ABBREVIATIONS.has(tokens[i + 2]?.text ?? ''));

/** "ter nogi", "nogi qui", "openmat sáb": a short name of three letters or more beside the session trained that day. */
const besideKind = (tokens: readonly Token[], i: number): boolean =>
  (tokens[i]?.text.length ?? 0) >= MIN_SPACED &&
  [tokens[i - 1]?.text ?? '', tokens[i + 1]?.text ?? ''].some((w) => SESSION_KINDS.has(w) || DAY_SESSIONS.has(w));
const DAY_SESSIONS: ReadonlySet<string> = new Set(['openmat', 'om', 'treino', 'aula', 'clase', 'kimono']);

// (Polish "i": "pon, śr i pt")
const RUN_ENDS: ReadonlySet<string> = new Set(['and', '&', 'e', 'y', 'i']);

/** "mon through thurs", "tue-fri": a range word between two days. */
export const isDayRange = (tokens: readonly Token[], i: number): boolean =>
  WEEKDAY_RANGE.has(tokens[i]?.text ?? '') &&
  !(tokens[i]?.text === 'to' && TO_IS_AND.has(tokens[i - 1]?.text ?? '')) &&
  !hyphenList(tokens, i) &&
  dayAt(tokens, i - 1) !== undefined &&
  dayAt(tokens, i + 1) !== undefined;

/** "m-w-f": three days or more joined by hyphens list them; a range has two ends. */
export const hyphenList = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.text === '-' &&
  ((tokens[i + 2]?.text === '-' && dayAt(tokens, i + 3) !== undefined) ||
    (tokens[i - 2]?.text === '-' && dayAt(tokens, i - 3) !== undefined));

/** The days a range ending at day `i` spans ("mon through thurs" → mon…thu), else the day alone. */
export function daysTo(tokens: readonly Token[], i: number, day: readonly number[]): readonly number[] {
  const from = isDayRange(tokens, i - 1) ? dayAt(tokens, i - 2)?.at(-1) : undefined;
  const to = day[0];
  if (from === undefined || to === undefined) return day;
  return [...daysFrom(from, to), ...day];
}

/** The days from `from` up to `to` (not included), on over the week's end: "sun thru thurs" → sun…wed. */
export function daysFrom(from: number, to: number): number[] {
  const span: number[] = [];
  for (let d = from; d !== to; d = (d + 1) % 7) span.push(d);
  return span;
}

/** Days named by single letters alone ("m/w/f"): read only when nothing else in the answer is. */
export function abbreviatedDays(tokens: readonly Token[]): number | null {
  const days = new Set<number>();
  tokens.forEach((_, i) => {
    const day = DAY_ABBREVIATIONS.has(tokens[i]?.text ?? '') ? dayAt(tokens, i) : undefined;
    if (day) for (const d of daysTo(tokens, i, day)) days.add(d);
  });
  return days.size >= 2 ? days.size : null;
}

/** "all week", "every day", "everyday", "daily": a word that names each day of the week. */
export const wholeWeekAt = (tokens: readonly Token[], i: number): boolean => {
  const [text, before] = [tokens[i]?.text ?? '', tokens[i - 1]?.text ?? ''];
  return (text === 'week' && before === 'all') || (text === 'day' && EVERY.has(before)) || EACH_DAY.has(text);
};
const EACH_DAY: ReadonlySet<string> = new Set(['everyday', 'daily']);
