// Which videos to hold back because the user has seen them lately. Repeating means answering the
// same question with the same videos: asked again within the last requests, it gets others while
// the library has them. Another question gets its best answer even when a different question
// showed it (a back escape course also answers "rnc defense").

/** One of the user's recent requests: the topics it asked and the videos it showed. */
export interface ShownFor {
  readonly topics: readonly string[];
  readonly videoIds: readonly string[];
}

/** The videos shown for recent requests that asked the same topics as `topics` (in any order). */
export function shownForSameQuestion(recent: readonly ShownFor[], topics: readonly string[]): Set<string> {
  const asked = new Set(topics);
  const same = (r: ShownFor) => r.topics.length === asked.size && r.topics.every((t) => asked.has(t));
  return new Set(recent.filter(same).flatMap((r) => r.videoIds));
}
