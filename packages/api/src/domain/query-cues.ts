// What a video request says beyond its topics that changes which videos fit: that the asker is new,
// wants one short lesson or a whole course, rules an instructor out or asks for one, or holds a belt.
// Pure; the words are data (data/facet-cues.ts).
import { BEGINNER_QUERY_CUES, COURSE_QUERY_CUES, LESSON_QUERY_CUES, RULED_OUT_CUES } from '../data/facet-cues';
import type { Belt } from '../data/videos';
import { compilePhrases, hasAnyPhrase, phraseAt, stemsOf } from './phrases';

export interface QueryCues {
  /** The asker is new or wants the basics ("for a white belt", "simple"). */
  beginner: boolean;
  /** The asker rules the basics out ("not the super basic white belt stuff"). */
  pastBasics: boolean;
  /** One short lesson ("just a quick vid") or a whole course ("a passing course"). */
  length: 'lesson' | 'course' | null;
  /** Instructors the message rules out ("not gordon ryan", "no danaher please"). */
  ruledOutInstructors: ReadonlySet<string>;
  /** Instructors the message asks for by name ("anything by lachlan"). */
  askedInstructors: ReadonlySet<string>;
  /** The belt the asker says they hold ("just got my blue belt"). */
  beltHeld: Belt | null;
  /** The belt they are working toward ("what should I know before blue belt"). */
  beltTarget: Belt | null;
}

const BEGINNER = compilePhrases(BEGINNER_QUERY_CUES);
const LESSON = compilePhrases(LESSON_QUERY_CUES);
const COURSE = compilePhrases(COURSE_QUERY_CUES);
const RULED_OUT = compilePhrases(RULED_OUT_CUES);
const BELTS: readonly Belt[] = ['white', 'blue', 'purple', 'brown', 'black'];
const BELT_STEMS = new Map(BELTS.map((b) => [b, stemsOf(b)[0]!]));
const BELT_WORD = stemsOf('belt')[0]!;
const HELD = compilePhrases([
  'got my',
  'get my',
  'earned my',
  'promoted to',
  'im a',
  'i am a',
  'as a',
  'just got',
  'new',
]);
const TARGET = compilePhrases([
  'before',
  'toward',
  'towards',
  'for my',
  'to',
  'working on my',
  'next',
  'to get my',
  'to earn my',
  'until i get my',
  // "what should i know before getting my blue": the belt to come, though "get my" alone says one held
  'before getting my',
  'before i get my',
  'before my',
  // "a white belt going for blue", "going for my purple"
  'going for',
  'going for my',
  'gunning for',
  'aiming for',
]);
// How far before a name a ruling-out word still applies ("no danaher please", "but NOT gordon ryan").
const RULE_OUT_REACH = 3;
// a name may stand a little further: "not a 4 hour gordon/danaher thing"
const NAME_RULE_OUT_REACH = 4;
const NAME_JOINERS: ReadonlySet<string> = new Set(['/', 'or', 'and', ',', 'nor']);

/** Reads the cues of a message against the library's instructors (names from `instructorNames`). */
export function readQueryCues(query: string, names: InstructorNames): QueryCues {
  const stems = stemsOf(query);
  const ruledOut = new Set<string>();
  const asked = new Set<string>();
  const seen = new Set<string>();
  let lastRuledOutEnd = -1;
  stems.forEach((stem, at) => {
    for (const { stems: name, instructors } of names.byFirstStem.get(stem) ?? []) {
      if (!phraseAt(stems, at, name) || instructors.some((i) => seen.has(i))) continue;
      // "no gi" is the attire, never a ruling out: "entries for no gi? saw lachlan hit it"
      const before = stems
        .slice(Math.max(0, at - NAME_RULE_OUT_REACH), at)
        .map((s, k, all) => (s === 'no' && all[k + 1] === 'gi' ? '' : s));
      // "not a 4 hour gordon/danaher thing": the next name of a list is ruled out too
      const listed =
        lastRuledOutEnd >= 0 &&
        (at === lastRuledOutEnd || (at === lastRuledOutEnd + 1 && NAME_JOINERS.has(stems[at - 1] ?? '')));
      const out = hasAnyPhrase(before, RULED_OUT) || listed;
      if (out) lastRuledOutEnd = at + name.length;
      for (const instructor of instructors) {
        seen.add(instructor);
        (out ? ruledOut : asked).add(instructor);
      }
    }
  });
  const belt = beltMentions(stems);
  const pastBasics = basicsRuledOut(stems);
  return {
    beginner: !pastBasics && hasAnyPhrase(stems, BEGINNER),
    pastBasics,
    length: lengthAsked(stems),
    ruledOutInstructors: ruledOut,
    askedInstructors: asked,
    beltHeld: belt.held,
    beltTarget: belt.target,
  };
}

/**
 * One short lesson or a whole course; ruling one out asks for the other ("a pass that isn't a 10
 * hour course" wants a lesson).
 */
function lengthAsked(stems: readonly string[]): 'lesson' | 'course' | null {
  const lesson = cueFound(stems, LESSON);
  const course = cueFound(stems, COURSE);
  if (lesson === 'asked' || course === 'ruled out') return 'lesson';
  if (course === 'asked' || lesson === 'ruled out') return 'course';
  return null;
}

