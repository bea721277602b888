// Step 3 of topic extraction, the other half of intent: what a message names without asking it — the
// moment an attack is asked for ("when someone shoots on me"), what the user already does well or
// says is fine, and how a story ends ("til they pass").
import { isAttire } from '../../data/canonical-topics';
import { type Unit, isTopic, rawOf as wordOf } from './match';
import { type Token } from './tokenize';
import { SUBJECT_OPPONENTS } from './done-to-user';
import { family, pickedBesideOthers, previousIndex } from './unit-words';
import { isOwnTechnique } from './intent-targets';

/**
 * "how do I hit a guillotine when someone shoots a takedown on me": what the opponent does in a
 * "when …" clause is the moment the user's attack is asked for, not a second question; so is the
 * risk the attack is to avoid ("a double leg that doesn't get me guillotined"): the units defended
 * there, or the user's own attack the opponent stops there, when the message asks an attack outside
 * the clause.
 */
export function momentUnits(
  units: readonly Unit[],
  defended: ReadonlySet<number>,
  ruledOut: ReadonlySet<number>,
): Set<number> {
  const inMoment = new Set<number>();
  // a topic also named outside the clause ("passing half guard when they get a knee shield in") is asked there
  const outside = new Set(units.flatMap((u, i) => (isTopic(u) && !inMomentClause(units, i) ? u.topics : [])));
  units.forEach((u, i) => {
    if (!isTopic(u) || !inMomentClause(units, i) || u.topics.some((t) => outside.has(t))) return;
    // "wristlocks for when they defend my collar choke": the user's own attack being stopped is the moment too
    // and what the attack must not leave open: "passing … nothing that leaves my legs out there for leglocks"
    if (defended.has(i) || (isOwnTechnique(units, i) && inOpponentsWhenClause(units, i)) || leftOpenTo(units, i))
      inMoment.add(i);
  });
  if (!inMoment.size) return inMoment;
  const attackOutside = units.some(
    (u, i) =>
      isTopic(u) &&
      family(u) === 'technique' &&
      !defended.has(i) &&
      !ruledOut.has(i) &&
      !inMoment.has(i) &&
      !inMomentClause(units, i),
  );
  return attackOutside ? inMoment : new Set();
}

/**
 * "i get the back fine but he tucks his chin", "i hit the sweep easily, then…": what the user says
 * they already do well is where the question starts, not the question.
 */
export function alreadyDoneUnits(units: readonly Unit[], tokens: readonly Token[]): Set<number> {
  const done = new Set<number>();
  const isUser = (u: Unit | undefined): boolean => wordOf(u) === 'i' || wordOf(u) === 'can';
  units.forEach((u, i) => {
    const next = wordOf(units[i + 1]) ?? '';
    const doingWell =
      DOING_WELL.has(next) || OFTEN.some((words) => words.every((w, k) => wordOf(units[i + 1 + k]) === w));
    if (!isTopic(u) || !doingWell || (next === 'no' && wordOf(units[i + 2]) !== 'problem')) return;
    // the verb is part of the name ("get the back") or just before it ("hit the sweep")
    // "i can get to deep half": the verb may take "to"/"into" before the place
    let before = previousIndex(units, i);
    if (wordOf(units[before]) === 'to' || wordOf(units[before]) === 'into') before--;
    if (
      USERS_DOING.has(tokens[u.start]?.raw ?? '')
        ? isUser(units[i - 1])
        : USERS_DOING.has(wordOf(units[before]) ?? '') && isUser(units[before - 1])
    )
      done.add(i);
  });
  return done;
}
/**
 * "I know juji gatame already", "i already know the armbar", "he knows the heel hook already", "i know
 * how to sprawl", "leg locks i already know": known, so not asked beside something else ("i dont know
 * how to sprawl" asks it).
 */
export const knownAlreadyUnits = (units: readonly Unit[]): Set<number> =>
  new Set(units.flatMap((_, i) => (knownAlready(units, i) ? [i] : [])));
function knownAlready(units: readonly Unit[], i: number): boolean {
  if (!isTopic(units[i])) return false;
  // said first: "leg locks i already know", "leg locks i know already"
  const after = [1, 2, 3].map((n) => wordOf(units[i + n]) ?? '');
  if (
    after[0] === 'i' &&
    (after[1] === 'already' ? KNOWING.has(after[2]!) : KNOWING.has(after[1]!) && after[2] === 'already')
  )
    return true;
  if (knownButSaid(units, i)) return true;
  const k = previousIndex(units, i);
  if (wordOf(units[k]) === 'to' && wordOf(units[k - 1]) === 'how')
    return KNOWING.has(wordOf(units[k - 2]) ?? '') && wordOf(units[k - 3]) === 'i';
  if (!KNOWING.has(wordOf(units[k]) ?? '')) return false;
  const said = wordOf(units[k - 1]) === 'already' ? k - 2 : k - 1;
  const already = wordOf(units[k - 1]) === 'already' || wordOf(units[i + 1]) === 'already';
  return already && KNOWERS.has(wordOf(units[said]) ?? '');
}
const KNOWING: ReadonlySet<string> = new Set(['know', 'knew', 'knows']);
/**
 * "i know the basic rnc defence but idk how to get out": the basic form known, set against what is
 * asked next ("i know the armbar but how do i finish it" still asks it).
 */
