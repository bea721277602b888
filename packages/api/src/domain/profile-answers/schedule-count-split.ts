// "twice gi twice nogi", "2 gi classes 1 nogi": counts of kinds of class said one straight after
// another, with no comma or "and" between them, are parts of the timetable each, as if listed; so are
// counts each told with their day ("2 classes tuesday 2 classes thursday 1 saturday").

import { readNumber } from './numbers';
import type { Token } from './text';
import { SESSION_KINDS } from './session-kind-words';
import { SCHEDULE_SESSIONS } from './schedule-words';
import type { Part } from './schedule-parts';
import { dayAt } from './schedule-days';

/** Where a count of a kind of class at `i` ("twice gi", "2 nogi") ends, else -1. */
function countOfKindEnd(tokens: readonly Token[], i: number): number {
  // "1-2 nogi", "2 to 3 gi": the far end of a range is no count of its own
  if (RANGE_MARKS.has(tokens[i - 1]?.text ?? '')) return -1;
  const number = readNumber(tokens, i);
  return number && SESSION_KINDS.has(tokens[number.end]?.text ?? '') ? number.end : -1;
}
const RANGE_MARKS: ReadonlySet<string> = new Set(['-', 'to', 'or', '/']);

/** Where a count of classes or of a day's sessions at `i` ("2 classes", "1 saturday") ends, else -1. */
function countOfDayEnd(tokens: readonly Token[], i: number): number {
  if (RANGE_MARKS.has(tokens[i - 1]?.text ?? '')) return -1;
  const number = readNumber(tokens, i);
  if (!number || number.isTimes) return -1;
  const next = tokens[number.end]?.text ?? '';
  return SCHEDULE_SESSIONS.has(next) || SESSION_KINDS.has(next) || dayAt(tokens, number.end) ? number.end : -1;
}

/** Only class words then days stand between two counts: "2 classes tuesday | 2 classes thursday". */
const onlyItsDays = (between: readonly Token[]): boolean => {
  const firstDay = between.findIndex((_, k) => dayAt(between, k));
  return (
    firstDay >= 0 &&
    between.every((t, k) =>
      k < firstDay
        ? SESSION_KINDS.has(t.text) || SCHEDULE_SESSIONS.has(t.text)
        : dayAt(between, k) || DAY_ANDS.has(t.text),
    )
  );
};
const DAY_ANDS: ReadonlySet<string> = new Set(['and', '&', '/']);

/** The part cut before each count of a kind that follows another's class words straight on. */
export function splitAtCounts(part: Part): Part[] {
  const { tokens } = part;
  const cuts: number[] = [];
  let previousEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const ofKind = countOfKindEnd(tokens, i);
    const end = ofKind >= 0 ? ofKind : countOfDayEnd(tokens, i);
    if (end < 0) continue;
    // only the class words of the count before stand between: "2 gi classes | 1 nogi"
    const between = previousEnd < 0 ? [] : tokens.slice(previousEnd, i);
    const classWordsOnly = between.every((t) => SESSION_KINDS.has(t.text) || SCHEDULE_SESSIONS.has(t.text));
    // "2 nogi | 1 om": a count of sessions after a count of a kind cuts as a kind's count does
    const ofSessions = ofKind >= 0 || SCHEDULE_SESSIONS.has(tokens[end]?.text ?? '');
    if (previousEnd >= 0 && ((ofSessions && classWordsOnly) || onlyItsDays(between))) cuts.push(i);
    previousEnd = end;
    i = end - 1;
  }
  if (cuts.length === 0) return [part];
  const bounds = [0, ...cuts, tokens.length];
  // the later counts are added to the first, as after a "+"
  return bounds.slice(1).map((end, k) => ({
    tokens: tokens.slice(bounds[k], end),
    sign: part.sign,
    joiner: k === 0 ? part.joiner : '+',
  }));
}
