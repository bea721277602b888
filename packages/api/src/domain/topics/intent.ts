// Step 3 of topic extraction: intent. Defensive words ("escape", "stop", "getting passed", "… me")
// mark the topic they refer to, which then gets its intent id (`T_defense` / `P_escape`) beside it.
import {
  type TopicId,
  defenseTopicOf,
  escapeTopicOf,
  isAttire,
  isPosition,
  isTechnique,
} from '../../data/canonical-topics';
import {
  type BaseTopic,
  DESTINATION_WORDS,
  LIMB_KEEPING_VERBS,
  LIST_WORDS,
  OPPONENT_WORDS,
  ORIGIN_WORDS,
} from '../../data/topic-aliases';
import { type TopicUnit, type Unit, endsSentence, isTopic, rawOf as wordOf } from './match';
import { type Token } from './tokenize';
import { isACounterFor } from './counter-for';
import { isUsersOwnAct } from './users-own-act';
import { endsClause, family, fillerWords, GUARD_POSITIONS, previousIndex } from './unit-words';
import { isAimedAtUser, isPassive, opponentDoesIt } from './done-to-user';
import {
  FLATTENING,
  isHeldFromTop,
  isPlayedFromBottom,
  isStuckWord,
  isUnder,
  saysUserIsIn,
  stuckOffTheMat,
} from './users-place';
import { asksSameAsBefore, followUps, pinsTheEscapesMean } from './asked-before';
import { placesPointedAt } from './places-pointed-at';
import {
  canBeTarget,
  canTakeIntent,
  headOfCompound,
  isOwnTechnique,
  isOwnTechniquesPlace,
  takesNoIntent,
} from './intent-targets';
import { isDefendedAgainstUser, opponentsAttackAfter, stopsTheOpponent } from './opponent-stopped';
import { GET_FORMS } from '../get-forms';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const listWords = set(LIST_WORDS);
const destinationWords = set(DESTINATION_WORDS);
const originWords = set(ORIGIN_WORDS);
const opponentWords = set(OPPONENT_WORDS);

/** "escape side control to half guard": half guard is where you go, not what you escape. */
const isDestination = (units: readonly Unit[], i: number): boolean => {
  const to = previousIndex(units, i);
  // "he kept getting to mount and i couldnt get out": reached by the opponent, then escaped
  return destinationWords.has(wordOf(units[to]) ?? '') && !REACHING.has(wordOf(units[to - 1]) ?? '');
};
const REACHING: ReadonlySet<string> = new Set(GET_FORMS);

/**
 * "when they defend", "stop people from escaping": the opponent is the subject of this defensive
 * word; "how do people escape it" asks how anyone does.
 */
function opponentIsSubject(units: readonly Unit[], i: number): boolean {
  // "when they grab their own shorts to defend": an infinitive of purpose reaches back to its subject
  const infinitive = wordOf(units[i - 1]) === 'to';
  let reach = infinitive ? PURPOSE_REACH : 3;
  if (infinitive && wordOf(units[i - 2]) === 'how') {
    // "she asked how to escape mount", "he wants to know how to escape": the asker's own escape
    if (asksHow(units, i - 3)) return false;
    // "everyone at my gym knows how to shut it down": past the know-how to its subject
    if (KNOWING.has(wordOf(units[i - 3]) ?? '')) reach += 2;
  }
  for (let j = i - 1; j >= Math.max(0, i - reach); j--) {
    const u = units[j];
    if (u?.kind !== 'word' || USER_SUBJECTS.has(u.raw)) return false;
    // ("a fun way to teach them to escape mount": the ones the user teaches)
    if (opponentWords.has(u.raw) && TEACHING.has(wordOf(units[j - 1]) ?? '')) return false;
    // "the best way for an older guy to escape side control": the one the advice is for
    if (opponentWords.has(u.raw) && infinitive && j === i - 2 && [1, 2, 3].some((k) => wordOf(units[j - k]) === 'for'))
      return false;
    if (opponentWords.has(u.raw) || isTheGuy(units, j)) return !asksHowAnyoneDoes(units, j);
    // "they stack me and pull out": a second verb of the same subject
    if (u.raw === 'and' && j === i - 1) reach = COORDINATED_REACH;
  }
  return false;
}
const USER_SUBJECTS: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'we']);
const TEACHING: ReadonlySet<string> = new Set(['teach', 'teaching', 'show', 'showing', 'help', 'helping']);
/** Portuguese "o cara" (the guy; "cara" alone is also a face, and Indonesian for "way"). */
const isTheGuy = (units: readonly Unit[], j: number): boolean =>
  GUY.has(wordOf(units[j]) ?? '') && GUY_ARTICLES.has(wordOf(units[j - 1]) ?? '');
