// belt_level: a belt told by counting belts from another one: from someone else's ("two belts below my
// coach and he's a brown" → blue, "a belt behind my brother, he's purple" → blue) or from the one the
// user started at ("got two new belts since I started at white" → purple, "promoted twice since blue").
// The colour said is not the user's own; the count from it is.

import type { Mention } from './lexicon';
import { readNumber, type NumberRead } from './numbers';
import type { Token } from './text';
import { OTHER_SUBJECTS } from './other-subject-words';
import type { BeltSignal } from './belt-words';
import { BELT_LEVELS, type BeltLevel } from './types';

/** The belt counted from another belt the answer names, and where the count is said. */
export function beltCounted(
  tokens: readonly Token[],
  mentions: readonly Mention<BeltSignal>[],
): { readonly belt: BeltLevel; readonly at: number } | null {
  const colours = mentions.filter((m): m is Mention<BeltLevel> => isColour(m.value));
  for (let i = 0; i < tokens.length; i++) {
    const fromPerson = besidePerson(tokens, i);
    const gained = fromPerson ? null : gainedSince(tokens, i);
    const count = fromPerson ?? gained;
    if (!count) continue;
    // the colour counted from: the person's, said after them, or the one started at
    const base = colours.find((m) => m.start >= count.from && (fromPerson || m.start < clauseEnd(tokens, i)));
    const start = base?.value ?? (gained && startedAfter(tokens, count.from) ? 'white' : null);
    if (!start) continue;
    const belt = BELT_LEVELS[BELT_LEVELS.indexOf(start) + count.steps];
    if (belt) return { belt, at: i };
  }
  return null;
}

interface Count {
  /** Belts up (+) or down (−) from the base. */
  readonly steps: number;
  /** Where the base may be named, onward. */
  readonly from: number;
}

/** "two belts below my coach", "a belt ahead of my wife": a count of belts from a person, not a colour. */
function besidePerson(tokens: readonly Token[], i: number): Count | null {
  const count = readNumber(tokens, i, { article: true });
  if (!count || count.isTimes || count.value < 1 || count.value > MAX_STEPS) return null;
  if (!BELT_NOUNS.has(tokens[count.end]?.text ?? '')) return null;
  let k = count.end + 1;
  const direction = DIRECTION.get(tokens[k]?.text ?? '');
  if (!direction) return null;
  k += 1;
  while (LEADS.has(tokens[k]?.text ?? '')) k += 1;
  if (!OTHER_SUBJECTS.has(tokens[k]?.text ?? '')) return null;
  return { steps: direction * count.value, from: k + 1 };
}

/** "got two new belts since I started at white", "promoted twice since blue": belts gained since a start. */
function gainedSince(tokens: readonly Token[], i: number): Count | null {
  const promoted = PROMOTED.has(tokens[i - 1]?.text ?? '');
  const count = readNumber(tokens, i);
  if (!count || count.value < 1 || count.value > MAX_STEPS) return null;
  const k = promoted ? afterTimes(tokens, count) : afterBelts(tokens, count);
  if (k === null || !SINCE.has(tokens[k]?.text ?? '')) return null;
  return { steps: count.value, from: k + 1 };
}

/** "promoted twice", "promoted 2 times": where the count of promotions ends. */
const afterTimes = (tokens: readonly Token[], count: NumberRead): number | null => {
  if (count.isTimes) return count.end;
  return TIMES.has(tokens[count.end]?.text ?? '') ? count.end + 1 : null;
};

/** "two new belts", "2 promotions": where the count of belts gained ends. */
function afterBelts(tokens: readonly Token[], count: NumberRead): number | null {
  if (count.isTimes) return null;
  let k = count.end;
  while (GAINED_KINDS.has(tokens[k]?.text ?? '')) k += 1;
  return GAINED_NOUNS.has(tokens[k]?.text ?? '') ? k + 1 : null;
}

/** "since I started", "since starting", "since joining": since the first belt. */
function startedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + STARTED_REACH); k++)
    if (STARTED.has(tokens[k]?.text ?? '')) return true;
  return false;
}

function clauseEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && tokens[k]?.clause === tokens[i]?.clause) k++;
  return k;
}

const isColour = (signal: BeltSignal): signal is BeltLevel => (BELT_LEVELS as readonly string[]).includes(signal);

// white to black is four steps
const MAX_STEPS = 4;
const STARTED_REACH = 3;
const BELT_NOUNS: ReadonlySet<string> = new Set(['belt', 'belts', 'rank', 'ranks', 'level', 'levels']);
const DIRECTION: ReadonlyMap<string, number> = new Map([
  ['below', -1],
  ['under', -1],
  ['behind', -1],
  ['beneath', -1],
  ['above', 1],
  ['ahead', 1],
  ['over', 1],
]);
// "ahead of my", "below the"
const LEADS: ReadonlySet<string> = new Set(['of', 'my', 'our', 'the', 'his', 'her', 'their']);
const PROMOTED: ReadonlySet<string> = new Set(['promoted', 'graded', 'bumped']);
const TIMES: ReadonlySet<string> = new Set(['times', 'x']);
const GAINED_KINDS: ReadonlySet<string> = new Set(['new', 'more', 'belt']);
const GAINED_NOUNS: ReadonlySet<string> = new Set(['belts', 'promotions', 'belt', 'promotion']);
const SINCE: ReadonlySet<string> = new Set(['since']);
const STARTED: ReadonlySet<string> = new Set([
  'started',
  'starting',
  'start',
  'began',
  'beginning',
  'joined',
  'joining',
]);