/** Whether a cue is in the text, and whether a ruling-out word stands just before it. */
function cueFound(stems: readonly string[], cues: readonly (readonly string[])[]): 'asked' | 'ruled out' | null {
  let found: 'asked' | 'ruled out' | null = null;
  for (let at = 0; at < stems.length; at++)
    if (cues.some((cue) => phraseAt(stems, at, cue))) {
      const before = stems.slice(Math.max(0, at - LENGTH_RULE_OUT_REACH), at);
      if (hasAnyPhrase(before, RULED_OUT)) found = 'ruled out';
      else return 'asked';
    }
  return found;
}
// "isn't a 10 hour course": the length is named a few words after the ruling-out word.
const LENGTH_RULE_OUT_REACH = 4;

/** A beginner's word just after a ruling-out word: "not the super basic stuff", "no white belt stuff". */
function basicsRuledOut(stems: readonly string[]): boolean {
  for (let at = 0; at < stems.length; at++)
    if (BEGINNER.some((cue) => phraseAt(stems, at, cue))) {
      const before = stems.slice(Math.max(0, at - RULE_OUT_REACH), at);
      if (hasAnyPhrase(before, RULED_OUT)) return true;
    }
  return false;
}

/** Ways to name instructors, as stems, by their first stem, longest first: with the entries each names. */
export interface InstructorNames {
  byFirstStem: ReadonlyMap<string, readonly { stems: readonly string[]; instructors: readonly string[] }[]>;
}

/**
 * An instructor is named by their full name, or by one of their names when it names one person
 * only ("danaher", "lachlan", but never "ryan": Gordon Ryan and Ryan Hall). Entries that share every
 * distinctive name are the same person ("Lachlan Giles" and "Lachlan Giles & Ariel Tabak").
 */
export function instructorNames(instructors: readonly string[]): InstructorNames {
  const unique = [...new Set(instructors)];
  const wordsOf = (instructor: string) =>
    instructor
      .replace(/[()&.]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length >= 3 && !/^(jiu|jitsu|teaches|the)$/i.test(w))
      .map((w) => stemsOf(w).join(' '));
  const byWord = new Map<string, string[]>();
  for (const instructor of unique)
    for (const word of new Set(wordsOf(instructor))) byWord.set(word, [...(byWord.get(word) ?? []), instructor]);
  const names: { stems: string[]; instructors: string[] }[] = [];
  for (const instructor of unique)
    names.push({ stems: stemsOf(instructor.replace(/\(.*\)/, '')), instructors: [instructor] });
  for (const [word, owners] of byWord) {
    // One person: every owner's name holds all the names of the shortest one.
    const shortest = owners.map(wordsOf).sort((a, b) => a.length - b.length)[0]!;
    const onePerson = owners.every((o) => shortest.every((w) => wordsOf(o).includes(w)));
    if (onePerson) names.push({ stems: word.split(' '), instructors: owners });
  }
  // Longer names first, so "gordon ryan" is read before any single name.
  const byFirstStem = new Map<string, { stems: string[]; instructors: string[] }[]>();
  for (const name of names.sort((a, b) => b.stems.length - a.stems.length))
    byFirstStem.set(name.stems[0]!, [...(byFirstStem.get(name.stems[0]!) ?? []), name]);
  return { byFirstStem };
}

/**
 * The belt a message names: "<colour> belt", or a colour alone right after a word that says it is
 * held or aimed at ("got my blue last month", "work toward purple"), unless it names gear ("my black gi").
 */
function beltMentions(stems: readonly string[]): { held: Belt | null; target: Belt | null } {
  let held: Belt | null = null;
  let target: Belt | null = null;
  for (let i = 0; i < stems.length; i++) {
    const belt = BELTS.find((b) => BELT_STEMS.get(b) === stems[i]);
    if (!belt) continue;
    const before = stems.slice(Math.max(0, i - 4), i);
    // "to get my blue" is a belt worked toward, though "get my" alone says one held
    const toward = endsAt(before, TARGET);
    const isHeld = !toward && hasAnyPhrase(before, HELD);
    // "blue belt test in a month", "purple grading": a grading is for the belt to come
    const graded = GRADINGS.has(stems[stems[i + 1] === BELT_WORD ? i + 2 : i + 1] ?? '');
    if (
      stems[i + 1] !== BELT_WORD &&
      !graded &&
      (!(isHeld || toward) || !endsAt(before, isHeld ? HELD : TARGET) || GEAR.has(stems[i + 1] ?? ''))
    )
      continue;
    if (toward || graded || (!isHeld && hasAnyPhrase(before, TARGET))) target ??= belt;
    else held ??= belt;
  }
  return { held, target };
}

// as stems: "grading" is "grad"
const GRADINGS: ReadonlySet<string> = new Set(['test', 'exam', 'grad', 'grade', 'graduation', 'promotion']);

/** The cue is right before the colour: "got my blue", "toward purple". */
const endsAt = (before: readonly string[], cues: readonly (readonly string[])[]): boolean =>
  cues.some((cue) => cue.length <= before.length && cue.every((w, k) => before[before.length - cue.length + k] === w));
const GEAR: ReadonlySet<string> = new Set(
  ['gi', 'kimono', 'rashguard', 'rash', 'short', 'spat', 'tshirt', 'shirt', 'hoodie'].flatMap(stemsOf),
);
