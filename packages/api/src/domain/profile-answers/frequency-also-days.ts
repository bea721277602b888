// training_frequency: a weekly day said to be added to a count: "nogi 3x a week and i also jump in the
// gi class on saturdays" → 4, "3 times in the gi and from this month i also add the nogi on friday" → 4,
// "2x por semana y ahora agrego el open mat del sabado" → 3. Not another activity ("also lift on
// mondays"), and a day said once ("also on friday") only when added: "add", "agrego", "acrescentei".

import type { Token } from './text';
import { OTHER_ARTS } from './others';
import { EVERY, TEACHING } from './frequency-words';
import { OTHER_ACTIVITIES, OTHER_SPORTS } from './sport-words';
import { STRENGTH, type Rate } from './frequency-readings';
import { SESSION_KINDS } from './session-kind-words';

/** Words that say a day is no training of the user's: taught, watched or rested. */
export const NOT_TRAINING: ReadonlySet<string> = new Set([...TEACHING, 'watch', 'rest', 'off']);

/** Whether the one weekly day `b`, after the count `a`, is said to be added to it. */
export function alsoOnDays(tokens: readonly Token[], a: Rate, b: Rate): boolean {
  if (a.strength !== STRENGTH.stated || b.strength !== STRENGTH.weekdays || b.perWeek !== 1) return false;
  const between = tokens.slice(a.end, b.start).map((t) => t.text);
  const added = between.findLastIndex((w) => ALSO.has(w) || ADDING_VERBS.has(w));
  // "add the nogi on friday": what is added is added every week, even on a day said once
  const weekly =
    WEEKLY_DAY.test(tokens[b.start]?.text ?? '') ||
    EVERY.has(tokens[b.start - 1]?.text ?? '') ||
    between.some((w) => ADDING_VERBS.has(w)) ||
    theDaysClass(tokens, b);
  // the count may be told at length first, when the adding is said right before the day
  const near = between.length <= MAX_ALSO_WORDS || between.length - added <= MAX_ADDED_REACH;
  return (
    weekly &&
    added >= 0 &&
    near &&
    !between.some((w) => OTHER_ACTIVITIES.has(w) || OTHER_SPORTS.has(w) || OTHER_ARTS.has(w) || NOT_TRAINING.has(w))
  );
}

/** "also do the friday morning class": the class a day has is held every week. */
function theDaysClass(tokens: readonly Token[], b: Rate): boolean {
  if (tokens[b.start - 1]?.text !== 'the') return false;
  let k = b.end;
  while (SESSION_KINDS.has(tokens[k]?.text ?? '') && k < b.end + MAX_KIND_WORDS) k += 1;
  return CLASSES.has(tokens[k]?.text ?? '');
}
const MAX_KIND_WORDS = 3;
const CLASSES: ReadonlySet<string> = new Set(['class', 'session', 'open', 'mat', 'one']);

// "saturdays", "sundays": a day every week (not "weekends", already two days)
const WEEKLY_DAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days$/;
const MAX_ALSO_WORDS = 10;
const MAX_ADDED_REACH = 6;
const ALSO: ReadonlySet<string> = new Set(['also', 'plus', 'tambem', 'tambien']);
// "i add", "i've added", "agrego", "acrescentei", "j'ajoute", "aggiungo"
const ADDING_VERBS: ReadonlySet<string> = new Set([
  ...['add', 'adds', 'added', 'adding'],
  ...['agrego', 'agregue', 'anado', 'anadi'],
  ...['adiciono', 'adicionei', 'acrescento', 'acrescentei'],
  ...['ajoute', 'aggiungo', 'aggiunto'],
]);
