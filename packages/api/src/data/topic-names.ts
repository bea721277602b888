// How Prof. OS says a topic inside a sentence. Display names (`_` → space) read as labels; in a
// sentence a submission takes "the", a movement is plural and a few positions need their own words.
import { displayName, isPosition, isTechnique, MOVEMENTS as MOVEMENT_LIST } from './canonical-topics';

/** Techniques that are something you do again and again rather than one finish. */
export const MOVEMENTS: ReadonlySet<string> = new Set(MOVEMENT_LIST);

/** A technique that is one finish: every technique but the movements. */
export const isSubmission = (topic: string): boolean => isTechnique(topic) && !MOVEMENTS.has(topic);

/** Where a movement ends: beside it ("take the back, … get my hooks in"), that position is where it leads, not a second subject. */
export const LEADS_TO: Readonly<Record<string, string>> = { back_take: 'back_control' };

/** Skills named as a whole, never in the plural: "guard passing is…". */
const MASS_NOUNS: ReadonlySet<string> = new Set(['guard_passing', 'guard_retention']);
const PLURALS: Readonly<Record<string, string>> = { back_take: 'back takes', bow_and_arrow: 'bow and arrow chokes' };

const IN_A_SENTENCE: Readonly<Record<string, string>> = {
  mount: 'the mount',
  turtle: 'the turtle',
  standing: 'the stand-up game',
};

/** "triangles", "back takes", "heel hooks": techniques in the plural, anything else as displayed. */
export function pluralName(topic: string): string {
  if (PLURALS[topic]) return PLURALS[topic];
  return pluralNameIsPlural(topic) ? `${displayName(topic)}s` : displayName(topic);
}

/** Whether `pluralName` is grammatically plural ("triangles are…", but "guard passing is…"). */
export const pluralNameIsPlural = (topic: string): boolean => isTechnique(topic) && !MASS_NOUNS.has(topic);

/** Whether `sentenceName` is grammatically plural ("takedowns", but "the triangle", "guard passing"). */
export const sentenceNameIsPlural = (topic: string): boolean => MOVEMENTS.has(topic) && !MASS_NOUNS.has(topic);

/** "the triangle", "takedowns", "closed guard", "the mount": a topic as the object of a sentence. */
export function sentenceName(topic: string): string {
  if (MOVEMENTS.has(topic)) return pluralName(topic);
  if (isTechnique(topic)) return `the ${displayName(topic)}`;
  if (isPosition(topic)) return IN_A_SENTENCE[topic] ?? displayName(topic);
  return displayName(topic);
}

/** Where you are stuck when a position is on top of you: "under mount", "in turtle", "with someone on YOUR back". */
export function stuckWhere(position: string): string {
  if (position === 'back_control') return 'with someone on YOUR back';
  if (
    position === 'turtle' ||
    position.endsWith('guard') ||
    !['mount', 'side_control', 'knee_on_belly', 'north_south'].includes(position)
  ) {
    return `in ${displayName(position)}`;
  }
  return `under ${displayName(position)}`;
}
