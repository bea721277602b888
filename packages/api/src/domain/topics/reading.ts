// Step 4 of topic extraction: one text read. The units of steps 1–3 (and the ruled-out, defended,
// moment and done-already sets over them) settle into the topics asked, ruled out and struggled with.
import { type TopicId, baseTopicOf, isAttire } from '../../data/canonical-topics';
import { type BaseTopic } from '../../data/topic-aliases';
import { excludedUnits } from './exclusion';
import { defendedUnits, intentTopicOf } from './intent';
import {
  alreadyDoneUnits,
  escapedFineUnits,
  knownAlreadyUnits,
  momentUnits,
  outcomeUnits,
  saidFineUnits,
} from './moments';
import { isUsersOwnAct, namesUsersVerb, reachedByUser, wantedByUser } from './users-own-act';
import { type TopicUnit, type Unit, isTopic, sentencesOf } from './match';
import { type Token, toToken } from './tokenize';
import { opponentsStyle } from './opponents-style';
import { receivedIntents } from './receiving-end';
import { withTheOtherSideAsked } from './other-side-asked';
import { classReportUnits } from './class-report';
import { opponentStandsUnits } from './opponent-stands';
import { passesFacedUnits } from './passes-faced';
import { failedAttemptUnits } from './failed-attempt';
import { endedInTheirGuardUnits } from './ended-in-their-guard';
import { settleGiAndNoGi, withOtherAttire } from './attire-pair';
import { ruledOutByPointingBack } from './pointing-back';
import { dislikedThenElse } from './disliked-then-else';
import { toldBeforeRuledOut } from './told-before-ruled-out';
import { withBackAsThePlace, withBackHeld, withBackKept, withBackTakeStopped } from './back-kept';
import { withNorthSouthChoke } from './north-south-choked';
import { withBentArmDirection } from './bent-arm-direction';
import { withSideOfASubmission } from './side-of-a-submission';
import { withBackChokeDefended } from './back-choked';
import { withGuardRecoveredFromPin } from './guard-recovered';
import { withClosedGuardOpened } from './closed-guard-opened';
import { withGuardKept } from './guard-kept';
import {
  inOpponentsGuard,
  isGuard,
  isUsersOwn,
  namesUsersGuard,
  namesUsersGuardPassed,
  othersRetention,
} from './whose-guard';
import { withReferencesBack } from './references-back';
import { cutOutOf, focusedTopics } from './focused';
import { unitsOf } from './message-units';
import { attackPointedBack } from './attack-pointed-back';

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

/** The reading with `topics` as its topics, and of its struggles those still among them. */
export const withTopics = (reading: TopicReading, topics: TopicId[]): TopicReading => ({
  ...reading,
  topics,
  struggles: reading.struggles.filter((t) => topics.includes(t)),
});

/** The topics of one text, read as a whole (no asked part or asking sentences split off). */
export function readTopicsOf(query: string): TopicReading {
  const { tokens, units } = unitsOf(query);
  const { excluded: allCued, intentsOnly: cuedIntents, defendingRuledOut } = excludedUnits(units, tokens);
  // "not looking for heel hook escapes, i want to FINISH them": the escape alone is out
  const attacked = attackPointedBack(units, allCued);
  const cued = new Set([...allCued].filter((i) => !attacked.has(i)));
  const intentsOnly = new Set([...cuedIntents, ...attacked]);
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
  const escapedFine = escapedFineUnits(units);
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
  const whoTheyAre = new Set([
    ...opponentsStyle(units, tokens, query),
    ...opponentStandsUnits(units),
    ...passesFacedUnits(units),
    ...failedAttemptUnits(units),
    ...endedInTheirGuardUnits(units, tokens),
  ]);
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
      if (topic === 'back_take' && done.has(i) && finishAsked(tokens)) {
        into.add('back_control');
        continue;
      }
      // "everybody just recovers guard on me": the opponent's retention is the user's passing problem
      // ("ele passa minha guarda" names the user's guard: passing it is done to the user)
      if (
        topic === 'guard_retention' &&
        u.topics.length === 1 &&
        ((received.has(i) && !namesUsersGuard(tokens, u)) || othersRetention(units, i))
      ) {
        into.add('guard_passing');
        continue;
      }
      into.add(topic);
      const intent = defended.has(i) ? intentTopicOf(topic) : undefined;
      // ("me pasan la guardia … con knee cut": the user's guard passed, by name, is defended too)
      const usersGuardPassed = topic === 'guard_retention' && namesUsersGuardPassed(tokens, u);
      if ((intent === 'guard_retention' || usersGuardPassed) && into === found) passingDefended = true;
      if (!intent) continue;
      if (intentsOnly.has(i) || (escapedFine.has(i) && askedBesides(i))) {
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
  const sentences = () =>
    sentencesOf(units).map(([start, end]) => ({
      text: tokens
        .slice(units[start]?.start ?? 0, units[end - 1]?.end ?? 0)
        .map((t) => t.raw)
        .join(' '),
      topics: units.slice(start, end).flatMap((u) => (isTopic(u) ? u.topics : [])),
    }));
  for (const intent of receivedIntents(query, found, new Set([...excluded, ...usersActs]), sentences))
    found.add(intent);
  // "stuck in closed guard, how do we open and pass it": a pass named is how they get out of the guard;
  // "stuck under heavy guys in meia guarda, need a raspagem": so is a sweep
  const wayOut = (u: Unit, i: number): boolean =>
    isTopic(u) && u.topics.some((t) => t === 'guard_passing' || t === 'sweep') && !ruledOut.has(i) && !defended.has(i);
  if (units.some(wayOut))
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
  withBackTakeStopped(query, found);
  withNorthSouthChoke(query, found, excluded);
  withBentArmDirection(query, found);
  withSideOfASubmission(units, tokens, found, ruledOut);
  withBackChokeDefended(query, found, excluded);
  withClosedGuardOpened(query, found);
  withGuardKept(query, found);
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
// ("how do i finish the rnc when they tuck their chin - i get to the back all the time": asked before too)
const finishAsked = (tokens: readonly Token[]): boolean => tokens.some((t) => FINISH_STEMS.has(t.stem));
const FINISH_STEMS: ReadonlySet<string> = new Set(['finish', 'submit', 'sub', 'tap'].map((w) => toToken(w).stem));
