// Topic extraction: free text → canonical topic ids (docs/contract.md "Canonical topics").
//
// Steps, all over tokens (never substrings, so "beginner" is not `gi` and "mountain" is not
// `mount`), each in its own module under topics/:
//   1. words   — tokenize.ts: lower-case, strip accents/apostrophes, split hyphens; fold plurals and
//                verb forms to a stem; typos.ts: correct one-letter typos of long topic words.
//   2. phrases — phrase-index.ts: the alias tables of data/topic-aliases.ts and the Portuguese and
//                Japanese glossary of data/topic-glossary.ts, compiled once into an index keyed by
//                first stem; match.ts: the longest phrase at each position wins (a dropped letter,
//                run-together or split words still match); sense.ts: an alias that is also everyday
//                English ("half marathon", "sweep the floor") keeps its topic only in its BJJ sense.
//   3. intent  — exclusion.ts: what the user rules out ("no more leg locks", "my gym bans heel
//                hooks") is set apart from what is asked; intent.ts: defensive words ("escape",
//                "stop", "getting passed", "… me") turn the topic they refer to into `T_defense` /
//                `P_escape`, beside the topic itself.
import { type TopicId, baseTopicOf, isAttire, isPosition, isTechnique } from '../data/canonical-topics';
import { excludedUnits } from './topics/exclusion';
import { defendedUnits, intentTopicOf } from './topics/intent';
import { alreadyDoneUnits, knownAlreadyUnits, momentUnits, outcomeUnits, saidFineUnits } from './topics/moments';
import { isUsersOwnAct, namesUsersVerb, reachedByUser, wantedByUser } from './topics/users-own-act';
import { type BaseTopic } from '../data/topic-aliases';
import { isSubmission } from '../data/topic-names';
import { type TopicUnit, type Unit, isTopic, toUnits } from './topics/match';
import { withEverydaySenses } from './topics/sense';
import { type Token, splitWords, toToken } from './topics/tokenize';
import { correctTypo } from './topics/typos';
import { opponentsStyle } from './topics/opponents-style';
import { receivedIntents } from './topics/receiving-end';
import { withDictatedMarks } from './topics/dictation';
import { withTheOtherSideAsked } from './topics/other-side-asked';
import { asTheUser } from './topics/relayed';
import { askedPart, asksAfresh } from './topics/asked-part';
import { classReportUnits } from './topics/class-report';
import { askingSentences } from './topics/asking-sentences';
import { asksSubmissionsAsAKind, pointsBackAtOwnAttack, pointsBackAtStory } from './topics/story-pointed-at';
import { settleGiAndNoGi, withOtherAttire } from './topics/attire-pair';
import { ruledOutByPointingBack } from './topics/pointing-back';
import { dislikedThenElse } from './topics/disliked-then-else';
import { toldBeforeRuledOut } from './topics/told-before-ruled-out';
import { withBackAsThePlace, withBackHeld, withBackKept } from './topics/back-kept';
import { withNorthSouthChoke } from './topics/north-south-choked';
import { withSideOfASubmission } from './topics/side-of-a-submission';
import { withBackChokeDefended } from './topics/back-choked';
import { withGuardRecoveredFromPin } from './topics/guard-recovered';
import { withClosedGuardOpened } from './topics/closed-guard-opened';
import { inOpponentsGuard, isGuard, isUsersOwn, namesUsersGuard } from './topics/whose-guard';
import { withReferencesBack } from './topics/references-back';
import { cutOutOf, focusedTopics } from './topics/focused';

export { aliasConflicts } from './topics/phrase-index';

/**
 * Canonical topic ids asked about in a free-text query, in order of first appearance; an intent id
 * follows its topic ("armbar escapes" → armbar, armbar_defense). Pure and deterministic.
 */
export function extractTopics(query: string): TopicId[] {
  return readTopics(query).topics;
}