const GUY: ReadonlySet<string> = new Set(['cara', 'caras']);
const GUY_ARTICLES: ReadonlySet<string> = new Set(['o', 'os', 'um', 'esse', 'aquele', 'el', 'ese']);
const COORDINATED_REACH = 5;
const asksHowAnyoneDoes = (units: readonly Unit[], j: number): boolean =>
  ['do', 'does', 'would', 'should', 'can'].includes(wordOf(units[j - 1]) ?? '') && wordOf(units[j - 2]) === 'how';

/** "get the head n arm trapped": a limb before a word of being held that is not the user's own ("my arm trapped"). */
const opponentsLimb = (tokens: readonly Token[], at: number): boolean => {
  // "their wrist is pinned": past the verb that links the limb to what happens to it
  const k = LIMB_LINKS.has(tokens[at - 1]?.raw ?? '') ? at - 1 : at;
  return LIMBS.has(tokens[k - 1]?.raw ?? '') && tokens[k - 2]?.raw !== 'my' && tokens[k - 3]?.raw !== 'my';
};
const LIMB_LINKS: ReadonlySet<string> = new Set(['is', 'are', 'gets', 'got']);
const LIMBS: ReadonlySet<string> = new Set([
  'wrist',
  'wrists',
  'arm',
  'arms',
  'head',
  'leg',
  'legs',
  'hand',
  'hands',
  'elbow',
  'foot',
  'feet',
]);

/** "without getting stuck", "without being caught", "instead of ending up in": a worry, not a defence. */
function afterWithout(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  if (['getting', 'being', 'get'].includes(wordOf(units[j]) ?? '')) j--;
  // "get behind them instead of ending up in a scramble" is the same worry
  return wordOf(units[j]) === 'without' || (wordOf(units[j]) === 'of' && wordOf(units[j - 1]) === 'instead');
}

const saidOfUsersOwn = (units: readonly Unit[], i: number): boolean => {
  let j = i - 1;
  while (HABITUAL.has(wordOf(units[j]) ?? '')) j--;
  // ("the kimono keeps slipping out of my hand": the user's grip on the cloth, no escape)
  const u = units[j];
  // ("rafa keeps slipping out of mine": said after it too)
  const after = wordOf(units[i + 1]) === 'of' ? i + 2 : i + 1;
  return (
    wordOf(u) === 'mine' ||
    wordOf(units[after]) === 'mine' ||
    GRIPPED.has(wordOf(u) ?? '') ||
    (isTopic(u) && u.topics.every(isAttire))
  );
};
const GRIPPED: ReadonlySet<string> = new Set([
  'grip',
  'grips',
  'collar',
  'lapel',
  'sleeve',
  'sleeves',
  'pants',
  'belt',
]);
const PURPOSE_REACH = 6;
const SUBJECT_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'keeps', 'been', 'was']);

/**
 * The clause before unit `i` opens with a technique said as the user's act, the subject of the verb
 * right before it: "passing half guard is killing me" (not "passing … without getting swept or sucked
 * into leg locks").
 */
function actOpensClause(units: readonly Unit[], tokens: readonly Token[], i: number): boolean {
  if (!SUBJECT_VERBS.has(wordOf(units[i - 1]) ?? '')) return false;
  let start = i - 1;
  while (start > 0 && units[start - 1]?.kind !== 'break') start--;
  const first = units[start];
  return isTopic(first) && (tokens[first.start]?.raw ?? '').endsWith('ing');
}
const KNOWING: ReadonlySet<string> = new Set(['know', 'knows', 'knew', 'learned', 'learnt', 'figured']);
const ASKING_HOW: ReadonlySet<string> = new Set(['asked', 'asks', 'ask', 'asking', 'wondering', 'wondered', 'wonders']);
/** "asked how …", "wants to know how …": someone asking the way, not doing it. */
const asksHow = (units: readonly Unit[], j: number): boolean =>
  ASKING_HOW.has(wordOf(units[j]) ?? '') || (wordOf(units[j]) === 'know' && wordOf(units[j - 1]) === 'to');
const THEY_ARE: ReadonlySet<string> = new Set(['theyre', 'hes', 'shes', 'theyve']);
const OPPONENTS: ReadonlySet<string> = new Set(['their', 'his', 'her', 'opponents']);
const FACING: ReadonlySet<string> = new Set(['vs', 'versus', 'against']);
const HABITUAL: ReadonlySet<string> = new Set(['keep', 'keeps', 'always', 'just', 'still', 'all']);

