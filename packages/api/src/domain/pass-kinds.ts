// Keeping guard against a named pass ("how do I keep guard vs a leg drag"): the retention video that
// answers that kind of pass is the answer, a general retention video a partial one, and a passing
// course none (it teaches the other side).
import { PASS_KIND_WORDS, PASS_KINDS_OF_TERM, RETENTION_KIND_CUES, type PassKind } from '../data/pass-kinds';
import type { LibraryVideo } from '../data/videos';

/** A retention video naming no kind of pass answers every kind in part. */
const GENERAL_RETENTION = 0.5;
/** One naming only other kinds ("through the legs" for a leg drag) answers less. */
const OTHER_KINDS = 0.2;

/**
 * The kinds of pass a question names, once per naming: "pressure passers doing over under" names
 * close range twice and under once.
 */
export function passKindsAsked(terms: readonly string[], words: ReadonlySet<string>): PassKind[] {
  const kinds: PassKind[] = [];
  for (const term of terms) kinds.push(...(PASS_KINDS_OF_TERM[term] ?? []));
  for (const [word, kind] of Object.entries(PASS_KIND_WORDS)) if (words.has(word)) kinds.push(kind);
  return kinds;
}

/** Whether a named technique is a pass with a kind (so retention answers it by kind). */
export const isKindedPass = (term: string): boolean => term in PASS_KINDS_OF_TERM;

const answered = new WeakMap<LibraryVideo, ReadonlySet<PassKind>>();

/** The kinds of pass a retention video's title or description says it answers. */
export function passKindsAnswered(video: LibraryVideo): ReadonlySet<PassKind> {
  let kinds = answered.get(video);
  if (!kinds) {
    const text = `${video.title}. ${video.description}`;
    kinds = new Set(
      (Object.entries(RETENTION_KIND_CUES) as [PassKind, RegExp][]).filter(([, re]) => re.test(text)).map(([k]) => k),
    );
    answered.set(video, kinds);
  }
  return kinds;
}

/** How well a retention video answers the kinds of pass asked, 0–1. */
export function kindMatch(video: LibraryVideo, asked: readonly PassKind[]): number {
  const kinds = passKindsAnswered(video);
  if (!kinds.size) return GENERAL_RETENTION;
  const hits = asked.filter((k) => kinds.has(k)).length;
  return hits ? hits / asked.length : OTHER_KINDS;
}
