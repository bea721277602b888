// Which videos may answer a question (an index by topic and named technique), and how well each does.
import { baseTopicOf, isAttire, isPosition, type Attire, type TopicId } from '../data/canonical-topics';
import { DEFENDED_IN_TURN } from '../data/technique-siblings';
import { RANKING_WEIGHTS as W } from '../data/ranking-weights';
import type { LibraryVideo } from '../data/videos';
import { techniqueTerm } from './technique-terms';
import { facetsOf, type VideoFacets } from './video-facets';
import { defendedBase } from './ranking-sides';
import type { RankingInput } from './ranking-types';
import type { Slot } from './ranking-slots';
import { isGuardPosition } from './ranking-slot-kinds';

interface TopicIndex {
  byBase: Map<string, LibraryVideo[]>;
  byTerm: Map<string, LibraryVideo[]>;
}

// Ranking runs on every request: index each library once by the base topics and named techniques its videos teach.
const indexes = new WeakMap<readonly LibraryVideo[], TopicIndex>();

function indexOf(library: readonly LibraryVideo[]): TopicIndex {
  let index = indexes.get(library);
  if (!index) {
    index = { byBase: new Map(), byTerm: new Map() };
    const add = (map: Map<string, LibraryVideo[]>, key: string, video: LibraryVideo) => {
      const list = map.get(key) ?? [];
      if (!list.includes(video)) list.push(video);
      map.set(key, list);
    };
    for (const video of library) {
      const facets = facetsOf(video);
      for (const topic of facets.strength.keys()) add(index.byBase, baseTopicOf(topic), video);
      if (facets.strength.has('guard_retention')) add(index.byBase, 'guard_passing', video);
      for (const term of facets.terms.keys()) add(index.byTerm, term, video);
    }
    indexes.set(library, index);
  }
  return index;
}

/** Videos sharing a base topic or a named technique with the question. */
export function candidatesFor(library: readonly LibraryVideo[], input: RankingInput): LibraryVideo[] {
  const { byBase, byTerm } = indexOf(library);
  const found = new Set<LibraryVideo>();
  const add = (list: readonly LibraryVideo[] | undefined) => list?.forEach((v) => found.add(v));
  for (const topic of input.topics) {
    if (isAttire(topic)) continue;
    add(byBase.get(baseTopicOf(topic)));
    for (const [a, b] of DEFENDED_IN_TURN)
      if (topic === a || topic === b) add(byBase.get(baseTopicOf(topic === a ? b : a)));
    if (topic === 'guard_retention' || (topic.endsWith('_escape') && isGuardPosition(baseTopicOf(topic))))
      add(byBase.get('guard_passing'));
  }
  for (const term of input.terms ?? []) add(byTerm.get(term));
  for (const topic of input.reaction?.topics ?? []) add(byBase.get(topic));
  for (const term of input.reaction?.terms ?? []) add(byTerm.get(term));
  if (!input.topics.some((t) => !isAttire(t)) && !(input.terms ?? []).length)
    for (const topic of input.familyTopics ?? []) add(byBase.get(baseTopicOf(topic)));
  return [...found];
}

/**
 * How well a video answers the question, 0–1: the weighted match of each slot; the attire asked is
 * a requirement, and a video named for another place than the one asked ("… from Mount" for "from
 * closed guard") answers less.
 */
export function relevanceOf(
  video: LibraryVideo,
  facets: VideoFacets,
  slots: readonly Slot[],
  askedAttire: Attire | null,
  places: readonly TopicId[],
  scope: ReadonlySet<string>,
): number {
  let total = 0;
  let weights = 0;
  for (const slot of slots) {
    total += slot.weight * slot.match(facets, video);
    weights += slot.weight;
  }
  let relevance = weights ? total / weights : 0;
  if (askedAttire && video.attire !== 'both' && video.attire !== askedAttire) relevance *= W.ATTIRE_CLASH;
  if (places.length && !places.some((p) => facets.titled.has(p)))
    for (const t of facets.titled) if (isPosition(t) && !places.includes(t)) return relevance * W.ELSEWHERE;
  return relevance * narrowerBy(facets, scope);
}

/** What the question is about, as bases and named techniques: a title naming something else is narrower. */
export function askedScope(input: RankingInput): ReadonlySet<string> {
  const scope = new Set<string>([...(input.terms ?? []), ...(input.familyTopics ?? []).map(baseTopicOf)]);
  for (const t of input.topics) scope.add(defendedBase(t)).add(baseTopicOf(t));
  for (const term of input.terms ?? []) for (const t of techniqueTerm(term)?.topics ?? []) scope.add(baseTopicOf(t));
  return scope;
}

/**
 * A title naming a position or technique the question did not ask ("Half Guard Passing" for "guard
 * passing") is narrower than the question; one naming a named technique of it ("Defending the Knee
 * Cut" for "my guard gets passed") a little narrower.
 */
function narrowerBy(facets: VideoFacets, scope: ReadonlySet<string>): number {
  for (const t of facets.titled) if (!isAttire(t) && !scope.has(defendedBase(t as TopicId))) return W.NARROWER;
  for (const [term, strength] of facets.terms) if (strength === 1 && !scope.has(term)) return W.NARROWER_TERM;
  return 1;
}