export interface TopicReading {
  /** What the message asks about (or, in a training log, what it names). */
  topics: TopicId[];
  /**
   * Among the intent ids, those done to the user ("still got stuck under mount" → mount_escape)
   * rather than the user's own defending ("got out of side control"): what a log says went wrong.
   */
  struggles: TopicId[];
  /** What the message rules out ("no more leg locks"); never among `topics`. */
  excluded: TopicId[];
  /** The words of each name ruled out ("no berimbolo" → "berimbolo"), for the named techniques among them. */
  ruledOutNames: string[];
  /**
   * Intents read in a "when …" clause of what the opponent does, beside an attack asked ("a
   * guillotine when someone shoots on me" → takedown_defense): the moment, not the question.
   */
  moment: TopicId[];
}

/** A message as the extractor reads it: its tokens, and the units over them with everyday senses set apart. */
// One message is read several times (its topics, then each family word or named technique it may
// rule out): the last one's units are kept. Callers only read them.
let last: { query: string; read: { tokens: readonly Token[]; units: readonly Unit[] } } | null = null;
function unitsOf(query: string): { tokens: readonly Token[]; units: readonly Unit[] } {
  if (last?.query !== query) {
    const tokens = splitWords(query).map((w) => toToken(w, correctTypo));
    last = { query, read: { tokens, units: withEverydaySenses(toUnits(tokens), tokens) } };
  }
  return last.read;
}

/** The units that are one of `words` outside any topic name (`kinds`: which units count as words). */
const wordUnitOf =
  (tokens: readonly Token[], words: ReadonlySet<string>, kinds: ReadonlySet<Unit['kind']>) =>
  (u: Unit | undefined): boolean =>
    u !== undefined && kinds.has(u.kind) && words.has(tokens[u.start]?.stem ?? '');
// a family word may be an intent word too ("escapes for white belts")
const WORD_KINDS: ReadonlySet<Unit['kind']> = new Set(['word', 'defending', 'receiving']);
// "not 50/50": a name that looks like a topic but is none is a word too
const NAME_WORD_KINDS: ReadonlySet<Unit['kind']> = new Set([...WORD_KINDS, 'none']);

/**
 * A message as the topic reader reads it: punctuation said aloud written as punctuation
 * (topics/dictation.ts), a question relayed for someone else in the user's words (topics/relayed.ts).
 */
export const asRead = (message: string): string => asTheUser(withDictatedMarks(message)).replace(ARROW, ' to ');
// "lasso -> spider -> back??": a chain of moves, each one to the next
const ARROW = /\s*(?:->|=>|→|-->)\s*/g;

export function readTopics(message: string): TopicReading {
  return readTopicsAsRead(asRead(message));
}

/** `readTopics` of a message `asRead` has prepared already (the other readings of it read that text too). */
export function readTopicsAsRead(query: string): TopicReading {
  const asked = askedPart(query);
  if (asked !== null) {
    // what the story rules out still holds
    const question = readTopicsOf(asked);
    // "I said I sweep people, she thought I clean the gym lol. Anyway how do I deal with nerves":
    // a question about no technique, after a story, asks none of the story's
    if (question.topics.length || asksAfresh(asked)) {
      const story = readTopicsOf(query);
      const excluded = [...new Set([...question.excluded, ...story.excluded])].filter(
        (t) => !question.topics.includes(t),
      );
      const told = query.slice(0, query.length - asked.length);
      return { ...question, topics: withPlacePointedAt(question.topics, asked, told), excluded };
    }
  }
  const split = askingSentences(query, opensWithName);
  if (split !== null) {
    const question = readTopicsOf(split.asking);
    if (question.topics.some((t) => !isAttire(t)))
      return withStoryContext(question, split.asking, readTopicsOf(query), split.telling);
  }
  return readTopicsOf(query);
}

/** The first word is part of a name ("armbar from mount", not "hit two triangles"): the words name something without it. */
function opensWithName(words: readonly string[]): boolean {
  const named = readTopicsOf(words.join(' ')).topics;
  const without = readTopicsOf(words.slice(1).join(' ')).topics;
  return named.some((t) => !without.includes(t));
}

/**
 * The whole message's reading, keeping of its topics those the asking sentences name, and of the
 * story's the one attire trained in and, when the question names no place of its own, where it happens
 * ("… every time I turtled. How do I stop the back take?").
 */
