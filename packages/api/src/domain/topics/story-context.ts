// A question asked after a story: of the whole message's topics, those the question names, and the
// story's attire, place and attacks the question points back at.
import {
  type Position,
  type TopicId,
  baseTopicOf,
  escapeTopicOf,
  isAttire,
  isPosition,
  isTechnique,
} from '../../data/canonical-topics';
import { isSubmission } from '../../data/topic-names';
import { asksSubmissionsAsAKind, pointsBackAtOwnAttack, pointsBackAtStory } from './story-pointed-at';
import { isGuard } from './whose-guard';
import { type TopicReading, readTopicsOf, withTopics } from './reading';
import { placeTriedIn } from './story-place';

/**
 * The whole message's reading, keeping of its topics those the asking sentences name, and of the
 * story's the one attire trained in and, when the question names no place of its own, where it happens
 * ("… every time I turtled. How do I stop the back take?").
 */
export function withStoryContext(
  question: TopicReading,
  asking: string,
  whole: TopicReading,
  story: string,
): TopicReading {
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
  const ownAttack = goesOnWithOwnAttack(question.topics, asking);
  // getting passed, told of the guard the question asks about ("need help with dlr. i got passed every
  // round"), not of one the story rules out
  const guardKept =
    question.topics.some((t) => isGuard(t)) &&
    !question.topics.some(isTechnique) &&
    whole.topics.includes('guard_retention') &&
    ![...whole.excluded, ...question.excluded].some((t) => isGuard(t));
  // "… land in side control and then they go knee on belly. takedown defense or the escapes?": escapes
  // asked of no place of the question's own are the story's places' escapes
  const escapesBack = !placed && ESCAPES_ASKED.test(asking.toLowerCase());
  // the place the story tried the question's technique in, when it tells of it
  const tried = placed || escapesBack ? undefined : placeTriedIn(question.topics.filter(isTechnique), story);
  // "… from inside my closed guard, from side control … how do i defend wristlocks in general": no place
  const anywhere = IN_GENERAL.test(asking.toLowerCase());
  const kept = (t: TopicId): boolean =>
    question.topics.includes(t) ||
    (guardKept && t === 'guard_retention') ||
    (attire.length === 1 && attire.includes(t)) ||
    (!placed && !anywhere && isPosition(t) && (tried === undefined || t === tried)) ||
    defended.has(t) ||
    (ownAttack && isSubmission(t) && !storyDefends.has(t));
  // ("… passed to side control in like 10 sec. how do i keep butterfly guard when someone drives
  // into me": keeping the guard, read in the question alone, is asked though the story passes)
  const retained = question.topics.includes('guard_retention') && !whole.topics.includes('guard_retention');
  const placesKept = [...whole.topics.filter(kept), ...(retained ? (['guard_retention'] as const) : [])];
  const escaped = escapesBack ? placesKept.filter(isPosition).map((p) => escapeTopicOf(p as Position)) : [];
  const topics = withPlacePointedAt([...placesKept, ...escaped.filter((e) => !placesKept.includes(e))], asking, story);
  return withTopics(whole, topics);
}

/** The question goes on with the story's submission and names none of its own ("… how do i finish it from side"). */
const goesOnWithOwnAttack = (asked: readonly TopicId[], asking: string): boolean =>
  (pointsBackAtOwnAttack(asking) || asksSubmissionsAsAKind(asking)) && !asked.some(isSubmission);

/**
 * The whole message's submissions a question goes on with ("i love the arm triangle. show me how to
 * finish it from side control"), less those the message defends.
 */
export function ownAttacksPointedAt(asked: readonly TopicId[], asking: string, whole: readonly TopicId[]): TopicId[] {
  if (!goesOnWithOwnAttack(asked, asking)) return [];
  const defended = defendedAttacks(whole);
  return whole.filter((t) => isSubmission(t) && !defended.has(t) && !asked.includes(t));
}

const IN_GENERAL = /\b(?:in general|generally|overall|from anywhere|from everywhere|wherever)\b/;
// ("NOT the escape" rules them out)
const ESCAPES_ASKED =
  /(?<!\bnot |\bno )\b(?:the|any|some|what|which) escapes?\b|\bescapes? (?:after|first|too|from there)\b/;

/** The techniques defended among `topics`, each with its defence ("kimura", "kimura_defense"). */
function defendedAttacks(topics: readonly TopicId[]): Set<TopicId> {
  const defences = topics.filter((t) => t !== baseTopicOf(t) && isTechnique(baseTopicOf(t)));
  return new Set(defences.flatMap((t) => [t, baseTopicOf(t) as TopicId]));
}

/**
 * "… coach showed heel hook entries from single leg x … anyway i'd rather see the kneebar from
 * there": a question asked "from there" is asked at the story's last position.
 */
export function withPlacePointedAt(topics: TopicId[], asked: string, story: string): TopicId[] {
  const text = asked.toLowerCase();
  // ("what should i watch to get to deep half from there": the place named is where to go, not where from;
  // "keep knee on belly heavy and go to the armbar from there": the place named is where from)
  if (!POINTS_AT_A_PLACE.test(text) || (topics.some((t) => isPosition(t)) && !goesToAPlace(text))) return topics;
  const place = readTopicsOf(story).topics.findLast((t) => isPosition(t));
  return place && !topics.includes(place) ? [...topics, place] : topics;
}
/** The place named is where the question goes to: "… get to deep half from there". */
const goesToAPlace = (text: string): boolean => {
  const destination = GOING_TO.exec(text)?.[1];
  return destination !== undefined && readTopicsOf(destination).topics.some((t) => isPosition(t));
};
const GOING_TO = /\b(?:get|getting|go|going|move|moving|transition|come)\s+(?:up\s+)?(?:to|into)\b(.*)\bfrom\s+there\b/;
// ("… the omoplata from the same position", "a partir da mesma posição")
const POINTS_AT_A_PLACE =
  /\b(?:from|in|at)\s+(?:there|that\s+(?:spot|position)|the\s+same\s+(?:spot|position|place))\b|\bda\s+mesma\s+posi[cç][aã]o\b/;