function knownButSaid(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  if (!BASIC.has(wordOf(units[j]) ?? '')) return false;
  while (KNOWN_AS.has(wordOf(units[j]) ?? '') || BASIC.has(wordOf(units[j]) ?? '')) j--;
  if (!KNOWING.has(wordOf(units[j]) ?? '') || !KNOWERS.has(wordOf(units[j - 1]) ?? '')) return false;
  const k = units[i + 1]?.kind === 'defending' ? i + 2 : i + 1;
  return wordOf(units[k]) === 'but' || (units[k]?.kind === 'break' && wordOf(units[k + 1]) === 'but');
}
const KNOWN_AS: ReadonlySet<string> = new Set(['the', 'a']);
const BASIC: ReadonlySet<string> = new Set(['basic', 'standard', 'usual', 'normal', 'regular']);
// (a student or child the question is relayed for: "he knows the heel hook already")
const KNOWERS: ReadonlySet<string> = new Set(['i', 'he', 'she']);
/**
 * "i escape mount fine, side control is the problem", "his son gets out of mount just fine": the
 * escape said to go well is not asked beside something else (the place may still be).
 */
export const escapedFineUnits = (units: readonly Unit[]): Set<number> =>
  new Set(
    units.flatMap((u, i) => {
      if (!isTopic(u) || units[previousIndex(units, i)]?.kind !== 'defending') return [];
      const k = HEDGES.has(wordOf(units[i + 1]) ?? '') ? i + 2 : i + 1;
      return ESCAPED_WELL.has(wordOf(units[k]) ?? '') ? [i] : [];
    }),
  );
const HEDGES: ReadonlySet<string> = new Set(['just', 'pretty', 'really', 'mostly']);
const ESCAPED_WELL: ReadonlySet<string> = new Set(['fine', 'easily', 'ok', 'okay', 'alright']);
/** "my throws are fine but…", "takedowns are solid": what is said to be fine is not what is asked. */
export function saidFineUnits(units: readonly Unit[]): Set<number> {
  const fine = new Set<number>();
  units.forEach((u, i) => {
    if (isTopic(u) && saidToBeFine(units, i)) fine.add(i);
    // "he says he can sweep fine once the hooks stay in", "i can hit armbars fine": done fine already
    const can = USERS_DOING.has(wordOf(units[i - 1]) ?? '') ? i - 2 : i - 1;
    if (isTopic(u) && (wordOf(units[i + 1]) ?? '') === 'fine' && CAN.has(wordOf(units[can]) ?? '')) fine.add(i);
    // "standing i'm fine, but …": the user fine there
    if (
      isTopic(u) &&
      USER_IS.has(wordOf(units[i + 1]) ?? '') &&
      SAID_FINE.has(wordOf(units[i + 2]) ?? '') &&
      (units[i + 3] === undefined || units[i + 3]?.kind === 'break' || wordOf(units[i + 3]) === 'but')
    )
      fine.add(i);
  });
  return fine;
}
const DOING_WELL: ReadonlySet<string> = new Set([
  'fine',
  'easily',
  'easy',
  'ok',
  'okay',
  'alright',
  'consistently',
  'no',
]);
const USERS_DOING: ReadonlySet<string> = new Set(['get', 'hit', 'take', 'land', 'reach', 'do']);
const BEING: ReadonlySet<string> = new Set(['are', 'is', 'r', 'were']);
const USER_IS: ReadonlySet<string> = new Set(['im', 'iam']);
const CAN: ReadonlySet<string> = new Set(['can', 'could']);
const SAID_FINE: ReadonlySet<string> = new Set(['fine', 'ok', 'okay', 'alright', 'solid']);
/**
 * "my throws are fine", "uchimata w gi grips is fine": said to be fine, a few words on in its clause
 * (not past another name but an attire: "in the gi my spider guard is ok"; nor of a part of it: "slx
 * entries are fine but i lose the position" keeps the position asked).
 */