function withStoryContext(question: TopicReading, asking: string, whole: TopicReading, story: string): TopicReading {
  // (standing is how, not where: "how do i open it and pass standing" is asked in the story's closed guard)
  const placed = question.topics.some((t) => isPosition(t) && t !== 'standing');
  // the story's attire when the question says none and the story only one ("i train gi 3x and nogi on fridays" says neither)
  const attire: readonly TopicId[] = question.topics.some(isAttire) ? [] : whole.topics.filter(isAttire);
  // the attacks the story defends, when the question points back at them and names no technique
  // ("he kept catching me in a kimura. how do i stop it from half guard?")
  const storyDefends = defendedAttacks(whole.topics);
  const defended: ReadonlySet<TopicId> =
    pointsBackAtStory(asking) && !question.topics.some(isTechnique) ? storyDefends : new Set();
  // the story's submission the question goes on with, naming none of its own ("we drilled the
  // omoplata … how do i turn it into a sweep")
  // (or asks submissions as a kind after a story that names some: "heel hooks legal for my division
  // … what finishes from there?")
  const ownAttack =
    (pointsBackAtOwnAttack(asking) || asksSubmissionsAsAKind(asking)) && !question.topics.some(isSubmission);
  // getting passed, told of the guard the question asks about ("need help with dlr. i got passed every
  // round"), not of one the story rules out
  const guardKept =
    question.topics.some((t) => isGuard(t)) &&
    !question.topics.some(isTechnique) &&
    whole.topics.includes('guard_retention') &&
    ![...whole.excluded, ...question.excluded].some((t) => isGuard(t));
  const kept = (t: TopicId): boolean =>
    question.topics.includes(t) ||
    (guardKept && t === 'guard_retention') ||
    (attire.length === 1 && attire.includes(t)) ||
    (!placed && isPosition(t)) ||
    defended.has(t) ||
    (ownAttack && isSubmission(t) && !storyDefends.has(t));
  const topics = withPlacePointedAt(whole.topics.filter(kept), asking, story);
  return { ...whole, topics, struggles: whole.struggles.filter((t) => topics.includes(t)) };
}

/** The techniques defended among `topics`, each with its defence ("kimura", "kimura_defense"). */
function defendedAttacks(topics: readonly TopicId[]): Set<TopicId> {
  const defences = topics.filter((t) => t !== baseTopicOf(t) && isTechnique(baseTopicOf(t)));
  return new Set(defences.flatMap((t) => [t, baseTopicOf(t) as TopicId]));
}

/**
 * "… coach showed heel hook entries from single leg x … anyway i'd rather see the kneebar from
 * there": a question asked "from there" is asked at the story's last position.
 */
function withPlacePointedAt(topics: TopicId[], asked: string, story: string): TopicId[] {
  if (!POINTS_AT_A_PLACE.test(asked.toLowerCase()) || topics.some((t) => isPosition(t))) return topics;
  const place = readTopicsOf(story).topics.findLast((t) => isPosition(t));
  return place ? [...topics, place] : topics;
}
const POINTS_AT_A_PLACE = /\b(?:from|in|at)\s+(?:there|that\s+(?:spot|position))\b/;