/**
 * Which topic a defensive word at `i` is about:
 * right after a topic ("armbar escapes") → that topic; else the first topic after it in its clause
 * ("how to escape the back", "stop people triangling me"); else, looking back, a topic the user
 * already said was done to them ("got guillotined off my double leg, how do I avoid it"), or the
 * nearest topic before it ("side control — how do I get out?"); else a topic after "from"/"under"
 * ("escape to half guard from mount"). Clauses end at punctuation and at "and/then/to/from/into…",
 * so in "escape mount and then armbar" only mount is escaped and "triangle escapes from closed
 * guard" leaves the guard alone.
 */
function targetOf(
  units: readonly Unit[],
  i: number,
  defendedBefore: ReadonlySet<number>,
  stuck: boolean,
  limbKept = false,
): number | undefined {
  // (never the user's own move: "cada vez que entro al derribo me hacen guillotina")
  if (canBeTarget(units, i - 1) && !isUsersOwnAct(units, i - 1)) return i - 1;
  // "half guard players eat me alive": the players of a game do it, and the user meets that game
  if (PLAYERS.has(wordOf(units[i - 1]) ?? '') && isTopic(units[i - 2])) return undefined;
  // Ahead of "stop"/"defend", the user's own technique is the one being stopped by someone else
  // ("how do I stop people stacking my triangle"): that is no defense of it.
  // nor is what the user does next ("i get caught every time i shoot")
  // "how do i keep my arms safe in closed guard": a limb is kept from a lock, the guard is where
  for (let j = i + 1; j < units.length && (!endsClause(units[j]) || introducesWhat(units, i, j)); j++)
    if (canBeTarget(units, j) && !isOwnTechnique(units, j) && !isUsersOwnAct(units, j)) {
      // "how do i stop getting flattened in half guard": flattened in a guard of one's own, kept
      if (isAGuard(units[j]) && units.slice(i + 1, j).some((u) => FLATTENED.has(wordOf(u) ?? ''))) return undefined;
      if (!limbKept || !isAGuard(units[j])) return headOfCompound(units, j);
    }
  // "how do I invert without getting stuck": a worry about the user's own move, not a defence of it.
  if (afterWithout(units, i)) return undefined;
  // Looking back, a technique is what gets defended ("armbar from mount, how do I keep my arm safe");
  // what the user said they do ("how do I pass half guard, … I'm stuck", "my knee slice keeps getting
  // stuck") is not, and one is stuck in a guard, never in passing it.
  const before = (j: number) =>
    canBeTarget(units, j) &&
    !isDestination(units, j) &&
    !isUsersOwnAct(units, j) &&
    !isOwnTechnique(units, j) &&
    !isOwnTechniquesPlace(units, j) &&
    !(stuck && (units[j] as TopicUnit).topics.includes('guard_passing'));
  // looking back from "stuck", a pin is where one is stuck, and a guard only when the user is passing it:
  // otherwise the guard named before is the user's own ("deep half sweeps… then just sit there stuck")
  const passing = units.some((u) => isTopic(u) && u.topics.includes('guard_passing'));
  const stuckIn = (j: number): boolean =>
    family(units[j] as TopicUnit) !== 'technique' &&
    (passing || !(units[j] as TopicUnit).topics.some((t) => GUARD_POSITIONS.has(t)));
  // "defend the arm triangle from side control, im always stuck there": "there" is the place named,
  // even one the user went to ("when i turtle and i'm stuck there")
  const wentTo = (j: number): boolean =>
    isUsersOwnAct(units, j) && canBeTarget(units, j) && family(units[j] as TopicUnit) === 'position';
  if (stuck && wordOf(units[i + 1]) === 'there')
    for (let j = i - 1; j >= 0; j--) if ((before(j) || wentTo(j)) && stuckIn(j)) return j;
  // "… I think a north south choke?? how do I defend that": a pronoun points at the name said last
  // ("how do i stop it slipping off the heel": the user's own lock failing, no defence of it)
  if (!stuck && POINTING_BACK.has(wordOf(units[i + 1]) ?? '') && FAILING.has(wordOf(units[i + 2]) ?? ''))
    return undefined;
  if (!stuck && POINTING_BACK.has(wordOf(units[i + 1]) ?? ''))
    for (let j = i - 1; j >= 0; j--) if (before(j) && family(units[j] as TopicUnit) === 'technique') return j;
  // "armbar. when im in turtle how do i get out": the place the user says they are in, in this sentence
  if (asksHowTo(units, i))
    for (let j = i - 1; j >= 0 && !endsSentence(units[j]); j--) if (before(j) && saysUserIsIn(units, j)) return j;
  const alreadyDefended = Math.max(-1, ...[...defendedBefore].filter((j) => j < i));
  if (alreadyDefended >= 0) return alreadyDefended;
  // one is stuck somewhere, never in a technique: "deep half sweeps, … then just sit there stuck"
  if (!stuck) for (let j = i - 1; j >= 0; j--) if (before(j) && family(units[j] as TopicUnit) === 'technique') return j;
  for (let j = i - 1; j >= 0; j--) if (before(j) && (!stuck || stuckIn(j))) return j;
  for (let j = i + 1; j < units.length; j++) {
    if (canBeTarget(units, j) && originWords.has(wordOf(units[previousIndex(units, j)]) ?? '')) return j;
  }
  return undefined;
}

