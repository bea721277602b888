import { baseTopicOf, displayName, isAttire, isPosition, type TopicId } from '../data/canonical-topics';
import { GUARD_POSITIONS } from '../data/topic-aliases';
import { sentenceName, sentenceNameIsPlural, stuckWhere } from '../data/topic-names';
import type { SmallTalk } from './small-talk';
import type { Belt } from '../data/videos';
import { capitalise, joinList } from './sentence';
import { techniqueTerm } from './technique-terms';
import { GENERAL_ANSWERS, GENERAL_VIDEO_OFFER, type GeneralKind } from '../data/general-answers';

export interface LeadInInput {
  topics: readonly TopicId[];
  belt: Belt | null;
  /** How many videos the reply carries (1–3). */
  videoCount: number;
  /** Picks among phrasings so replies don't read like a form letter; any integer. */
  variant: number;
  /** A family of techniques the query named instead of one ("chokes"), when it named no topic. */
  family?: string | null;
  /** No topic, but the videos' titles name what was asked ("arm drags"). */
  titleMatched?: boolean;
  /** A greeting or thanks rather than a question ("hi", "thanks!"). */
  smallTalk?: SmallTalk | null;
  /** The query is about pain or an injury: the body part it names ("knee"), or "" for none. */
  injury?: string | null;
  /** The message asks no technique (gear, scheduling, nerves, recovery): a short honest answer. */
  general?: GeneralKind | null;
  /** It asks what to study, with no technique named. */
  study?: boolean;
  /** Topics the user ruled out: never offered. */
  excluded?: readonly TopicId[];
  /** Named techniques asked (technique-term ids: "berimbolo"), said instead of the topics they belong to. */
  terms?: readonly string[];
}

// Prof. OS talks about the user's own game ("YOUR game"), short and direct, never generic praise.
const DEFENSE = [
  (t: string, several: boolean) =>
    `Getting caught by ${t} is fixable. Here's how to shut ${several ? 'them' : 'it'} down in YOUR game.`,
  (t: string) => `Let's take ${t} off the table in YOUR game. Defense first, then we build from there.`,
];
// What each line offers beyond the question, so that one offering what the user ruled out ("retention
// drills but no sweeps please") is not said.
const RETENTION: readonly { readonly text: string; readonly offers: readonly TopicId[] }[] = [
  {
    text: 'Getting passed is fixable: frames, hip movement and re-guarding. Here is how to make YOUR guard hard to get past.',
    offers: [],
  },
  {
    text: "Let's make YOUR guard sticky. Retention first, then the sweeps and submissions open up.",
    offers: ['sweep'],
  },
];
const ESCAPE = [
  (p: string, where: string) => `Stuck ${where}? These give YOUR escapes a plan instead of a scramble.`,
  (p: string) => `Escaping ${p} is about frames and timing, not strength. Here's where YOUR escape game starts.`,
];
// Someone else's guard is left by passing it.
const PAST_GUARD = [
  (p: string) => `Stuck in ${p}? Posture and grip breaks first, then the pass. Here's how to get past it in YOUR game.`,
  (p: string) => `Getting past ${p} starts with killing its grips. Here's where YOUR passing plan starts.`,
];
const ATTACK = [
  (t: string, several: boolean) =>
    `${capitalise(t)} ${several ? 'are smart things' : 'is a smart thing'} to build into YOUR game. Start here.`,
  (t: string) => `Here's how I'd sharpen ${t} in YOUR game.`,
];

export function composeLeadIn(input: LeadInInput): string {
  // Pain comes first: technique advice is no substitute for getting it looked at.
  if (input.injury === null || input.injury === undefined) return coachingLeadIn(input);
  const what = input.injury ? `that ${input.injury}` : 'that';
  return `Sorry to hear it. If ${what} still hurts, get it checked before you roll hard on it — I coach technique, not injuries. ${coachingLeadIn(input)}`;
}