function readTopicsOf(query: string): TopicReading {
  const { tokens, units } = unitsOf(query);
  const { excluded: cued, intentsOnly, defendingRuledOut } = excludedUnits(units, tokens);
  const saidOut = withReferencesBack(
    units,
    tokens,
    new Set([...cued, ...ruledOutByPointingBack(units, tokens, cued), ...dislikedThenElse(units)]),
  );
  const { defended, received } = defendedUnits(units, tokens, defendingRuledOut);
  const ruledOut = new Set([...saidOut, ...toldBeforeRuledOut(units, tokens, saidOut, intentsOnly, defended)]);
  const moments = momentUnits(units, defended, ruledOut);
  // what the user already does well is context only beside something else asked
  const done = alreadyDoneUnits(units, tokens);
  const fine = saidFineUnits(units);
  // (an attire is no other question: "i hit mount a lot in nogi… what do i attack from there" asks mount)
  const namedElsewhere = new Set<string>(
    // (what is ruled out is asked nowhere: "no wristlocks, what subs from closed guard are ok")
    units.flatMap((u, i) =>
      isTopic(u) && !done.has(i) && !fine.has(i) && !ruledOut.has(i) ? u.topics.filter((t) => !isAttire(t)) : [],
    ),
  );
  const known = knownAlreadyUnits(units);
  const askedBesides = (i: number): boolean =>
    units.some((u, j) => j !== i && isTopic(u) && !known.has(j) && !done.has(j) && !fine.has(j));
  if (namedElsewhere.size)
    for (const i of done)
      if (!defended.has(i) && !(units[i] as TopicUnit).topics.some((t) => namedElsewhere.has(t))) moments.add(i);
  const moment = new Set<TopicId>();
  const found = new Set<TopicId>();
  const excluded = new Set<TopicId>();
  const struggles = new Set<TopicId>();
  // "mount escapes that aren't the bridge and roll": the escape is asked by name; one way of it is ruled out
  const intentsByName = new Set<TopicId>();
  let passingDefended = false;
  const outcome = outcomeUnits(units);
  const report = classReportUnits(units, ruledOut);
  const whoTheyAre = opponentsStyle(units, tokens, query);
  units.forEach((u, i) => {
    if (!isTopic(u) || outcome.has(i) || whoTheyAre.has(i) || report.has(i)) return;
    // beside something else asked, what is said to be fine is only context
    if (fine.has(i) && namedElsewhere.size) return;
    if (known.has(i) && askedBesides(i)) return;
    const into = ruledOut.has(i) ? excluded : found;
    // the user's own attack in the opponent's "when" clause: the moment, not the question
    if (moments.has(i) && !defended.has(i) && into === found) for (const topic of u.topics) moment.add(topic);
    for (const topic of u.topics) {
      // "i get the back fine but never finish": the back reached already, finishing there is asked
      if (topic === 'back_take' && done.has(i) && finishAsked(tokens, u.end)) {
        into.add('back_control');
        continue;
      }
      // "everybody just recovers guard on me": the opponent's retention is the user's passing problem
      // ("ele passa minha guarda" names the user's guard: passing it is done to the user)
      if (topic === 'guard_retention' && received.has(i) && u.topics.length === 1 && !namesUsersGuard(tokens, u)) {
        into.add('guard_passing');
        continue;
      }
      into.add(topic);
      const intent = defended.has(i) ? intentTopicOf(topic) : undefined;
      if (intent === 'guard_retention' && into === found) passingDefended = true;
      if (!intent) continue;
      if (intentsOnly.has(i)) {
        excluded.add(intent);
        continue;
      }
      // "kneebar when they pass": the opponent's pass is when the kneebar is wanted, keeping guard is not asked
      if (intent === 'guard_retention' && moments.has(i) && into === found) {
        moment.add(intent);
        continue;
      }
      into.add(intent);
      if (into === found && u.topics.length === 1) intentsByName.add(intent);
      if (moments.has(i)) moment.add(intent);
      // getting out of someone else's guard is passing it
      if (isGuard(topic) && inOpponentsGuard(units, i)) into.add('guard_passing');
      if (received.has(i) && into === found) struggles.add(intent);
    }
  });
  // what the user does ("… when i pass") is not what is done to them, however the message is told
  const usersActs = units.flatMap((u, i) =>
    isTopic(u) && (isUsersOwnAct(units, i) || reachedByUser(units, i) || namesUsersVerb(tokens, u)) ? u.topics : [],
  );
  for (const intent of receivedIntents(query, found, new Set([...excluded, ...usersActs]))) found.add(intent);
  // "stuck in closed guard, how do we open and pass it": a pass named is how they get out of the guard
  if (units.some((u, i) => isTopic(u) && u.topics.includes('guard_passing') && !ruledOut.has(i) && !defended.has(i)))
    for (const t of [...found]) if (t !== baseTopicOf(t) && isGuard(baseTopicOf(t))) found.delete(t);
  // A topic ruled out by name stays out of a name for several ("no heel hooks… what leg locks can I
  // do"); asked by name in one place and ruled out in another ("no armbars from guard, armbars from
  // mount"), it is asked.
  // The user's own technique described ("everyone defends my rnc", "every time i go for the armbar")
  // is not asked by name.
  const byName = new Set(
    units.flatMap((u, i) =>
      isTopic(u) &&
      u.topics.length === 1 &&
      !ruledOut.has(i) &&
      !isUsersOwn(units, i) &&
      !cutOutOf(units, tokens, i, ruledOut)
        ? u.topics
        : [],
    ),
  );
  for (const t of excluded)
    if (!byName.has(t as BaseTopic) && !intentsByName.has(t)) {
      found.delete(t);
      // a family defended ("leg locks … how to defend") keeps no defence of a member ruled out by name
      const intent = intentTopicOf(t as BaseTopic);
      if (!intent || intentsByName.has(intent)) continue;
      const named = units.some((u, i) => isTopic(u) && !ruledOut.has(i) && u.topics.includes(intent as BaseTopic));
      if (!named) found.delete(intent);
    }
  // "leg locks but not toe holds, kneebars specifically": the one singled out narrows a name for several
  const focus = focusedTopics(units, ruledOut);
  if (focus.size)
    for (const u of units)
      if (isTopic(u) && u.topics.length > 1)
        for (const t of u.topics)
          if (!focus.has(t) && !byName.has(t)) {
            found.delete(t);
            const intent = intentTopicOf(t);
            if (intent) found.delete(intent);
          }
  // defending passes is guard retention alone (docs/contract.md): the user is not the one passing, and
  // a pass named beside it ("they get around my legs with a leg drag") is the one defended
  // — unless the user says they want to pass: "they pass by running around, i want to pass with
  // pressure" tells how they are passed and asks passing
  const wantsToPass =
    passingDefended && units.some((u, i) => isTopic(u) && u.topics.includes('guard_passing') && wantedByUser(units, i));
  if (passingDefended && !wantsToPass) found.delete('guard_passing');
  if (wantsToPass && !units.some((u) => isTopic(u) && u.topics.includes('guard_retention')))
    found.delete('guard_retention');
  withTheOtherSideAsked(query, found, excluded);
  settleGiAndNoGi(found, units, tokens, excluded);
  withBackKept(query, found);
  withBackHeld(query, found);
  withBackAsThePlace(query, found);
  withNorthSouthChoke(query, found, excluded);
  withSideOfASubmission(units, tokens, found, ruledOut);
  withBackChokeDefended(query, found, excluded);
  withClosedGuardOpened(query, found);
  withGuardRecoveredFromPin(query, found);
  for (const t of found) excluded.delete(t);
  withOtherAttire(found, excluded);
  const ruledOutNames = [...ruledOut]
    .filter((i) => !intentsOnly.has(i))
    .map((i) =>
      tokens
        .slice(units[i]!.start, units[i]!.end)
        .map((t) => t.raw)
        .join(' '),
    );
  return {
    topics: [...found],
    struggles: [...struggles],
    excluded: [...excluded],
    ruledOutNames,
    moment: [...moment].filter((t) => found.has(t)),
  };
}