const POINTING_BACK: ReadonlySet<string> = new Set(['that', 'it', 'this']);
const CAUGHT: ReadonlySet<string> = new Set(['caught', 'catch', 'catches']);
/** "how do i get out", "how to escape": the user asking it, a few words before. */
const asksHowTo = (units: readonly Unit[], i: number): boolean =>
  [1, 2, 3, 4].some(
    (n) => wordOf(units[i - n]) === 'how' && !units.slice(i - n + 1, i).some((u) => u?.kind === 'break'),
  );
const FLATTENED: ReadonlySet<string> = new Set([...FLATTENING, 'flat']);
const PLAYERS: ReadonlySet<string> = new Set(['players', 'player', 'guys', 'people', 'specialists', 'lovers']);

/** "the escapes first: side control and mount": a colon just after the defending word opens what it defends. */
const introducesWhat = (units: readonly Unit[], i: number, j: number): boolean =>
  wordOf(units[j]) === ':' && j - i <= 2 && units.slice(i + 1, j).every((u) => u.kind === 'word');

/** "get guard back from side control", "recover guard under mount": recovering guard escapes that position. */
function recoveredFrom(units: readonly Unit[], i: number): number | undefined {
  const u = units[i];
  if (!isTopic(u) || !u.topics.includes('guard_retention') || !originWords.has(wordOf(units[i + 1]) ?? ''))
    return undefined;
  let j = i + 2;
  while (fillerWords.has(wordOf(units[j]) ?? '')) j++;
  const from = units[j];
  // ("retention from butterfly": the guard it is kept in, no place escaped)
  return isTopic(from) && family(from) === 'position' && !isAGuard(from) ? j : undefined;
}

/** "mount and side control escapes", "guillotine, darce or anaconda defense": one intent for the list. */
function listAround(units: readonly Unit[], i: number): number[] {
  const first = units[i];
  if (!isTopic(first)) return [i];
  const members = [i];
  for (const step of [-1, 1]) {
    let j = i;
    for (;;) {
      let k = j + step;
      while (fillerWords.has(wordOf(units[k]) ?? '')) k += step;
      if (!listWords.has(wordOf(units[k]) ?? '')) break;
      k += step;
      while (fillerWords.has(wordOf(units[k]) ?? '')) k += step;
      const next = units[k];
      if (!canTakeIntent(next) || family(next) !== family(first)) break;
      members.push(k);
      j = k;
    }
  }
  return members;
}

/**
 * Indexes of the topic units the user wants to defend against or escape from; `received` are those
 * that were done to the user ("got stuck under mount", "kept getting swept"), as opposed to the
 * user's own defending ("got out of side control", "escapes").
 */
