// training_goals: the goal the answer leads with. Several goals → the first named, unless another is
// marked as the main one ("compete, but mostly for fun") or the first is hedged ("maybe compete later").

import { compileLexicon, findMentions, type Mention } from './lexicon';
import { BELT_NOUNS, COLOUR_WORDS } from './belt-words';
import { markSpans, negatedSpans } from './context';
import { NOW_OTHER_TONGUES, PAST_OTHER_TONGUES } from './now-and-past-words';
import { wishedForSomeoneElse } from './goal-wished-for-others';
import { isAboutOthers, otherArtRanges, othersClauses } from './others';
import { saidByOthers } from './reported-speech';
import { tokenise, type Token } from './text';
import { namedEvents } from './goal-events';
import { isMilestone } from './goal-milestone';
import { askedLater } from './goal-deferred';
import { classRunDown } from './goal-class-complaint';
import { ruledOutAlone } from './goal-ruled-out';
import { crossTrainsForSport } from './goal-cross-training';
import { afterLastEvent, inTimeLeftBehind } from './goal-past-time';
import { calledABonus } from './goal-bonus';
import { CAME, STAYED } from './goal-stayed-words';
import { wasThenLater, wasThenUnsure } from './goal-was-then';
import { watchedCompetition } from './goal-watched';
import { escortedTo } from './goal-escorted';
import { listedAfterTheirs } from './goal-listed-after-theirs';
import { prizeOnDisplay } from './goal-on-display';
import { BECAME, saidAtFirst } from './goal-at-first';
import { disownedBefore } from './goal-not-why';
import { calledTheMainOne } from './goal-main-after';
import { namedAsMotive } from './goal-motive';
import { maybeLater } from './goal-maybe-later';
import { GOAL_TABLE, VERB_GOALS, type GoalSignal } from './goal-words';
import { ASPIRATIONS, GOAL_DISLIKE_CUES, GOAL_FUZZY } from './goal-cue-words';
import { GOAL_EMPHASIS, type GoalEmphasis } from './goal-emphasis-words';
import { shareWeight } from './goal-share';
import { fillerLike } from './goal-filler-like';
import { namesACrowd } from './goal-crowd';
import type { TrainingGoal } from './types';

const goalLexicon = compileLexicon(GOAL_TABLE, { fuzzy: GOAL_FUZZY });
const emphasisLexicon = compileLexicon(GOAL_EMPHASIS);
const dislikeLexicon = compileLexicon(GOAL_DISLIKE_CUES);

/** Words that keep "learn" a goal of its own: "get better and compete" names two goals. */
const LISTS_GOALS = new Set(['and', '&', '+', ',', 'or', 'plus', '/']);

export function parseTrainingGoal(text: string): TrainingGoal | null {
  const tokens = tokenise(text);
  const mentions = [...findMentions(goalLexicon, tokens), ...namedEvents(tokens)]
    // "like everyone there competes": a filler "like"; "the comp guys": a crowd, not a goal
    .filter((m) => m.value !== 'neutral' && !fillerLike(tokens, m) && !namesACrowd(tokens, m))
    .sort((a, b) => a.start - b.start);
  const negated = new Set([...negatedSpans(tokens, mentions), ...negatedSpans(tokens, mentions, dislikeLexicon)]);
  const emphasis = markSpans(tokens, mentions, emphasisLexicon);
  // "…, and being able to protect myself, that's the main thing": the goal before it is the main one;
  // so is one named as "what motivates me"
  for (const i of [...calledTheMainOne(tokens, mentions), ...namedAsMotive(tokens, mentions)])
    emphasis.set(i, new Set([...(emphasis.get(i) ?? []), 'primary']));
  // "coach says I'm ready to compete": someone else's word for the user's goal is not theirs
  const others = new Set([...othersClauses(tokens), ...saidByOthers(tokens)]);
  const artRanges = otherArtRanges(tokens);

  const leftBehind = goalsLeftBehind(tokens, mentions, negated);
  // "…, but that's not really why I'm here": the goals named before it are disowned
  const disowned = disownedBefore(tokens);
  let best: { goal: TrainingGoal; weight: number } | null = null;
  for (const i of mentions.keys()) {
    const mention = mentions[i];
    if (mention && (isAboutOthers(mention, others, artRanges) || saidOfThePast(tokens, mention.start))) continue;
    if (mention && listedAfterTheirs(tokens, mentions, mention, others)) continue; // "they compete, pans, worlds"
    if (mention && (isMilestone(tokens, mention.start) || askedLater(tokens, mention.start))) continue;
    if (mention && classRunDown(tokens, mention)) continue; // "the fitness classes here are rubbish"
    if (mention && (watchedCompetition(tokens, mention) || escortedTo(tokens, mention))) continue;
    if (mention && prizeOnDisplay(tokens, mention)) continue; // "medals all over the wall"
    if (mention && wishedForSomeoneElse(tokens, mention)) continue; // "i just want him to have fun"
    // "might start competing next year": only a maybe, later
    if (mention && maybeLater(tokens, mention)) continue;
    if ((tokens[mention?.start ?? -1]?.clause ?? Infinity) < disowned) continue;
    if (startedForThenNow(tokens, mentions, i) || wasThenLater(tokens, mentions, i)) continue;
    if (wasThenUnsure(tokens, mentions, i)) continue;
    const goal = negated.has(i) ? null : goalOf(tokens, mentions, i);
    if (!goal || leftBehind.has(goal)) continue;
    // "weight loss is just a bonus": below every goal said otherwise, hedged ones too
    // "70% fitness, 30% just the boys": a share said weighs by its size
    // "1 fundamentals + 1 self defense class each week, i want to …": a class counted is the week's
    // timetable, below a goal said
    const weight =
      mention && calledABonus(tokens, mention)
        ? BONUS_WEIGHT
        : ((mention && shareWeight(tokens, mention)) ?? weightOf(emphasis.get(i))) -
          (rankBeforeGoal(tokens, mentions, i) ? RANK_YIELDS : 0) -
          (mention && countedClass(tokens, mention) ? COUNTED_YIELDS : 0);
    if (!best || weight > best.weight) best = { goal, weight };
  }
  return best?.goal ?? null;
}