/** A finishing word after token `from`: "… but never finish", "… cant get the sub". */
const finishAsked = (tokens: readonly Token[], from: number): boolean =>
  tokens.slice(from).some((t) => FINISH_STEMS.has(t.stem));
const FINISH_STEMS: ReadonlySet<string> = new Set(['finish', 'submit', 'sub', 'tap'].map((w) => toToken(w).stem));

/**
 * How the message uses words such as a family's ("choke"): `asked`, `ruledOut` when every use is
 * ruled out ("anything but chokes"), or `none` when each is part of another name or an everyday
 * phrase ("rash guard", "security guard").
 */
export function readWords(query: string, words: ReadonlySet<string>): 'asked' | 'ruledOut' | 'none' {
  const { tokens, units } = unitsOf(query);
  const isWord = wordUnitOf(tokens, words, WORD_KINDS);
  const targets = units.flatMap((u, i) => (isWord(u) ? [i] : []));
  if (!targets.length) return 'none';
  const { excluded } = excludedUnits(units, tokens, isWord);
  return targets.every((i) => excluded.has(i)) ? 'ruledOut' : 'asked';
}

/**
 * Whether any use of these words is ruled out: a named technique ruled out once stays out ("without
 * any body lock pls, ive drilled body lock for a year").
 */
export function anyRuledOut(query: string, words: ReadonlySet<string>): boolean {
  const { tokens, units } = unitsOf(query);
  return excludedUnits(units, tokens, wordUnitOf(tokens, words, NAME_WORD_KINDS)).excluded.size > 0;
}