export function defendedUnits(
  units: readonly Unit[],
  tokens: readonly Token[],
  ruledOut: ReadonlySet<number> = new Set(),
): { defended: Set<number>; received: Set<number> } {
  const defended = new Set<number>();
  const received = new Set<number>();
  units.forEach((u, i) => {
    // "my takedowns get sprawled on", "the guy sprawls on my head": the user attacked and was countered
    if (isTopic(u) && u.counter && (isPassive(units, i) || opponentDoesIt(units, i) || isAimedAtUser(units, tokens, i)))
      return;
    if (isTopic(u) && (isPassive(units, i) || isAimedAtUser(units, tokens, i) || opponentDoesIt(units, i)))
      received.add(i);
    if (isTopic(u) && (u.defending || received.has(i) || isUnder(units, i))) defended.add(i);
    const recovered = recoveredFrom(units, i);
    if (recovered !== undefined) defended.add(recovered);
    if (u.kind === 'defending' && stopsTheOpponent(units, i)) {
      // "how do I stop them getting the hooks in": what they do next is done to the user
      const attack = opponentsAttackAfter(units, tokens, i);
      if (attack !== undefined) {
        defended.add(attack);
        received.add(attack);
      }
      return;
    }
    if (u.kind === 'defending' && isDefendedAgainstUser(units, tokens, i)) return;
    if (ruledOut.has(i)) return;
    const ownAct = u.kind === 'defending' && !opponentIsSubject(units, i);
    // "im stuck holding the wrist forever": stuck doing something, not stuck under something; "coach
    // caught me heelhooking a white belt": found doing it, not caught in it
    const caughtDoing = u.kind === 'receiving' && CAUGHT.has(tokens[u.start]?.raw ?? '');
    if ((isStuckWord(u, tokens) || caughtDoing) && (tokens[u.end]?.raw ?? '').endsWith('ing')) return;
    // "i always get stuck on top doing nothing": stuck where the user holds, not under ("stuck on top of
    // someone's deep half" is stuck passing it)
    const onTop = tokens[u.end]?.raw === 'on' && tokens[u.end + 1]?.raw === 'top' && tokens[u.end + 2]?.raw !== 'of';
    if (isStuckWord(u, tokens) && onTop) return;
    // "stuck in traffic thinking about x guard": stuck somewhere off the mat
    if (isStuckWord(u, tokens) && stuckOffTheMat(tokens, u.end)) return;
    // a limb that is not the user's is the opponent's: held by the user ("with the elbow pinned to the
    // mat"), or escaping ("they keep letting the head slip out"); a limb in a name is no limb ("single
    // leg defense")
    if ((u.kind === 'receiving' || u.kind === 'defending') && !isTopic(units[i - 1]) && opponentsLimb(tokens, u.start))
      return;
    // "… when theyre stuck on all fours": the opponent stuck is where the user attacks
    if (isStuckWord(u, tokens) && THEY_ARE.has(wordOf(units[i - 1]) ?? '')) return;
    // "armbar from mount vids, mine keep slipping out": the user's own attacks escaped by the opponent;
    // "how do i break their defense": the opponent's defence, which the user attacks
    // ("finishing-vs-defence material": the finish against it)
    const before = wordOf(units[i - 1]) ?? '';
    if (u.kind === 'defending' && (saidOfUsersOwn(units, i) || OPPONENTS.has(before) || FACING.has(before))) return;
    if (isACounterFor(units, tokens, i)) return;
    const told = pinsTheEscapesMean(units, tokens, i);
    if (told.length > 0) {
      for (const j of told) defended.add(j);
      return;
    }
    // "passing spider in the gi is killing me": what is hard is the user's own act, not one done to them
    if (u.kind === 'receiving' && actOpensClause(units, tokens, i)) return;
    if (ownAct || u.kind === 'receiving') {
      const limbKept = keepsALimb(tokens, u);
      const target = targetOf(units, i, defended, isStuckWord(u, tokens), limbKept);
      if (target === undefined || (limbKept && isAGuard(units[target]))) return;
      for (const j of [...listAround(units, target), ...placesPointedAt(units, i)]) {
        defended.add(j);
        if (u.kind === 'receiving') received.add(j);
      }
    }
  });
  for (const i of followUps(units)) if (asksSameAsBefore(units, i, defended)) defended.add(i);
  for (const i of defended)
    if (isPlayedFromBottom(units, tokens, i) || isHeldFromTop(units, i)) {
      defended.delete(i);
      received.delete(i);
    }
  return { defended, received };
}

/** "keep my arm safe", "protect my wrists": what is defended is a lock or choke on a limb, not the guard it is in. */
const keepsALimb = (tokens: readonly Token[], u: Unit): boolean =>
  KEEPING.has(tokens[u.start]?.raw ?? '') && tokens[u.start + 1]?.raw === 'my';
const KEEPING: ReadonlySet<string> = new Set(LIMB_KEEPING_VERBS);
const isAGuard = (u: Unit | undefined): boolean => isTopic(u) && u.topics.some((t) => GUARD_POSITIONS.has(t));

const FAILING: ReadonlySet<string> = new Set(['slipping', 'sliding', 'coming', 'falling', 'popping', 'loosening']);

/** The intent id of a topic: defending technique T → `T_defense`, escaping position P → `P_escape`. */
export function intentTopicOf(topic: BaseTopic): TopicId | undefined {
  if (takesNoIntent(topic)) return undefined;
  if (isTechnique(topic)) return defenseTopicOf(topic);
  if (isPosition(topic)) return escapeTopicOf(topic);
  return undefined;
}
