// The words that name the library's instructors ("gordon", "danaher", "lachlan"), for telling a
// pronoun that points back at people from one that points back at a technique.
import { VIDEO_LIBRARY } from '../../data/videos';

// "ryan", "hall" and longer; no initials
const MIN_NAME_LETTERS = 4;

export const INSTRUCTOR_WORDS: ReadonlySet<string> = new Set(
  VIDEO_LIBRARY.flatMap((v) =>
    v.instructor
      .replace(/\(.*\)/, '')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= MIN_NAME_LETTERS),
  ),
);
