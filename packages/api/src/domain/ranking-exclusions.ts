// What a user ruled out keeps videos out of the answer: a topic taught, or a technique named.
import { baseTopicOf, isPosition, type TopicId } from '../data/canonical-topics';
import type { LibraryVideo } from '../data/videos';
import type { RankingInput } from './ranking';
import { techniqueTerm } from './technique-terms';
import { facetsOf, NAMED } from './video-facets';

/** Bases the user ruled out and did not also ask about ("no leg locks" keeps heel hooks out). */
export function excludedBases(input: RankingInput): ReadonlySet<string> {
  const asked = new Set(input.topics.map(baseTopicOf));
  return new Set((input.excluded ?? []).map(baseTopicOf).filter((b) => !asked.has(b)));
}

/**
 * A video that teaches a ruled-out topic (its subject, or named in its title or description) is kept
 * out, unless a technique asked is more central to it ("kneebars, not heel hooks": a kneebar course
 * that also names the heel hook stays).
 */
export function teachesExcluded(
  video: LibraryVideo,
  excluded: ReadonlySet<string>,
  asked: ReadonlySet<string>,
): boolean {
  if (!excluded.size) return false;
  const facets = facetsOf(video);
  // named for a place ruled out ("… From Turtle" for back takes "that dont start from turtle"): out,
  // whatever else its title names; named for a technique ruled out, out unless it names one asked
  const titled = [...excluded].filter((b) => facets.titled.has(b as TopicId));
  if (titled.some((b) => isPosition(b as TopicId))) return true;
  if (titled.length && ![...asked].some((b) => facets.titled.has(b as TopicId))) return true;
  // named in passing without a tag ("entries to leg locks") still teaches it
  let ruledOut = [...excluded].some((b) => facets.mentioned.has(b)) ? NAMED : 0;
  let wanted = 0;
  for (const [topic, strength] of facets.strength) {
    const base = baseTopicOf(topic);
    if (excluded.has(base)) ruledOut = Math.max(ruledOut, strength);
    else if (asked.has(base)) wanted = Math.max(wanted, strength);
  }
  return ruledOut >= NAMED && ruledOut >= wanted;
}

/**
 * A video named for a ruled-out technique ("nothing with berimbolos") is kept out, and so is one whose
 * description names it, unless it names another technique of the same kind too: "the bridge and roll
 * and the elbow-knee escape" still answers "a mount escape that doesnt involve bridging".
 */
export function namesExcludedTerm(video: LibraryVideo, ruledOut: readonly string[]): boolean {
  const { terms } = facetsOf(video);
  return ruledOut.some((t) => {
    const strength = terms.get(t);
    if (!strength) return false;
    if (strength === 1) return true;
    const kinds = techniqueTerm(t)?.topics ?? [];
    return ![...terms.keys()].some(
      (other) => !ruledOut.includes(other) && (techniqueTerm(other)?.topics ?? []).some((k) => kinds.includes(k)),
    );
  });
}