/**
 * "getting my blue soon, want to compete at the next open": a belt aimed at in one clause is the
 * road there; a goal named in a later clause is what the user trains for, unless it is hedged.
 */
const rankBeforeGoal = (tokens: readonly Token[], mentions: readonly Mention<GoalSignal>[], i: number): boolean => {
  const mention = mentions[i];
  if (mention?.value !== 'rank') return false;
  const clause = tokens[mention.start]?.clause ?? 0;
  return mentions.some((m, j) => j > i && m.value !== 'rank' && (tokens[m.start]?.clause ?? 0) > clause);
};
const RANK_YIELDS = 0.5;
const COUNTED_YIELDS = 0.5;
/** "1 fundamentals + 1 self defense class": a count, then the class it counts (not "perdi 15 kg"). */
const countedClass = (tokens: readonly Token[], mention: Mention<GoalSignal>): boolean =>
  tokens[mention.start - 1]?.kind === 'number' && CLASS_AFTER.has(tokens[mention.end]?.text ?? '');
const CLASS_AFTER: ReadonlySet<string> = new Set(['class', 'classes', 'session', 'sessions', '+', 'plus']);
const BONUS_WEIGHT = -1;

/**
 * "lost 30 lbs, now the weight isn't the point anymore, i want to medal": a goal denied with
 * "anymore" or "no longer" was the goal once, so every mention of it is past; another goal wins.
 * So is one ruled out in a clause of its own ("not self defence, I'm a bouncer…").
 */
function goalsLeftBehind(
  tokens: readonly Token[],
  mentions: readonly Mention<GoalSignal>[],
  negated: ReadonlySet<number>,
): Set<TrainingGoal> {
  const left = new Set<TrainingGoal>();
  for (const i of negated) {
    const clause = tokens[mentions[i]?.start ?? -1]?.clause;
    const inClause = tokens.filter((t) => t.clause === clause).map((t) => t.text);
    const noLonger = inClause.some((w, k) => NO_LONGER.has(w) || (w === 'no' && inClause[k + 1] === 'longer'));
    const mention = mentions[i];
    const goal = noLonger || (mention && ruledOutAlone(tokens, mention)) ? goalOf(tokens, mentions, i) : null;
    if (goal) left.add(goal);
  }
  // only when another goal is left to win
  const stays = (i: number): boolean => {
    const goal = negated.has(i) ? null : goalOf(tokens, mentions, i);
    return goal !== null && !left.has(goal);
  };
  return mentions.some((_, i) => stays(i)) ? left : new Set();
}
const NO_LONGER: ReadonlySet<string> = new Set(['anymore', 'nomore']);

/**
 * "used to compete in my twenties", "competed a lot as a white belt", "did it for self defense when I
 * was a teenager": a goal left behind is none now.
 */
const saidOfThePast = (tokens: readonly Token[], start: number): boolean =>
  (tokens[start - 1]?.text === 'to' && tokens[start - 2]?.text === 'used') ||
  PAST_GOALS.has(tokens[start]?.text ?? '') ||
  givenUp(tokens, start) ||
  alreadyHad(tokens, start) ||
  yearsOf(tokens, start) ||
  inTimeLeftBehind(tokens, start) ||
  afterLastEvent(tokens, start);

