// Numbers as voice-to-text hears them: a word that sounds like the number, "like for times a week",
// "tress times a weak", "won day a week", "sicks times". Read so only right before what it counts.

import type { NumberRead } from './numbers';
import type { Token } from './text';

/** What a count counts, said right after it: "times", "x". */
const COUNTED: ReadonlySet<string> = new Set(['times', 'time', 'x']);
/** …and, after a word that is nothing else but a number heard wrong, days and sessions too. */
const COUNTED_TOO: ReadonlySet<string> = new Set([
  'day',
  'days',
  'night',
  'nights',
  'session',
  'sessions',
  'class',
  'classes',
]);

/**
 * Everyday words that sound like a number: counts only before "times" ("for days" is also a long
 * time, "to classes" where one goes, "free days" rest).
 */
const SOUNDS_LIKE: ReadonlyMap<string, number> = new Map([
  ['for', 4],
  ['fore', 4],
  ['foe', 4],
  ['to', 2],
  ['too', 2],
  ['tu', 2],
  ['free', 3],
  ['thru', 3],
  ['ate', 8],
]);
/** Words that are only a number heard wrong: "tress" (three), "won" (one), "sicks" (six), "fife" (five). */
const HEARD_ONLY: ReadonlyMap<string, number> = new Map([
  ['won', 1],
  ['wan', 1],
  ['tress', 3],
  ['threw', 3],
  ['tri', 3],
  ['fo', 4],
  ['fife', 5],
  ['sicks', 6],
  ['seben', 7],
]);

/** The number voice-to-text wrote as another word at token `i`, or null. */
export function heardNumber(tokens: readonly Token[], i: number): NumberRead | null {
  const text = tokens[i]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  // "for times when…" is no count
  if (tokens[i + 2]?.text === 'when') return null;
  const sounds = SOUNDS_LIKE.get(text);
  if (sounds !== undefined && COUNTED.has(next)) return { value: sounds, end: i + 1, isTimes: false };
  // "to days a week", "for sessions a week": days counted per week are a count (not "free days", which are rest)
  const goesTo = GO.has(tokens[i - 1]?.text ?? '');
  if (sounds !== undefined && text !== 'free' && !goesTo && COUNTED_TOO.has(next) && perWeekAt(tokens, i + 2))
    return { value: sounds, end: i + 1, isTimes: false };
  const heard = HEARD_ONLY.get(text);
  if (heard !== undefined && (COUNTED.has(next) || COUNTED_TOO.has(next)))
    return { value: heard, end: i + 1, isTimes: false };
  return null;
}

/** "a week", "per week", "/wk" right at `k`. */
const perWeekAt = (tokens: readonly Token[], k: number): boolean =>
  PER.has(tokens[k]?.text ?? '') && WEEK.has(tokens[k + 1]?.text ?? '');
const PER: ReadonlySet<string> = new Set(['a', 'per', 'each', 'every', '/']);
const WEEK: ReadonlySet<string> = new Set(['week', 'wk', 'weak']);
// "i go to classes a week…" is where one goes
const GO: ReadonlySet<string> = new Set(['go', 'goes', 'going', 'went', 'come', 'comes', 'get', 'back']);
