// belt_level: an answer from someone who has not begun BJJ ("haven't started bjj yet", "yet to
// start") holds no belt of it, whatever another art's colour it names.

import type { Token } from './text';
import { NOT_BEGUN } from './belt-words';

/** "haven't started bjj yet", "yet to start": not training BJJ at all (not "haven't started competing"). */
export const notBegun = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, k) =>
      NOT_BEGUN.has(t.text) &&
      BEGIN_WORDS.has(tokens[k + 1]?.text ?? '') &&
      (tokens[k + 2] === undefined || tokens[k + 2]!.kind === 'symbol' || BEGUN_WHAT.has(tokens[k + 2]!.text)),
  );
const BEGUN_WHAT: ReadonlySet<string> = new Set(['bjj', 'jiu', 'jiujitsu', 'yet', 'grappling']);
const BEGIN_WORDS: ReadonlySet<string> = new Set(['started', 'start', 'begun', 'began', 'joined', 'trained']);