/** "after years of comps", "10 years of competing": a goal lived for years is the road behind ("2 more years of…" is ahead). */
const yearsOf = (tokens: readonly Token[], start: number): boolean =>
  tokens[start - 1]?.text === 'of' &&
  SPANS_OF_TIME.has(tokens[start - 2]?.text ?? '') &&
  !AHEAD.has(tokens[start - 3]?.text ?? '');
const SPANS_OF_TIME: ReadonlySet<string> = new Set(['years', 'yrs', 'decades', 'decade', 'seasons']);
const AHEAD: ReadonlySet<string> = new Set(['more', 'another', 'next', 'few']);
// "competed a lot as a white belt, now I mostly want to tighten up my fundamentals"
const PAST_GOALS: ReadonlySet<string> = new Set(['competed']);

/**
 * "started for self defense, now im into comps", "self defense at first, it's become my way to unwind":
 * what the user started for, when a goal said after "now" follows it, is where they began, not the goal now.
 */
function startedForThenNow(tokens: readonly Token[], mentions: readonly Mention<GoalSignal>[], i: number): boolean {
  const mention = mentions[i];
  const start = mention?.start ?? 0;
  const lead = tokens.slice(Math.max(0, start - STARTED_REACH), start).map((t) => t.text);
  const began = lead.some((w) => STARTED.has(w)) || (mention !== undefined && saidAtFirst(tokens, mention));
  if (!began && !thenAfterStarted(tokens, mentions, i)) return false;
  const now = tokens.findIndex((t, k) => k > start && NOW.has(t.text));
  return now > 0 && mentions.some((m, j) => j > i && m.start > now);
}

/** "started for cardio, then got hooked on the technique, now …": a stage between the start and now. */
function thenAfterStarted(tokens: readonly Token[], mentions: readonly Mention<GoalSignal>[], i: number): boolean {
  const start = mentions[i]?.start ?? 0;
  const clause = tokens[start]?.clause;
  const then = tokens.some((t, k) => k < start && t.clause === clause && t.text === 'then');
  return (
    then && mentions.some((m, j) => j < i && m.value !== mentions[i]?.value && startedForThenNow(tokens, mentions, j))
  );
}
const STARTED_REACH = 4;
// "at first", "initially"; Portuguese "entrei/comecei pra…", "no começo", "antes era"; Spanish "empecé", "al principio"
const STARTED: ReadonlySet<string> = new Set([
  'started',
  'began',
  'joined',
  'signed',
  'came',
  'first',
  'initially',
  'originally',
  'comeco',
  ...PAST_OTHER_TONGUES,
  ...CAME,
]);
// "came for self defense, stayed for the technique": what kept the user is the reason now
const NOW: ReadonlySet<string> = new Set([
  ...['now', 'nowadays', 'lately', 'currently', ...NOW_OTHER_TONGUES, ...STAYED],
  // "…, but it's become my way to unwind"
  ...BECAME,
]);

/** "I stopped competing", "i'm done competing", "gave up on comps", "parei de competir": a goal given up. */
function givenUp(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  for (let links = 0; links < 2 && GIVEN_UP_LINKS.has(tokens[k]?.text ?? ''); links++) k--;
  return GIVING_UP.has(tokens[k]?.text ?? '');
}
const GIVING_UP: ReadonlySet<string> = new Set([
  'stopped',
  'quit',
  'quitting',
  'retired',
  'done',
  'gave',
  'given',
  // Portuguese "parei de", "deixei de"; Spanish "dejé de"
  'parei',
  'deixei',
  'deje',
]);
const GIVEN_UP_LINKS: ReadonlySet<string> = new Set(['up', 'on', 'from', 'with', 'de']);

/** "I'm already fit", "already in great shape": a state the user has is no goal to train for. */
function alreadyHad(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (start - k <= 3 && ALREADY_FILLERS.has(tokens[k]?.text ?? '')) k--;
  return tokens[k]?.text === 'already';
}
/** Words between "already" and the state: "already in great shape", "already pretty fit". */
const ALREADY_FILLERS: ReadonlySet<string> = new Set([
  'in',
  'pretty',
  'quite',
  'very',
  'really',
  'super',
  'fairly',
  'reasonably',
  'good',
  'great',
  'decent',
]);

function weightOf(marks: ReadonlySet<GoalEmphasis> | undefined): number {
  if (marks?.has('primary')) return 2;
  if (marks?.has('hedge')) return 0;
  return 1;
}

const isVerb = (value: GoalSignal): value is keyof typeof VERB_GOALS => value in VERB_GOALS;