function coachingLeadIn({
  topics,
  belt,
  videoCount,
  variant,
  family = null,
  titleMatched = false,
  smallTalk = null,
  general = null,
  study = false,
  excluded = [],
  terms = [],
}: LeadInInput): string {
  if (general) return `${GENERAL_ANSWERS[general]} ${GENERAL_VIDEO_OFFER}`;
  // What the user ruled out is never offered, even if it slipped into the topics.
  const ruledOut = new Set(excluded.map(baseTopicOf));
  const subject = topics.filter((t) => !isAttire(t) && !ruledOut.has(baseTopicOf(t)));
  if (!subject.length && smallTalk) {
    const opener = smallTalk === 'thanks' ? 'Any time.' : 'Good to see you.';
    return `${opener} Tell me what you're working on — a position, a submission, or how your last roll went — and I'll coach YOUR game from there. Until then, ${videoCount === 1 ? 'a fundamental that pays' : 'fundamentals that pay'} off ${belt ? `at ${belt} belt` : 'at any belt'}.`;
  }
  if (!subject.length && !family && study) {
    const level = belt ? `at ${belt} belt` : 'early on';
    return `Here's what I'd study ${level}: the fundamentals that pay off in every roll, in this order. Log your sessions and I'll point you at what YOUR rolls need next.`;
  }
  if (!subject.length && !family && titleMatched) {
    return "Here's what I have on exactly that. Tell me where it shows up in YOUR rolls — which position, which submission — and I'll tie it into YOUR game.";
  }
  if (!subject.length && family) {
    const attire = topics.find(isAttire);
    const where = attire === 'gi' ? ' in the gi' : attire ? ' for no-gi' : '';
    return `${capitalise(family)} are a big family, so here is a spread${where} to build YOUR game from. Name the one you like best and I'll go deeper.`;
  }
  if (!subject.length) {
    const level = belt ? `at ${belt} belt` : 'at any belt';
    const attire = topics.find(isAttire);
    const scope = attire ? ` for ${attire}` : '';
    return `I couldn't tie that to a specific technique, so here ${videoCount === 1 ? 'is a fundamental' : 'are fundamentals'}${scope} that ${videoCount === 1 ? 'pays' : 'pay'} off ${level}. Name a position or a submission and I'll get specific to YOUR game.`;
  }
  const defended = subject.filter((t) => t.endsWith('_defense') || t === 'guard_retention');
  const escaped = subject.filter((t) => t.endsWith('_escape'));
  const pick = <T>(options: readonly T[]) => options[Math.abs(variant) % options.length]!;
  if (escaped.length) {
    const positions = escaped.map(baseTopicOf);
    if (positions.every((p) => GUARD_POSITIONS.includes(p as TopicId)))
      return pick(PAST_GUARD)(joinList(positions.map(displayName)));
    const where = positions.length === 1 ? stuckWhere(positions[0]!) : `under ${joinList(positions.map(displayName))}`;
    return pick(ESCAPE)(joinList(positions.map(displayName)), where);
  }
  if (defended.length) {
    if (defended.every((t) => t === 'guard_retention'))
      return pick(RETENTION.filter((line) => !line.offers.some((t) => ruledOut.has(t)))).text;
    const bases = defended.filter((t) => t !== 'guard_retention').map(baseTopicOf);
    return pick(DEFENSE)(joinList(bases.map(sentenceName)), bases.length > 1 || sentenceNameIsPlural(bases[0]!));
  }
  // A named technique says more than the topic it belongs to ("the berimbolo", not "back takes"); a
  // position beside a technique is where it is done ("the armbar from the mount").
  const named = terms.map(techniqueTerm).filter((t) => t !== undefined);
  const ofNamed = new Set<string>(named.flatMap((t) => t.topics));
  const moves = subject.filter((t) => !isPosition(t) && !ofNamed.has(t));
  const places = subject.filter((t) => isPosition(t) && !ofNamed.has(t));
  const doing = [...named.map((t) => t.label), ...moves.map(sentenceName)];
  if (!doing.length) {
    const all = places.length ? places : subject;
    return pick(ATTACK)(joinList(all.map(sentenceName)), all.length > 1 || sentenceNameIsPlural(all[0]!));
  }
  const from = places.length ? ` from ${joinList(places.map(sentenceName))}` : '';
  const plural = doing.length > 1 || (moves.length === 1 && !named.length && sentenceNameIsPlural(moves[0]!));
  return pick(ATTACK)(`${joinList(doing)}${from}`, plural);
}