function saidToBeFine(units: readonly Unit[], i: number): boolean {
  for (let j = i + 1; j <= i + FINE_REACH && units[j] && units[j]?.kind !== 'break'; j++) {
    const u = units[j];
    if (BEING.has(wordOf(u) ?? '')) return SAID_FINE.has(wordOf(units[j + 1]) ?? '');
    if ((isTopic(u) && !u.topics.every(isAttire)) || PARTS.has(wordOf(u) ?? '')) return false;
  }
  return false;
}
const FINE_REACH = 4;
const PARTS: ReadonlySet<string> = new Set(['entries', 'entry', 'setups', 'setup', 'entrys']);
// "i get the back a ton", "i hit it all the time": done often is done well enough
const OFTEN: readonly (readonly string[])[] = [
  ['a', 'ton'],
  ['a', 'lot'],
  ['all', 'the', 'time'],
  ['every', 'time'],
  ['every', 'round'],
  ['every', 'roll'],
  ['constantly'],
];

const inMomentClause = (units: readonly Unit[], i: number): boolean =>
  inOpponentsWhenClause(units, i) ||
  inRiskClause(units, i) ||
  afterUsersOwnMove(units, i) ||
  leftOpenTo(units, i) ||
  describesTheOpponent(units, i);

/** "how do i pass these flexible guys who … triangle me from everywhere": who the opponents are. */
function describesTheOpponent(units: readonly Unit[], i: number): boolean {
  const who = clauseWordBefore(units, i, WHO);
  return who >= 0 && OPPONENT_GROUPS.has(wordOf(units[who - 1]) ?? '');
}
const WHO: ReadonlySet<string> = new Set(['who']);
const OPPONENT_GROUPS: ReadonlySet<string> = new Set([
  'guys',
  'people',
  'ppl',
  'dudes',
  'ones',
  'opponents',
  'players',
  'partners',
]);

/** "a darce after i sprawl": the user's own move just before it is when the attack asked comes. */
function afterUsersOwnMove(units: readonly Unit[], i: number): boolean {
  const j = previousIndex(units, i);
  return wordOf(units[j]) === 'i' && AFTER_WORDS.has(wordOf(units[j - 1]) ?? '');
}
const AFTER_WORDS: ReadonlySet<string> = new Set(['after', 'once', 'when', 'whenever']);

/** The unit follows "without" or "that doesn't get me" closely: what the attack asked should not lead to. */
function inRiskClause(units: readonly Unit[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - RISK_REACH); j--) {
    // "get me", and the risks listed before it: "without getting swept or sucked into leg locks"
    if (units[j]?.kind === 'receiving' || isTopic(units[j])) continue;
    const word = wordOf(units[j]);
    if (units[j]?.kind === 'break' || word === undefined) return false;
    if (RISK_WORDS.has(word)) return true;
  }
  return false;
}
const RISK_REACH = 6;

/** "nothing that leaves my legs out there for leglocks", "without feeding my legs to heel hooks". */
function leftOpenTo(units: readonly Unit[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - RISK_REACH); j--) {
    const word = wordOf(units[j]);
    if (units[j]?.kind === 'break') return false;
    if (LEAVING_OPEN.has(word ?? '')) return true;
  }
  return false;
}
const LEAVING_OPEN: ReadonlySet<string> = new Set([
  'leaves',
  'leave',
  'leaving',
  'exposes',
  'expose',
  'feeding',
  'feed',
]);
const RISK_WORDS: ReadonlySet<string> = new Set(['without', 'doesnt', 'dont', 'wont']);

/** The unit sits after "when/whenever/once/if" + the opponent as subject, in the same sentence part. */
function inOpponentsWhenClause(units: readonly Unit[], i: number): boolean {
  const when = clauseWordBefore(units, i, WHEN_WORDS);
  const next = wordOf(units[when + 1]) ?? '';
  return when >= 0 && (SUBJECT_OPPONENTS.has(next) || OPPONENT_NOUNS.has(next));
}

/** Where the nearest of `words` stands before unit `i` in its sentence part, or -1. */
function clauseWordBefore(units: readonly Unit[], i: number, words: ReadonlySet<string>): number {
  for (let j = i - 1; j >= 0 && units[j]?.kind !== 'break'; j--) if (words.has(wordOf(units[j]) ?? '')) return j;
  return -1;
}
const WHEN_WORDS: ReadonlySet<string> = new Set(['when', 'whenever', 'once', 'if', 'as']);

/**
 * "i just hang out under there til they pass": how a story ends, not what is asked; the units in
 * such a clause, when the message names something outside it.
 */
export function outcomeUnits(units: readonly Unit[]): Set<number> {
  const inClause = (i: number): boolean => {
    const until = clauseWordBefore(units, i, UNTIL_WORDS);
    return until >= 0 && SUBJECT_OPPONENTS.has(wordOf(units[until + 1]) ?? '');
  };
  return pickedBesideOthers(units, (_, i) => inClause(i));
}
const UNTIL_WORDS: ReadonlySet<string> = new Set(['til', 'till', 'until', 'untill']);
const OPPONENT_NOUNS: ReadonlySet<string> = new Set([
  'someone',
  'somebody',
  'he',
  'she',
  'guys',
  'opponent',
  'partner',
]);