/** A verb applied to another goal is only that goal's verb: "improve my cardio" is fitness. */
function goalOf(tokens: readonly Token[], mentions: readonly Mention<GoalSignal>[], i: number): TrainingGoal | null {
  const mention = mentions[i];
  if (!mention || mention.value === 'neutral') return null;
  // a rank aimed at ("get my blue", "brown belt eventually"), not one just received ("got my blue so now…")
  if (mention.value === 'rank')
    return aimedAt(tokens, mention) && !received(tokens, mention) ? 'skill_development' : null;
  if (received(tokens, mention)) return null;
  if (crossTrainsForSport(tokens, mention)) return 'fitness';
  if (!isVerb(mention.value)) return mention.value;
  const own = VERB_GOALS[mention.value];
  const next = mentions[i + 1];
  if (next && next.value !== 'neutral' && !isVerb(next.value) && next.value !== own) {
    const between = tokens.slice(mention.end, next.start);
    const sameClause = tokens[mention.start]?.clause === tokens[next.start]?.clause;
    // "I'd like to do a few comps": an infinitive reaches further
    const reach = between[0]?.text === 'to' ? INFINITIVE_REACH : VERB_REACH;
    if (sameClause && between.length <= reach && !between.some((t) => LISTS_GOALS.has(t.text))) return null;
  }
  return own;
}

const VERB_REACH = 3;
const INFINITIVE_REACH = 5;

/** A belt already given: "just got my black", "since getting my blue", "got promoted to blue". */
function received(tokens: readonly Token[], mention: Mention<GoalSignal>): boolean {
  if (!COLOUR_WORDS.has(tokens[mention.start]?.text ?? '')) return false;
  if (heldSince(tokens, mention)) return true;
  let k = mention.start - 1;
  while (POSSESSIVES.has(tokens[k]?.text ?? '')) k--;
  // "got promoted to blue"
  if (tokens[k]?.text === 'to' && tokens[k - 1]?.text === 'promoted') k -= 2;
  const verb = tokens[k]?.text ?? '';
  if (RECEIVED.has(verb)) return true;
  // "now that I have my blue", "ya tengo la azul": held, said opening a clause or after "I", "now";
  // not "want to have my black belt"
  if (HOLDING.has(verb)) return tokens[k - 1]?.kind !== 'word' || HOLDER.has(tokens[k - 1]?.text ?? '');
  return GIVING.has(verb) && SINCE.has(tokens[k - 1]?.text ?? '');
}
/** "black belt as of sunday", "black belt since march": a belt held from a time, said opening its clause. */
const heldSince = (tokens: readonly Token[], mention: Mention<GoalSignal>): boolean => {
  let end = mention.end;
  while (BELT_NOUNS.has(tokens[end]?.text ?? '')) end++;
  const opens = tokens[mention.start - 1]?.clause !== tokens[mention.start]?.clause;
  const asOf = tokens[end]?.text === 'as' && tokens[end + 1]?.text === 'of';
  return opens && (asOf || tokens[end]?.text === 'since');
};
// "a faixa preta", "la azul", "mi cinturón negro"
const POSSESSIVES: ReadonlySet<string> = new Set([
  ...['my', 'the', 'a', 'new'],
  ...['o', 'la', 'el', 'minha', 'mi', 'faixa', 'cinturon', 'cinta'],
]);
const HOLDING: ReadonlySet<string> = new Set(['have', 'has', 'hold', 'wear', 'tenho', 'tengo', 'uso']);
const HOLDER: ReadonlySet<string> = new Set(['i', 'finally', 'already', 'now', 'ja', 'ya', 'eu', 'yo', 'que']);
// "now that im brown i wanna compete": a belt the user is, not one aimed at
const RECEIVED: ReadonlySet<string> = new Set([
  'got',
  'earned',
  'received',
  'awarded',
  'was',
  'just',
  'been',
  'im',
  'm',
  'am',
  // Portuguese and Spanish: "peguei a preta", "recebi a roxa", "me dieron la azul", "saqué la azul"
  ...['peguei', 'recebi', 'ganhei', 'conquistei', 'sou', 'recibi', 'gane', 'obtuve', 'saque', 'dieron', 'soy'],
]);
// "getting my blue" is aimed at unless it is when something began: "since getting my blue"
const GIVING: ReadonlySet<string> = new Set(['getting', 'earning', 'receiving', 'get']);
const SINCE: ReadonlySet<string> = new Set(['since', 'after']);

/** An aspiration word near the rank: before it in its clause, or right after it ("brown eventually"). */
function aimedAt(tokens: readonly Token[], mention: Mention<GoalSignal>): boolean {
  const clause = tokens[mention.start]?.clause;
  for (let k = mention.start - 1; k >= Math.max(0, mention.start - RANK_AIM_REACH); k--)
    if (tokens[k]?.clause === clause && ASPIRATIONS.has(tokens[k]?.text ?? '')) return true;
  return ASPIRATIONS.has(tokens[mention.end]?.text ?? '') || ASPIRATIONS.has(tokens[mention.end + 1]?.text ?? '');
}
const RANK_AIM_REACH = 4;
