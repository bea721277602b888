// What each library video teaches, read once from its tags, title and description: how central each
// topic is to it, which side of a technique it teaches (attacking it, or defending and escaping it),
// the named techniques it covers and whom it suits. Ranking and reasons read these, so a defence
// question finds the defensive course and a reason claims only what the description says.
import { baseTopicOf, isPosition, isTechnique, type TopicId } from '../data/canonical-topics';
import { BOTH_SIDES_CUES, COURSE_CUES, LESSON_CUES, SPECIALIST_CUES, SUIT_CUES, type Suit } from '../data/facet-cues';
import type { LibraryVideo } from '../data/videos';
import { withGuardMeant } from './guard-meant';
import { termsIn } from './technique-terms';
import { extractTopics } from './topics';
import { compilePhrases, hasAnyPhrase, stemsOf } from './phrases';

export type Side = 'attack' | 'defence';

export interface VideoFacets {
  /** Topic (base or intent id) → how central it is: 1 the video's subject, down to 0.5 for a passing mention. */
  strength: ReadonlyMap<string, number>;
  /** Topics the title or description names: what a reason may claim the video teaches. */
  named: ReadonlySet<string>;
  /** Every topic the title or description names, tagged or not ("… and entries to leg locks"). */
  mentioned: ReadonlySet<string>;
  /** Topics its title names. */
  titled: ReadonlySet<string>;
  /** Base topic → the sides of it the video teaches. */
  sides: ReadonlyMap<string, ReadonlySet<Side>>;
  /** Named technique id (data/technique-terms.ts) → 1 in the title, NAMED in the description. */
  terms: ReadonlyMap<string, number>;
  suits: ReadonlySet<Suit>;
  /** A whole course on its subject, one short lesson, or neither said. */
  scope: 'course' | 'lesson' | null;
  /** The description says the instructor is known for this very thing. */
  specialist: boolean;
  /** The title names a later part of a series ("Part 2", "Volume 3", "vol 2"): the first part is where one starts. */
  laterPart: boolean;
  /** The stems of its title and description, for matching what a question adds ("when they stack me"). */
  words: ReadonlySet<string>;
}

// The first tag is the video's subject; later tags are what it also covers, less and less centrally.
const TAG_STRENGTH = [1, 0.75, 0.6] as const;
const LATER_TAG = 0.5;
/** Named in the title: (nearly) the subject. Named in the description: taught, not only touched. */
const TITLED = 0.9;
export const NAMED = 0.7;
const UNNAMED_SUBJECT = 0.85;

const BOTH = compilePhrases(BOTH_SIDES_CUES);
const COURSE = compilePhrases(COURSE_CUES);
const LESSON = compilePhrases(LESSON_CUES);
const SPECIALIST = compilePhrases(SPECIALIST_CUES);
const SUITS = Object.entries(SUIT_CUES).map(([suit, cues]) => [suit as Suit, compilePhrases(cues)] as const);

/** The intent id that is the defending or escaping side of a base topic, if any. */
export function defensiveSideOf(base: string): TopicId | null {
  if (base === 'guard_passing') return 'guard_retention';
  if (isTechnique(base)) return `${base}_defense` as TopicId;
  if (isPosition(base)) return `${base}_escape` as TopicId;
  return null;
}

export function deriveFacets(video: LibraryVideo): VideoFacets {
  // Read as a question is: "the armbar from guard" is from the closed guard.
  const inTitle = new Set<string>(withGuardMeant(video.title, extractTopics(video.title), false));
  const inDescription = new Set<string>(withGuardMeant(video.description, extractTopics(video.description), false));
  const strength = new Map<string, number>();
  // A defensive tag counts as named when the text names what is defended ("Escapes from … darces").
  const isNamed = (names: ReadonlySet<string>, topic: string) =>
    names.has(topic) || (topic !== baseTopicOf(topic) && names.has(baseTopicOf(topic)));
  video.topics.forEach((topic, i) => {
    // A subject the title and description never name is less surely the subject.
    const tagged =
      i === 0 && !isNamed(inTitle, topic) && !isNamed(inDescription, topic)
        ? UNNAMED_SUBJECT
        : (TAG_STRENGTH[i] ?? LATER_TAG);
    strength.set(topic, Math.max(tagged, isNamed(inTitle, topic) ? TITLED : isNamed(inDescription, topic) ? NAMED : 0));
  });
  const named = new Set([...inTitle, ...inDescription].filter((t) => strength.has(t)));

  const textStems = stemsOf(`${video.title} . ${video.description}`);
  const teachesBoth = hasAnyPhrase(textStems, BOTH);
  const sides = new Map<string, Set<Side>>();
  for (const topic of strength.keys()) {
    const base = baseTopicOf(topic);
    const defensive = defensiveSideOf(base);
    const set = sides.get(base) ?? new Set<Side>();
    if (topic !== base || topic === 'guard_retention') set.add('defence');
    // A bare tag beside its own defensive tag is the convention for "defending T", not a second subject.
    else if (!defensive || !strength.has(defensive) || teachesBoth) set.add('attack');
    sides.set(base, set);
  }
  if (strength.has('guard_retention'))
    sides.set('guard_passing', new Set([...(sides.get('guard_passing') ?? []), 'defence']));

  const terms = new Map<string, number>();
  for (const id of termsIn(video.title)) terms.set(id, 1);
  for (const id of termsIn(video.description)) if (!terms.has(id)) terms.set(id, NAMED);

  return {
    strength,
    named,
    mentioned: new Set([...inTitle, ...inDescription].map(baseTopicOf)),
    titled: inTitle,
    sides,
    terms,
    suits: new Set(SUITS.filter(([, cues]) => hasAnyPhrase(textStems, cues)).map(([suit]) => suit)),
    words: new Set(textStems),
    // A title that names its instructor is a free lesson ("… by John Danaher", "(Lachlan Giles)").
    scope:
      hasAnyPhrase(textStems, LESSON) || video.title.includes(video.instructor)
        ? 'lesson'
        : hasAnyPhrase(textStems, COURSE)
          ? 'course'
          : null,
    specialist: hasAnyPhrase(textStems, SPECIALIST),
    laterPart: LATER_PART.test(video.title),
  };
}

const LATER_PART = /\b(?:part|vol(?:ume)?\.?)\s*(?:[2-9]|ii|iii|iv|two|three)\b/i;

const cache = new WeakMap<LibraryVideo, VideoFacets>();

/** The facets of a video, derived once per video object. */
export function facetsOf(video: LibraryVideo): VideoFacets {
  let facets = cache.get(video);
  if (!facets) cache.set(video, (facets = deriveFacets(video)));
  return facets;
}
