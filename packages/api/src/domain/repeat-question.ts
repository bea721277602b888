// Which videos a user has already been shown for the question they ask now. Asked again, they want
// others; asked something else, the best answer comes first even when they saw it for another
// question (a back escape course also answers "rnc defense").

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
